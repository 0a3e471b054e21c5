import type { Db } from './client';
import { generateDemoData } from './demo/generate';
import { demoAccounts } from './demo/accounts';
import { loadSeedArticle } from './demo/seed-article';
import { userIdByEmail } from './queries/users';
import { createUser } from './writes/users';

/**
 * Fills an empty database with the demo data: the seed article, logged through the write
 * functions as a user would, then `generated` generated meetings (0 = the seed article only),
 * deterministic for `seed` and `today` (ISO day; defaults to the current date), which anchors
 * "the last three years" and "the coming months". Also creates the demo accounts (admin, editor,
 * viewer; demo/accounts.ts) that are not there yet.
 */
export async function loadDemoData(
  db: Db,
  opts: { generated: number; seed: number; today?: string },
): Promise<void> {
  await createDemoAccounts(db);
  await loadSeedArticle(db);
  if (opts.generated > 0) {
    generateDemoData(db, { meetings: opts.generated, seed: opts.seed, today: opts.today });
  }
}

/** The demo accounts (demo/accounts.ts) that do not exist yet. */
export async function createDemoAccounts(db: Db): Promise<void> {
  for (const account of demoAccounts) {
    if (userIdByEmail(db, account.email) === null) await createUser(db, account);
  }
}
