import { z } from 'zod';
import { getDb } from '@/db';
import { getOrganizationForApi } from '@/db/queries/api/organizations';
import { deleteOrganization, updateOrganization } from '@/db/writes/organizations';
import { idParam, readRoute } from '@/lib/server/routes';
import { readerOf } from '@/lib/server/auth/server';
import { deleteRoute, type IdRouteContext, updateRoute } from '@/lib/server/entity-routes';
import { organizationInput } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

type RouteContext = IdRouteContext;

const path = z.object({ id: idParam('organization') });

/** GET /api/organizations/:id — the organization with its parent, sub-organizations and officials; 404 if none. */
export async function GET(request: Request, context: RouteContext) {
  const viewer = await readerOf(request);
  return readRoute(
    await context.params,
    path,
    async ({ id }) => getOrganizationForApi(await getDb(), viewer, id),
    'The organization was not found.',
  );
}

/**
 * PUT /api/organizations/:id with `{ ...values, version }` — 400 on a parent under the
 * organization itself, 409 if someone saved in between.
 */
export async function PUT(request: Request, context: RouteContext) {
  return updateRoute(
    request,
    context,
    'organization',
    organizationInput,
    async (id, data, version, actor) => updateOrganization(await getDb(), id, data, version, actor),
  );
}

/** DELETE /api/organizations/:id — a soft delete. */
export async function DELETE(request: Request, context: RouteContext) {
  return deleteRoute(request, context, 'organization', async (id, actor) =>
    deleteOrganization(await getDb(), id, actor),
  );
}
