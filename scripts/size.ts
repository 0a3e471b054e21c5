/**
 * `npm run size`: the weight of every page as the browser receives it. Serves the existing
 * production build (`npm run build`) on a temporary demo database, signs in as the demo admin,
 * opens each page route in Chromium and sums the gzip size of the scripts loaded before `load`;
 * prints a table per route and the HTML of the heaviest pages, and exits 1 above the budgets of
 * issue 11 (170 KB of JS per page, 150 KB of dashboard HTML). `-- --scripts` lists each page's
 * scripts too.
 */
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { demoAccounts } from '../db/demo/accounts';
import { measureRoute, type RouteWeight } from './size/measure';
import { formatReport, formatScripts, overBudget } from './size/report';
import { concreteRoutes, pageRoutes } from './size/routes';
import { assertBuild, startDemoServer } from './size/server';

/** Debian's Chromium when installed (as playwright.config.ts), else Playwright's own. */
const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) =>
  fs.existsSync(p),
);

async function main() {
  assertBuild();
  const started = performance.now();
  const server = await startDemoServer();
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const admin = demoAccounts.find((a) => a.role === 'admin');
    if (!admin) throw new Error('No demo admin account');
    const context = await browser.newContext();
    const signIn = await context.request.post(`${server.url}/api/auth/sign-in/email`, {
      data: { email: admin.email, password: admin.password },
    });
    if (!signIn.ok()) throw new Error(`Sign-in as ${admin.email}: ${signIn.status()}`);
    const auth = await context.storageState();
    const routes = await concreteRoutes(await context.newPage(), server.url, pageRoutes());
    await context.close();
    const weights: RouteWeight[] = [];
    for (const { route, path } of routes) {
      // The sign-in page as a visitor without a session sees it; everything else as the admin.
      const state = route === '/sign-in' ? undefined : auth;
      weights.push(await measureRoute(browser, server.url, state, route, path));
    }
    console.log(formatReport(weights));
    // `npm run size -- --scripts` also lists each page's scripts, to see what weighs.
    if (process.argv.includes('--scripts')) console.log(`\n${formatScripts(weights)}`);
    const failures = overBudget(weights);
    console.log(
      `\n${routes.length} pages in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    if (failures.length) {
      console.error(`\nOver budget:\n${failures.map((f) => `  ${f}`).join('\n')}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
