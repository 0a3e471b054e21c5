/** Server configuration read from the environment, with the defaults a fresh clone runs on. */
export const env = {
  /** SQLite database file; created, migrated and filled with demo data on first start. */
  databasePath: process.env.DATABASE_PATH ?? './data/parley.db',
  /**
   * What an empty database is filled with on first start: `full` (the seed article and a
   * generated set of about 2,000 meetings), `seed` (the seed article only) or `none`.
   */
  demoData: parseDemoData(process.env.PARLEY_DEMO_DATA),
  /** Size of the generated demo set when `demoData` is `full`. */
  demoMeetings: Number.parseInt(process.env.PARLEY_DEMO_MEETINGS ?? '2000', 10) || 2000,
  /**
   * The first administrator, created on first start while there is no account
   * (PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD, optional PARLEY_ADMIN_NAME); without them a
   * fresh install without demo data opens the one-time /setup screen.
   */
  firstAdmin:
    process.env.PARLEY_ADMIN_EMAIL && process.env.PARLEY_ADMIN_PASSWORD
      ? {
          email: process.env.PARLEY_ADMIN_EMAIL,
          password: process.env.PARLEY_ADMIN_PASSWORD,
          name: process.env.PARLEY_ADMIN_NAME,
        }
      : null,
};

export type DemoDataMode = 'full' | 'seed' | 'none';

function parseDemoData(value: string | undefined): DemoDataMode {
  if (value === 'seed' || value === 'none' || value === 'full') return value;
  return 'full';
}
