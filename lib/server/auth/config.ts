import 'server-only';
import { eq } from 'drizzle-orm';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError } from 'better-auth/api';
import type { Db } from '@/db/client';
import { accounts, sessions, users, verifications } from '@/db/schema';
import { authSecret } from '@/db/settings';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from './password';

/** Sign-in attempts allowed per client address and minute (better-auth's rate limiter). */
export const SIGN_IN_LIMIT = { window: 60, max: 10 };

/** How long a session lasts after sign-in. */
const SESSION = { expiresIn: 60 * 60 * 24 * 7 };

/**
 * better-auth for one origin, on Parley's SQLite through the Drizzle adapter: email and password
 * only (no self sign-up: admins create accounts), argon2id hashes, numeric ids so that sessions
 * and the audit trail reference `users.id`, session cookies HttpOnly and SameSite=Lax, `Secure`
 * (with the `__Secure-` prefix) when the origin is https. The origin is also the one better-auth
 * accepts in a request's Origin header (its CSRF check on sign-in and sign-out).
 *
 * Rate limit: sign-in attempts per client address, in memory (`storage: 'memory'` is one map
 * per server process, shared by every route handler invocation; a restart forgets it).
 */
export function createAuth(db: Db, origin: string) {
  return betterAuth({
    appName: 'Parley',
    baseURL: origin,
    basePath: '/api/auth',
    secret: authSecret(db),
    database: drizzleAdapter(db, {
      provider: 'sqlite',
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    session: SESSION,
    rateLimit: {
      enabled: true,
      storage: 'memory',
      window: 60,
      max: 200,
      customRules: { '/sign-in/email': SIGN_IN_LIMIT },
    },
    advanced: {
      database: { generateId: 'serial' },
      useSecureCookies: origin.startsWith('https://'),
      cookiePrefix: 'parley',
    },
    telemetry: { enabled: false },
    databaseHooks: {
      session: {
        create: {
          // A disabled account cannot start a session (its password was right, so saying so
          // reveals nothing to someone who did not already know it).
          before: async (session) => {
            const user = db
              .select({ disabledAt: users.disabledAt, deletedAt: users.deletedAt })
              .from(users)
              .where(eq(users.id, Number(session.userId)))
              .get();
            if (!user || user.disabledAt !== null || user.deletedAt !== null) {
              throw new APIError('FORBIDDEN', {
                message: 'This account is disabled. Ask an administrator to enable it.',
                code: 'ACCOUNT_DISABLED',
              });
            }
          },
        },
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
