import { z } from 'zod';
import { getDb } from '@/db';
import { getOfficialForApi } from '@/db/queries/api/officials';
import { deleteOfficial, updateOfficial } from '@/db/writes/officials';
import { idParam, readRoute } from '@/lib/server/routes';
import { deleteRoute, type IdRouteContext, updateRoute } from '@/lib/server/entity-routes';
import { officialRecordInput } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

type RouteContext = IdRouteContext;

const path = z.object({ id: idParam('official') });

/** GET /api/officials/:id — the official with every position held; 404 if none. */
export async function GET(_request: Request, context: RouteContext) {
  return readRoute(
    await context.params,
    path,
    async ({ id }) => getOfficialForApi(await getDb(), id),
    'The official was not found.',
  );
}

/**
 * PUT /api/officials/:id with `{ ...record, version }` — the whole record with its positions
 * (a position without `id` is added, one left out is removed); 409 if someone saved in between.
 */
export async function PUT(request: Request, context: RouteContext) {
  return updateRoute(
    request,
    context,
    'official',
    officialRecordInput,
    async (id, data, version, actor) => updateOfficial(await getDb(), id, data, version, actor),
  );
}

/** DELETE /api/officials/:id — a soft delete: gone from lists, kept in their meetings. */
export async function DELETE(request: Request, context: RouteContext) {
  return deleteRoute(request, context, 'official', async (id, actor) =>
    deleteOfficial(await getDb(), id, actor),
  );
}
