import { z } from 'zod';
import { getDb } from '@/db';
import { searchOrganizations } from '@/db/queries/organizations';
import { createOrganization } from '@/db/writes/organizations';
import { resultResponse, runWrite } from '@/lib/server-action';
import { fieldErrorsOf } from '@/lib/validation/common';
import { organizationInput } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

const searchParams = z.object({
  q: z.string().trim().max(200, 'q is too long (at most 200 characters).').default(''),
  limit: z.coerce
    .number('limit must be a number.')
    .int('limit must be a whole number.')
    .min(1, 'limit must be at least 1.')
    .max(50, 'limit must be at most 50.')
    .default(10),
});

/** GET /api/organizations?q=&limit= — type-ahead over names, acronyms and aliases. */
export async function GET(request: Request) {
  const params = searchParams.safeParse(
    Object.fromEntries(new URL(request.url).searchParams.entries()),
  );
  if (!params.success) {
    return Response.json(
      { error: 'Invalid query parameters.', fieldErrors: fieldErrorsOf(params.error) },
      { status: 400 },
    );
  }
  const { q, limit } = params.data;
  const db = await getDb();
  const organizations = q ? await searchOrganizations(db, q, limit) : [];
  return Response.json({ organizations });
}

/** POST /api/organizations — creates an organization. */
export async function POST(request: Request) {
  const body: unknown = await request.json().catch(() => undefined);
  const result = await runWrite(organizationInput, body, async (data) =>
    createOrganization(await getDb(), data),
  );
  return resultResponse(result, 201);
}
