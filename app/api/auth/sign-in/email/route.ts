import { betterAuthRoute } from '@/lib/auth/handler';

export const dynamic = 'force-dynamic';

/**
 * POST /api/auth/sign-in/email with `{ email, password }` — starts a session (better-auth): 200
 * and the session cookie, 401 for wrong credentials, 403 for a disabled account, 429 when
 * rate-limited. Open to anyone by nature; the role matrix lists it as such.
 */
export async function POST(request: Request) {
  return betterAuthRoute(request);
}
