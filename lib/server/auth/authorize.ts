import 'server-only';
import type { Actor } from '@/lib/domain/viewer';
import { hasRole, type ViewerRole } from '@/lib/domain/viewer';
import type { Session } from './server';

/** The role a write needs: editors log and edit; admins manage users, merge, restore, audit. */
export type RequiredRole = Exclude<ViewerRole, 'anonymous'>;

export type Authorization =
  { ok: true; actor: Actor } | { ok: false; code: 'unauthorized' | 'forbidden'; error: string };

const roleNames: Record<RequiredRole, string> = {
  viewer: 'a viewer',
  editor: 'an editor',
  admin: 'an administrator',
};

/**
 * Whether the session may make a write that needs `required`: unauthorized (401) without a
 * signed-in user, forbidden (403) with too low a role, else the actor the audit trail records.
 */
export function authorize(session: Session, required: RequiredRole): Authorization {
  const { viewer } = session;
  if (viewer.userId === null) {
    return { ok: false, code: 'unauthorized', error: 'Sign in to make changes.' };
  }
  if (!hasRole(viewer.role, required)) {
    return {
      ok: false,
      code: 'forbidden',
      error: `Only ${roleNames[required]} can do this; you are signed in as a ${viewer.role}.`,
    };
  }
  return { ok: true, actor: { userId: viewer.userId } };
}
