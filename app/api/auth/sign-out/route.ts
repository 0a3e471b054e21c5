import { betterAuthRoute } from '@/lib/server/auth/handler';

export const dynamic = 'force-dynamic';

/** POST /api/auth/sign-out — ends the session of the cookie it comes with. */
export async function POST(request: Request) {
  return betterAuthRoute(request);
}
