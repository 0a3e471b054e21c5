import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { authFile, e2eAdmin } from './e2e/auth-files';

/**
 * Journeys run against the production build (`npm run build` first), served by `next start` on
 * a fresh temporary database per run. Two servers: "blank" starts empty, so a journey makes
 * exactly the data it needs; "demo" starts with the demo data a newcomer sees: specs named
 * `*.demo.spec.ts` run there and must not change what other demo specs count on.
 *
 * Every page needs a session: the "setup" project (e2e/auth.setup.ts) signs in as an admin, an
 * editor and a viewer on each server first and saves their browser states; journeys run as the
 * editor unless they ask for another role (authFile in e2e/auth-files.ts).
 *
 * Playwright loads this file in every worker: the ports and the temporary folder are chosen
 * once and kept in process.env so that all workers agree (see ../shared/STACK.md).
 */
if (!process.env.PARLEY_E2E_DIR) {
  process.env.PARLEY_E2E_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-e2e-'));
  const base = 20000 + Math.floor(Math.random() * 20000);
  process.env.PARLEY_E2E_BLANK_PORT = String(base);
  process.env.PARLEY_E2E_DEMO_PORT = String(base + 1);
}
const dir = process.env.PARLEY_E2E_DIR;
/**
 * Set PARLEY_E2E_BASE_URL to run the journeys against a server you started yourself (e.g. a
 * `next dev` while writing a spec); both projects then use it and no server is started.
 */
const externalUrl = process.env.PARLEY_E2E_BASE_URL;
const blankPort = Number(process.env.PARLEY_E2E_BLANK_PORT);
const demoPort = Number(process.env.PARLEY_E2E_DEMO_PORT);

/** Debian's Chromium when installed (CI and this machine), else Playwright's own browser. */
const chromiumPath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) =>
  fs.existsSync(p),
);

function server(port: number, database: string, demo: 'none' | 'full') {
  return {
    command: `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${port}`,
    url: `http://127.0.0.1:${port}/sign-in`,
    env: {
      DATABASE_PATH: path.join(dir, database),
      PARLEY_DEMO_DATA: demo,
      NEXT_TELEMETRY_DISABLED: '1',
      // The blank server's first administrator; the demo server has the demo accounts too.
      PARLEY_ADMIN_EMAIL: e2eAdmin.email,
      PARLEY_ADMIN_PASSWORD: e2eAdmin.password,
    },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  };
}

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts$/ },
    {
      name: 'blank',
      testIgnore: /\.demo\.spec\.ts$/,
      dependencies: ['setup'],
      use: {
        baseURL: externalUrl ?? `http://127.0.0.1:${blankPort}`,
        storageState: authFile('blank', 'editor'),
      },
    },
    {
      name: 'demo',
      testMatch: /\.demo\.spec\.ts$/,
      dependencies: ['setup'],
      use: {
        baseURL: externalUrl ?? `http://127.0.0.1:${demoPort}`,
        storageState: authFile('demo', 'editor'),
      },
    },
  ],
  webServer: externalUrl
    ? []
    : [
        server(blankPort, 'blank.db', 'none'),
        // In a folder that does not exist yet, as ./data/parley.db on a fresh clone.
        server(demoPort, path.join('fresh-clone', 'data', 'parley.db'), 'full'),
      ],
});
