import 'server-only';
/**
 * Failed sign-ins per account, in memory: better-auth limits attempts per client address, but
 * the address comes from X-Forwarded-For, which a client talking to Parley directly can vary at
 * will. This second limit holds per email whatever the address: after `max` failures within
 * `window` seconds, that account's sign-in waits until the window has passed. A success clears
 * it. One map per server process, forgotten on restart, bounded in size.
 */
export const ACCOUNT_LIMIT = { window: 15 * 60, max: 20 };

const failures = new Map<string, { count: number; resetAt: number }>();
const MAX_TRACKED = 10_000;

/** Seconds until `email` may try again, or 0 when it may now. */
export function accountWait(email: string, now = Date.now()): number {
  const entry = failures.get(email);
  if (!entry || entry.resetAt <= now) return 0;
  return entry.count >= ACCOUNT_LIMIT.max ? Math.ceil((entry.resetAt - now) / 1000) : 0;
}

/** Counts a failed sign-in of `email`, or clears its count after a success. */
export function recordSignIn(email: string, ok: boolean, now = Date.now()): void {
  if (ok) {
    failures.delete(email);
    return;
  }
  const entry = failures.get(email);
  if (!entry || entry.resetAt <= now) {
    if (failures.size >= MAX_TRACKED) failures.delete(failures.keys().next().value ?? '');
    failures.set(email, { count: 1, resetAt: now + ACCOUNT_LIMIT.window * 1000 });
  } else {
    entry.count += 1;
  }
}
