import { z } from 'zod';
import { getDb } from '@/db';
import { findOrganizationDuplicates } from '@/db/queries/duplicates';
import { duplicateParams } from '@/lib/duplicate-params';
import { readRoute } from '@/lib/server/routes';

export const dynamic = 'force-dynamic';

const query = z.object({
  ...duplicateParams,
  acronym: z.string().trim().max(40, 'acronym is too long (at most 40 characters).').optional(),
});

/**
 * GET /api/organizations/duplicates?name=&acronym=&country=&exclude= — organizations that may be
 * the one being typed: the same or a similar name or alias, the same acronym, or an acronym that
 * is the other's initials ("OSCE"). Likely ones first, each with a score and a reason.
 */
export async function GET(request: Request) {
  return readRoute(
    request,
    { query: query },
    async ({ query: { name, acronym, country, exclude } }) => ({
      candidates: await findOrganizationDuplicates(await getDb(), {
        name,
        acronym: acronym ?? null,
        countryCode: country ?? null,
        excludeId: exclude ?? null,
      }),
    }),
  );
}
