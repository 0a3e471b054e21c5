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
};

export type DemoDataMode = 'full' | 'seed' | 'none';

function parseDemoData(value: string | undefined): DemoDataMode {
  if (value === 'seed' || value === 'none' || value === 'full') return value;
  return 'full';
}
