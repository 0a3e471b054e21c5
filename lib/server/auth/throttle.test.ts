import { describe, expect, it } from 'vitest';
import { ACCOUNT_LIMIT, accountWait, recordSignIn } from './throttle';

describe('the per-account sign-in limit', () => {
  it('holds an account after too many failures, whatever the address, until the window ends', () => {
    const now = 1_000_000;
    for (let i = 0; i < ACCOUNT_LIMIT.max - 1; i++) recordSignIn('a@x.test', false, now);
    expect(accountWait('a@x.test', now)).toBe(0);
    recordSignIn('a@x.test', false, now);
    expect(accountWait('a@x.test', now)).toBe(ACCOUNT_LIMIT.window);
    expect(accountWait('b@x.test', now)).toBe(0);
    expect(accountWait('a@x.test', now + ACCOUNT_LIMIT.window * 1000)).toBe(0);
  });

  it('is cleared by a successful sign-in', () => {
    for (let i = 0; i < ACCOUNT_LIMIT.max; i++) recordSignIn('c@x.test', false, 5);
    expect(accountWait('c@x.test', 5)).toBeGreaterThan(0);
    recordSignIn('c@x.test', true, 5);
    expect(accountWait('c@x.test', 5)).toBe(0);
  });
});
