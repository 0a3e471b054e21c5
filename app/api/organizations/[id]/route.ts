import { getDb } from '@/db';
import { getOrganizationForApi } from '@/db/queries/api/organizations';
import { deleteOrganization, updateOrganization } from '@/db/writes/organizations';
import { type IdRouteContext, readRoute, writeRoute } from '@/lib/server/routes';
import { organizationInput, versioned } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

/** GET /api/organizations/:id — the organization with its parent, sub-organizations and officials; 404 if none. */
export async function GET(request: Request, context: IdRouteContext) {
  return readRoute(
    request,
    { id: { context, what: 'organization' }, notFound: 'The organization was not found.' },
    async ({ id, viewer }) => getOrganizationForApi(await getDb(), viewer, id),
  );
}

/**
 * PUT /api/organizations/:id with `{ ...values, version }` — 400 on a parent under the
 * organization itself, 409 if someone saved in between.
 */
export async function PUT(request: Request, context: IdRouteContext) {
  return writeRoute(
    request,
    { body: versioned(organizationInput), id: { context, what: 'organization' } },
    async ({ data: { version, ...data }, id, actor }) =>
      updateOrganization(await getDb(), id, data, version, actor),
  );
}

/** DELETE /api/organizations/:id — a soft delete. */
export async function DELETE(request: Request, context: IdRouteContext) {
  return writeRoute(request, { id: { context, what: 'organization' } }, async ({ id, actor }) => {
    await deleteOrganization(await getDb(), id, actor);
    return { id, deleted: true as const };
  });
}
