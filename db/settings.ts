import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { env } from '@/lib/server/env';
import type { Db } from './client';
import { settings } from './schema';

/**
 * The secret that signs session cookies: `BETTER_AUTH_SECRET` when set, else one generated on
 * first start and kept in the database, so that a fresh clone needs no configuration and
 * sessions survive restarts. Restoring a backup restores its secret with its sessions.
 */
export function authSecret(db: Db): string {
  if (env.authSecret) return env.authSecret;
  const read = () =>
    db.select({ value: settings.value }).from(settings).where(eq(settings.key, 'auth_secret')).get()
      ?.value;
  const existing = read();
  if (existing) return existing;
  db.insert(settings)
    .values({ key: 'auth_secret', value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing()
    .run();
  // Another process may have won the race: whatever is stored is the secret.
  return read() ?? '';
}
