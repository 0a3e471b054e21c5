import { z } from 'zod';
import { getDb } from '@/db';
import { listOrganizationsPage } from '@/db/queries/api/organizations';
import { searchOrganizations } from '@/db/queries/organizations';
import { createOrganization } from '@/db/writes/organizations';
import { readRoute, writeRoute } from '@/lib/server/routes';
import { cursorParam, listLimitParam, qParam, searchListRules } from '@/lib/server/params';
import { organizationInput } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

const query = z
  .object({
    q: qParam(),
    limit: listLimitParam().optional(),
    cursor: cursorParam,
  })
  .superRefine(searchListRules);

/**
 * GET /api/organizations?q=&limit= — type-ahead over names, acronyms and aliases. Without `q`:
 * every organization by name, a keyset page (`cursor`, `limit`).
 */
export async function GET(request: Request) {
  return readRoute(request, { query: query }, async ({ query: { q, limit, cursor } }) => {
    const db = await getDb();
    if (q)
      return { organizations: await searchOrganizations(db, q, limit ?? 10), nextCursor: null };
    return listOrganizationsPage(db, { limit: limit ?? 50, cursor });
  });
}

/** POST /api/organizations — creates an organization. */
export async function POST(request: Request) {
  return writeRoute(request, { body: organizationInput, status: 201 }, async ({ data, actor }) =>
    createOrganization(await getDb(), data, actor),
  );
}
