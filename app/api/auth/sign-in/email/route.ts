import { betterAuthRoute } from '@/lib/server/auth/handler';
import { accountWait, recordSignIn } from '@/lib/server/auth/throttle';

export const dynamic = 'force-dynamic';

/** The email a sign-in is for, lower-cased, or null when the body has none. */
async function emailOf(request: Request): Promise<string | null> {
  const body = (await request
    .clone()
    .json()
    .catch(() => null)) as { email?: unknown } | null;
  return typeof body?.email === 'string' ? body.email.trim().toLowerCase() : null;
}

/**
 * POST /api/auth/sign-in/email with `{ email, password }` — starts a session (better-auth): 200
 * and the session cookie, 401 for wrong credentials, 403 for a disabled account, 429 when
 * rate-limited (per client address by better-auth, per account here). Open to anyone by
 * nature; the role matrix lists it as such.
 */
export async function POST(request: Request) {
  const email = await emailOf(request);
  const wait = email ? accountWait(email) : 0;
  if (wait) {
    return Response.json(
      { message: 'Too many failed sign-ins for this account.', code: 'TOO_MANY_ATTEMPTS' },
      { status: 429, headers: { 'X-Retry-After': String(wait), 'Retry-After': String(wait) } },
    );
  }
  const response = await betterAuthRoute(request);
  if (email && (response.status === 200 || response.status === 401)) {
    recordSignIn(email, response.status === 200);
  }
  return response;
}
