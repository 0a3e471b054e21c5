import { z } from 'zod';
import { getDb } from '@/db';
import { searchOfficials } from '@/db/queries/officials';
import { createOfficial } from '@/db/writes/officials';
import { limitParam, qParam, queryOf, readRoute, writeRoute } from '@/lib/api';
import { optionalDay } from '@/lib/validation/common';
import { officialInput } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

const query = z.object({
  q: qParam(),
  date: optionalDay('date must be a day written YYYY-MM-DD.'),
  limit: limitParam,
});

/** GET /api/officials?q=&date=&limit= — type-ahead: officials with the position held on `date`. */
export async function GET(request: Request) {
  return readRoute(queryOf(request), query, async ({ q, date, limit }) => ({
    officials: q ? await searchOfficials(await getDb(), q, { onDate: date, limit }) : [],
  }));
}

/** POST /api/officials — creates an official with their position (and a new organization). */
export async function POST(request: Request) {
  return writeRoute(
    request,
    officialInput,
    async (data) => createOfficial(await getDb(), data),
    201,
  );
}
