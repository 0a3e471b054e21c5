import fs from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, request, test as setup } from '@playwright/test';
import { demoAccounts } from '../db/demo/accounts';
import { authFile, e2eAdmin, e2eUsers, type E2eServer } from './auth-files';

/**
 * Signs in once per role and server and saves the browser state for the journeys: the admin
 * (the blank server's PARLEY_ADMIN_* account, or the demo admin), then an editor and a viewer
 * that the admin creates through the admin API (already there on a reused server is fine).
 */
async function signIn(baseURL: string, account: { email: string; password: string }) {
  const context = await request.newContext({ baseURL });
  const response = await context.post('/api/auth/sign-in/email', {
    data: { email: account.email, password: account.password },
  });
  return { context, ok: response.ok(), status: response.status() };
}

async function save(context: APIRequestContext, file: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await context.storageState({ path: file });
  await context.dispose();
}

async function setUpServer(server: E2eServer, baseURL: string) {
  const demoAdmin = demoAccounts.find((a) => a.role === 'admin');
  let admin = await signIn(baseURL, e2eAdmin);
  if (!admin.ok && demoAdmin) admin = await signIn(baseURL, demoAdmin);
  expect(admin.ok, `admin sign-in on ${baseURL}: ${admin.status}`).toBeTruthy();
  for (const [role, account] of Object.entries(e2eUsers)) {
    const created = await admin.context.post('/api/admin/users', {
      data: { name: `E2E ${role}`, email: account.email, role, password: account.password },
    });
    expect([201, 400], `create ${role}: ${await created.text()}`).toContain(created.status());
    const user = await signIn(baseURL, account);
    expect(user.ok, `${role} sign-in: ${user.status}`).toBeTruthy();
    await save(user.context, authFile(server, role as 'editor' | 'viewer'));
  }
  await save(admin.context, authFile(server, 'admin'));
}

setup('sign in as each role on each server', async () => {
  const external = process.env.PARLEY_E2E_BASE_URL;
  const servers: Array<[E2eServer, string]> = external
    ? [
        ['blank', external],
        ['demo', external],
      ]
    : [
        ['blank', `http://127.0.0.1:${process.env.PARLEY_E2E_BLANK_PORT}`],
        ['demo', `http://127.0.0.1:${process.env.PARLEY_E2E_DEMO_PORT}`],
      ];
  for (const [server, url] of servers) await setUpServer(server, url);
});
