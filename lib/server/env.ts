import { z } from 'zod';

/**
 * Server configuration: every environment variable Parley reads, in one zod schema, with the
 * defaults a fresh clone runs on. Nothing else reads `process.env` for configuration. Not
 * `server-only`, because the db scripts (`npm run db:…`) read it too; lint keeps it out of the
 * browser.
 */
const blankIsUnset = (value: unknown) => (value === '' ? undefined : value);
const optionalText = z.preprocess(blankIsUnset, z.string().optional());

const schema = z
  .object({
    /** SQLite database file; created, migrated and filled with demo data on first start. */
    DATABASE_PATH: z.preprocess(blankIsUnset, z.string().default('./data/parley.db')),
    /**
     * What an empty database is filled with on first start: `full` (the seed article and a
     * generated set of meetings), `seed` (the seed article only) or `none`. Anything else: full.
     */
    PARLEY_DEMO_DATA: z.enum(['full', 'seed', 'none']).catch('full'),
    /** Size of the generated demo set when the demo data is `full`. */
    PARLEY_DEMO_MEETINGS: z.coerce.number().int().positive().catch(2000),
    /**
     * The first administrator, created on first start while there is no account; without them
     * a fresh install without demo data opens the one-time /setup screen.
     */
    PARLEY_ADMIN_EMAIL: optionalText,
    PARLEY_ADMIN_PASSWORD: optionalText,
    PARLEY_ADMIN_NAME: optionalText,
    /** The origin browsers use, pinned behind a proxy (else read from each request's Host). */
    PARLEY_URL: z.preprocess(blankIsUnset, z.url().optional()),
    /** Signs session cookies; generated once and kept in the database when unset. */
    BETTER_AUTH_SECRET: optionalText,
  })
  .transform((raw) => ({
    databasePath: raw.DATABASE_PATH,
    demoData: raw.PARLEY_DEMO_DATA,
    demoMeetings: raw.PARLEY_DEMO_MEETINGS,
    firstAdmin:
      raw.PARLEY_ADMIN_EMAIL && raw.PARLEY_ADMIN_PASSWORD
        ? {
            email: raw.PARLEY_ADMIN_EMAIL,
            password: raw.PARLEY_ADMIN_PASSWORD,
            name: raw.PARLEY_ADMIN_NAME,
          }
        : null,
    /** The pinned origin (`https://parley.example.org`), or null. */
    origin: raw.PARLEY_URL ? new URL(raw.PARLEY_URL).origin : null,
    authSecret: raw.BETTER_AUTH_SECRET ?? null,
  }));

export type Env = z.output<typeof schema>;
export type DemoDataMode = Env['demoData'];

/** The configuration in `source`; a malformed value (PARLEY_URL that is no URL) names itself. */
export function readEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  throw new Error(`Invalid environment: ${problems.join('; ')}`);
}

/** This process's configuration, read once at start. */
export const env: Env = readEnv(process.env);
