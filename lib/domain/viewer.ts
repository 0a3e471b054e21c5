import type { UserRole } from './vocabularies';

/** Who is reading or writing: a signed-in user with their role, or an anonymous API client. */
export interface Viewer {
  userId: number | null;
  role: ViewerRole;
}

export type ViewerRole = 'anonymous' | UserRole;

/**
 * Who made a write, as the audit trail records it: the viewer's user (a write needs one), or
 * null for the system's own writes (demo data, scripts, the one-time setup).
 */
export type Actor = Pick<Viewer, 'userId'>;

export const systemActor: Actor = { userId: null };

/** The signed-in user as pages show them. */
export interface SignedInUser {
  id: number;
  name: string;
  email: string;
  role: UserRole;
}

/** A request's asker: the viewer every read takes, and the user the header shows (or none). */
export interface Session {
  viewer: Viewer;
  user: SignedInUser | null;
}

/** A reader without a session (the public read API): sees what a viewer sees. */
export const anonymousViewer: Viewer = { userId: null, role: 'anonymous' };

/**
 * Writes and reads done by the system itself (demo data, scripts, tests): sees everything. Never
 * derived from a request.
 */
export const systemViewer: Viewer = { userId: null, role: 'admin' };

const rank: Record<ViewerRole, number> = { anonymous: 0, viewer: 1, editor: 2, admin: 3 };

/** True when `role` is `required` or above (viewer < editor < admin). */
export function hasRole(role: ViewerRole, required: ViewerRole): boolean {
  return rank[role] >= rank[required];
}

/** Restricted meetings are for editors and admins only; viewers and anonymous readers never see them. */
export function seesRestricted(viewer: Viewer): boolean {
  return hasRole(viewer.role, 'editor');
}

export const roleLabels: Record<ViewerRole, string> = {
  anonymous: 'Not signed in',
  viewer: 'Viewer',
  editor: 'Editor',
  admin: 'Admin',
};
