import path from 'node:path';

/** The roles journeys act as; each has a saved signed-in browser state per server. */
export type E2eRole = 'admin' | 'editor' | 'viewer';

/** The two servers (playwright.config.ts): blank starts empty, demo with the demo data. */
export type E2eServer = 'blank' | 'demo';

/** Where auth.setup.ts saved the signed-in state of `role` on `server`. */
export function authFile(server: E2eServer, role: E2eRole): string {
  const dir = process.env.PARLEY_E2E_DIR ?? '.';
  return path.join(dir, 'auth', `${server}-${role}.json`);
}

/** The first administrator the blank server is started with (PARLEY_ADMIN_EMAIL/PASSWORD). */
export const e2eAdmin = { email: 'e2e-admin@parley.test', password: 'e2e-admin-password' };

/** The editor and viewer the setup creates through the admin API on each server. */
export const e2eUsers: Record<Exclude<E2eRole, 'admin'>, { email: string; password: string }> = {
  editor: { email: 'e2e-editor@parley.test', password: 'e2e-editor-password' },
  viewer: { email: 'e2e-viewer@parley.test', password: 'e2e-viewer-password' },
};
