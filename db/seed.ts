import type { Db } from './client';
import { generateDemoData } from './demo/generate';
import { loadSeedArticle } from './demo/seed-article';

/**
 * Fills an empty database with the demo data: the seed article, logged through the write
 * functions as a user would, then `generated` generated meetings (0 = the seed article only),
 * deterministic for `seed` and `today` (ISO day; defaults to the current date), which anchors
 * "the last three years" and "the coming months".
 */
export async function loadDemoData(
  db: Db,
  opts: { generated: number; seed: number; today?: string },
): Promise<void> {
  await loadSeedArticle(db);
  if (opts.generated > 0) {
    generateDemoData(db, { meetings: opts.generated, seed: opts.seed, today: opts.today });
  }
}
