import { describe, expect, it } from 'vitest';
import { readEnv } from './env';

describe('readEnv', () => {
  it('runs a fresh clone with no variables set', () => {
    expect(readEnv({})).toEqual({
      databasePath: './data/parley.db',
      demoData: 'full',
      demoMeetings: 2000,
      firstAdmin: null,
      origin: null,
      authSecret: null,
    });
  });

  it('reads every variable', () => {
    const env = readEnv({
      DATABASE_PATH: '/srv/parley.db',
      PARLEY_DEMO_DATA: 'seed',
      PARLEY_DEMO_MEETINGS: '500',
      PARLEY_ADMIN_EMAIL: 'admin@example.org',
      PARLEY_ADMIN_PASSWORD: 'a long password',
      PARLEY_URL: 'https://parley.example.org/some/path',
      BETTER_AUTH_SECRET: 'secret',
    });
    expect(env).toMatchObject({
      databasePath: '/srv/parley.db',
      demoData: 'seed',
      demoMeetings: 500,
      firstAdmin: { email: 'admin@example.org', password: 'a long password', name: undefined },
      origin: 'https://parley.example.org',
      authSecret: 'secret',
    });
  });

  it('treats blank values as unset and falls back on unknown demo settings', () => {
    const env = readEnv({ DATABASE_PATH: '', PARLEY_DEMO_DATA: 'lots', PARLEY_DEMO_MEETINGS: 'x' });
    expect(env.databasePath).toBe('./data/parley.db');
    expect(env.demoData).toBe('full');
    expect(env.demoMeetings).toBe(2000);
  });

  it('needs both the email and the password for a first administrator', () => {
    expect(readEnv({ PARLEY_ADMIN_EMAIL: 'admin@example.org' }).firstAdmin).toBeNull();
  });

  it('names a malformed PARLEY_URL', () => {
    expect(() => readEnv({ PARLEY_URL: 'not a url' })).toThrow(/PARLEY_URL/);
  });
});
