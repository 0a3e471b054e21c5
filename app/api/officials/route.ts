import { z } from 'zod';
import { getDb } from '@/db';
import { listOfficialsPage } from '@/db/queries/api/officials';
import { searchOfficials } from '@/db/queries/officials';
import { createOfficial } from '@/db/writes/officials';
import { readRoute, writeRoute } from '@/lib/server/routes';
import { cursorParam, listLimitParam, qParam, searchListRules } from '@/lib/server/params';
import { optionalDay } from '@/lib/validation/common';
import { officialInput } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

const query = z
  .object({
    q: qParam(),
    date: optionalDay('date must be a day written YYYY-MM-DD.'),
    limit: listLimitParam().optional(),
    cursor: cursorParam,
  })
  .superRefine(searchListRules);

/**
 * GET /api/officials?q=&date=&limit= — type-ahead: officials matching `q` with the position held
 * on `date`. Without `q`: every official by sort name, a keyset page (`cursor`, `limit`).
 */
export async function GET(request: Request) {
  return readRoute(request, { query: query }, async ({ query: { q, date, limit, cursor } }) => {
    const db = await getDb();
    if (q) {
      return {
        officials: await searchOfficials(db, q, { onDate: date, limit: limit ?? 10 }),
        nextCursor: null,
      };
    }
    return listOfficialsPage(db, { limit: limit ?? 50, cursor, onDate: date });
  });
}

/** POST /api/officials — creates an official with their position (and a new organization). */
export async function POST(request: Request) {
  return writeRoute(request, { body: officialInput, status: 201 }, async ({ data, actor }) =>
    createOfficial(await getDb(), data, actor),
  );
}
