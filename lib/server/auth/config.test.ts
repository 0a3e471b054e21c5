import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { createTestDb } from '@/db/testing';
import { createUser, setUserDisabled } from '@/db/writes/users';
import { createAuth, SIGN_IN_LIMIT } from './config';

let db: Db;
let disabledId: number;

beforeAll(async () => {
  db = createTestDb();
  await createUser(db, {
    name: 'Ann',
    email: 'ann@x.test',
    role: 'editor',
    password: 'ann-password',
  });
  disabledId = (
    await createUser(db, {
      name: 'Dan',
      email: 'dan@x.test',
      role: 'viewer',
      password: 'dan-password',
    })
  ).id;
  await setUserDisabled(db, disabledId, true);
});

function signIn(origin: string, email: string, password: string, ip: string) {
  return createAuth(db, origin).handler(
    new Request(`${origin}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, 'x-forwarded-for': ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}

describe('better-auth as Parley configures it', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie, Secure only over https', async () => {
    const http = await signIn('http://parley.test', 'ann@x.test', 'ann-password', '198.51.100.1');
    expect(http.status).toBe(200);
    const cookie = http.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^parley\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const https = await signIn('https://parley.test', 'ann@x.test', 'ann-password', '198.51.100.2');
    expect(https.headers.get('set-cookie')).toMatch(/^__Secure-parley\.session_token=.*Secure/i);
  });

  it('refuses a disabled account even with the right password', async () => {
    const res = await signIn('http://parley.test', 'dan@x.test', 'dan-password', '198.51.100.3');
    expect(res.status).toBe(403);
    expect((await res.json()).message).toMatch(/disabled/);
  });

  it('limits sign-in attempts per client address', async () => {
    const ip = '203.0.113.9';
    const statuses: number[] = [];
    for (let i = 0; i <= SIGN_IN_LIMIT.max; i++) {
      statuses.push(
        (await signIn('http://parley.test', 'ann@x.test', 'wrong-password', ip)).status,
      );
    }
    expect(statuses.slice(0, SIGN_IN_LIMIT.max).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Even the right password waits; another address does not.
    expect((await signIn('http://parley.test', 'ann@x.test', 'ann-password', ip)).status).toBe(429);
    expect(
      (await signIn('http://parley.test', 'ann@x.test', 'ann-password', '203.0.113.10')).status,
    ).toBe(200);
  });
});
