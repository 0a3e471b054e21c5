import { z } from 'zod';
import { getDb } from '@/db';
import { searchOrganizations } from '@/db/queries/organizations';
import { createOrganization } from '@/db/writes/organizations';
import { limitParam, qParam, queryOf, readRoute, writeRoute } from '@/lib/api';
import { organizationInput } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

const query = z.object({ q: qParam(), limit: limitParam });

/** GET /api/organizations?q=&limit= — type-ahead over names, acronyms and aliases. */
export async function GET(request: Request) {
  return readRoute(queryOf(request), query, async ({ q, limit }) => ({
    organizations: q ? await searchOrganizations(await getDb(), q, limit) : [],
  }));
}

/** POST /api/organizations — creates an organization. */
export async function POST(request: Request) {
  return writeRoute(
    request,
    organizationInput,
    async (data) => createOrganization(await getDb(), data),
    201,
  );
}
