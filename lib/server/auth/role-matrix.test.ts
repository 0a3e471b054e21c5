/**
 * The role matrix: every write path × every role. The list of write paths is built from the
 * code itself — each app/api/**\/route.ts's exported POST/PUT/PATCH/DELETE and every export of a
 * 'use server' module under app/ — so a new route or action is checked the day it is added.
 * Each is called as anonymous, viewer, editor and admin with junk input: below the role it
 * needs, the answer is 401 (no session) or 403 (too low a role) and nothing is written; at or
 * above it, the check lets it through to the schema (400/404/409, never 401/403/500).
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import type { ViewerRole } from '@/lib/domain/viewer';
import type { Session } from './server';

const state = vi.hoisted(() => ({
  db: null as unknown as Db,
  session: null as unknown as Session,
}));

vi.mock('@/db', () => ({ getDb: async () => state.db }));
vi.mock('./server', () => ({
  sessionFromHeaders: async () => state.session,
  readerOf: async () => state.session.viewer,
}));
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const root = process.cwd();
type Required = 'public' | 'viewer' | 'editor' | 'admin';

/**
 * Writes open to anyone, each for a reason: signing in and out come before a session, and the
 * one-time setup works only while there is no account at all (tested below).
 */
const publicWrites: Record<string, string> = {
  'POST /api/auth/sign-in/email': 'starts a session',
  'POST /api/auth/sign-out': 'ends the session it comes with',
  'app/setup/actions.ts#createFirstAdminAction': 'refuses once any account exists',
};

/**
 * Admin-only: users, everything under /admin (audit, deleted records, restores), and merges
 * and restores wherever they are. Any signed-in role: their own account. Editor: the rest.
 */
function requiredRole(name: string): Required {
  if (name in publicWrites) return 'public';
  if (/^app\/account\//.test(name)) return 'viewer';
  if (/\/api\/admin\/|^app\/admin\/|merge|restore/i.test(name)) return 'admin';
  return 'editor';
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

interface WritePath {
  name: string;
  file: string;
  call: (mod: Record<string, (...args: unknown[]) => Promise<unknown>>) => Promise<number>;
}

/** A path's dynamic segments filled with an id that does not exist. */
const urlOf = (route: string) => `http://parley.test${route.replace(/\[\w+\]/g, '999999')}`;

const statusOfCode: Record<string, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  server: 500,
};

function writePaths(): WritePath[] {
  const out: WritePath[] = [];
  for (const file of walk(path.join(root, 'app'))) {
    const source = fs.readFileSync(file, 'utf8');
    const rel = path.relative(root, file);
    if (path.basename(file) === 'route.ts') {
      const route = `/${path.relative(path.join(root, 'app'), path.dirname(file))}`;
      for (const [, method] of source.matchAll(
        /export (?:async function|const) (POST|PUT|PATCH|DELETE)\b/g,
      )) {
        const m = method as string;
        out.push({
          name: `${m} ${route}`,
          file,
          call: async (mod) => {
            const init: RequestInit = {
              method: m,
              headers: { 'content-type': 'application/json' },
              ...(m === 'DELETE' ? {} : { body: '{}' }),
            };
            const params = Promise.resolve(
              Object.fromEntries([...route.matchAll(/\[(\w+)\]/g)].map((x) => [x[1], '999999'])),
            );
            const response = (await mod[m]!(new Request(urlOf(route), init), {
              params,
            })) as Response;
            return response.status;
          },
        });
      }
    } else if (/^\s*['"]use server['"]/.test(source)) {
      for (const [, name] of source.matchAll(/export async function (\w+)/g)) {
        out.push({
          name: `${rel}#${name}`,
          file,
          call: async (mod) => {
            const result = (await mod[name as string]!(999999, 1, { junk: true })) as {
              ok: boolean;
              code?: string;
            };
            return result.ok ? 200 : (statusOfCode[result.code ?? 'server'] ?? 500);
          },
        });
      }
    }
  }
  return out;
}

const roles: ViewerRole[] = ['anonymous', 'viewer', 'editor', 'admin'];
const rank: Record<ViewerRole, number> = { anonymous: 0, viewer: 1, editor: 2, admin: 3 };
const userIds: Partial<Record<ViewerRole, number>> = {};

function auditCount(): number {
  return state.db.get<{ n: number }>(sql`select count(*) as n from audit_entries`)?.n ?? 0;
}

const paths = writePaths();

beforeAll(async () => {
  const { createTestDb } = await import('@/db/testing');
  const { createUser } = await import('@/db/writes/users');
  state.db = createTestDb();
  for (const role of ['viewer', 'editor', 'admin'] as const) {
    const { id } = await createUser(state.db, {
      name: role,
      email: `${role}@matrix.test`,
      role,
      password: `${role}-password`,
    });
    userIds[role] = id;
  }
});

describe('the role matrix', { timeout: 60_000 }, () => {
  it('finds the write paths in the code', () => {
    const names = paths.map((p) => p.name);
    expect(names).toContain('POST /api/meetings');
    expect(names).toContain('app/meetings/actions.ts#updateMeetingAction');
    expect(names.length).toBeGreaterThan(10);
    for (const name of Object.keys(publicWrites)) expect(names).toContain(name);
  });

  for (const p of paths) {
    const needs = requiredRole(p.name);
    if (needs === 'public') continue;
    for (const role of roles) {
      const allowed = rank[role] >= rank[needs];
      it(`${p.name} as ${role}: ${allowed ? 'allowed' : role === 'anonymous' ? '401' : '403'}`, async () => {
        state.session = {
          viewer: { userId: userIds[role] ?? null, role },
          user: null,
        };
        const mod = await import(/* @vite-ignore */ p.file);
        const before = auditCount();
        const status = await p.call(mod);
        if (allowed) expect([200, 201, 400, 404, 409]).toContain(status);
        else {
          expect(status).toBe(role === 'anonymous' ? 401 : 403);
          expect(auditCount()).toBe(before);
        }
      });
    }
  }

  it('lets the one-time setup create an admin only while there is no account', async () => {
    state.session = { viewer: { userId: null, role: 'anonymous' }, user: null };
    const mod = await import('@/app/setup/actions');
    const result = await mod.createFirstAdminAction({
      name: 'Intruder',
      email: 'intruder@matrix.test',
      password: 'a-long-password',
    });
    expect(result).toMatchObject({ ok: false, code: 'conflict' });
  });
});
