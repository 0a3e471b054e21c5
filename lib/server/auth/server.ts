import 'server-only';
import { getDb } from '@/db';
import { activeUserById } from '@/db/queries/users';
import { type Auth, createAuth } from './config';
import { requestOrigin } from './origin';
import { anonymousViewer, type Session, type Viewer } from '@/lib/domain/viewer';

export type { Session, SignedInUser } from '@/lib/domain/viewer';

const globalForAuth = globalThis as unknown as { parleyAuth?: Map<string, Auth> };
const MAX_ORIGINS = 16;

/**
 * better-auth for the origin of this request (one instance per origin, kept for the process):
 * its cookies are Secure exactly when the origin is https, and its Origin check accepts only
 * that origin.
 */
export async function authFor(headers: Headers): Promise<Auth> {
  const origin = requestOrigin(headers);
  const cache = (globalForAuth.parleyAuth ??= new Map());
  let auth = cache.get(origin);
  if (!auth) {
    auth = createAuth(await getDb(), origin);
    // A client can name any Host: keep only a few instances.
    if (cache.size >= MAX_ORIGINS) cache.delete(cache.keys().next().value ?? '');
    cache.set(origin, auth);
  }
  return auth;
}

const anonymous: Session = { viewer: anonymousViewer, user: null };

/** True when the request carries a Parley session cookie at all (else no lookup is needed). */
function hasSessionCookie(headers: Headers): boolean {
  return /(?:^|;\s*)(?:__Secure-)?parley\.session_token=/.test(headers.get('cookie') ?? '');
}

/**
 * Who sent the request: the user of a valid session (better-auth checks the signed cookie and
 * the stored session), with their role read fresh from the database, so that a role change or a
 * disabled account takes effect on the next request. Anonymous otherwise.
 */
export async function sessionFromHeaders(headers: Headers): Promise<Session> {
  if (!hasSessionCookie(headers)) return anonymous;
  const auth = await authFor(headers);
  // No sliding refresh: a session lasts a week from sign-in, and a page render cannot set cookies.
  const found = await auth.api.getSession({ headers, query: { disableRefresh: true } });
  if (!found) return anonymous;
  const db = await getDb();
  const user = await activeUserById(db, Number(found.user.id));
  if (!user) return anonymous;
  return { viewer: { userId: user.id, role: user.role }, user };
}

/**
 * Who reads through the public API: the session's user, or anonymous (who sees what a viewer
 * sees). Read routes pass it to the db/queries functions.
 */
export async function readerOf(request: Request): Promise<Viewer> {
  return (await sessionFromHeaders(request.headers)).viewer;
}
