import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface DemoServer {
  url: string;
  stop: () => Promise<void>;
}

/** The production build folder that `npm run build` (and so `npm run test:e2e`) writes. */
export function buildDir(): string {
  return process.env.NEXT_DIST_DIR || '.next';
}

/** Throws with what to run when there is no production build to serve. */
export function assertBuild(dir = buildDir()): void {
  if (!fs.existsSync(path.join(dir, 'BUILD_ID')))
    throw new Error(
      `No production build in ${dir}/: run \`npm run build\` first (npm run test:e2e makes one too).`,
    );
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * `next start` on the existing build with a temporary database filled with the demo data, as
 * the e2e demo server runs (started as node …/next so that killing it leaves no next-server).
 * `stop` ends the server and removes the database.
 */
export async function startDemoServer(): Promise<DemoServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-size-'));
  const port = 33000 + Math.floor(Math.random() * 2000);
  let output = '';
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      env: {
        ...process.env,
        DATABASE_PATH: path.join(dir, 'parley.db'),
        PARLEY_DEMO_DATA: 'full',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const stop = async () => {
    await stopProcess(child);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = () => void stop().then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const url = `http://127.0.0.1:${port}`;
  // Seeding the demo data on first start takes a while on a busy machine.
  for (let i = 0; i < 900; i++) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/sign-in`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`The server did not start within 180 s:\n${output.slice(-2000)}`);
}
