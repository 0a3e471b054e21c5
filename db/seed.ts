import type { Db } from './client';

/** Fills an empty database with the seed article and `generated` generated meetings. */
export async function loadDemoData(
  _db: Db,
  _opts: { generated: number; seed: number },
): Promise<void> {
  throw new Error('not implemented yet');
}
