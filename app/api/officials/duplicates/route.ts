import { z } from 'zod';
import { getDb } from '@/db';
import { findOfficialDuplicates } from '@/db/queries/duplicates';
import { duplicateParams } from '@/lib/duplicate-params';
import { optionalDay } from '@/lib/validation/common';
import { readRoute } from '@/lib/server/routes';

export const dynamic = 'force-dynamic';

const query = z.object({
  ...duplicateParams,
  date: optionalDay('date must be a day written YYYY-MM-DD.'),
});

/**
 * GET /api/officials/duplicates?name=&country=&exclude=&date= — officials who may be the person
 * being typed (accents, initials, transliterations and aliases taken into account), likely ones
 * first, each with a score, a reason and the position held on `date`. A warning, never a refusal.
 */
export async function GET(request: Request) {
  return readRoute(
    request,
    { query: query },
    async ({ query: { name, country, exclude, date } }) => ({
      candidates: await findOfficialDuplicates(await getDb(), {
        name,
        countryCode: country ?? null,
        excludeId: exclude ?? null,
        onDate: date,
      }),
    }),
  );
}
