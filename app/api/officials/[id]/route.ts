import { getDb } from '@/db';
import { getOfficialForApi } from '@/db/queries/api/officials';
import { deleteOfficial, updateOfficial } from '@/db/writes/officials';
import { type IdRouteContext, readRoute, writeRoute } from '@/lib/server/routes';
import { officialRecordInput, versioned } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

/** GET /api/officials/:id — the official with every position held; 404 if none. */
export async function GET(request: Request, context: IdRouteContext) {
  return readRoute(
    request,
    { id: { context, what: 'official' }, notFound: 'The official was not found.' },
    async ({ id }) => getOfficialForApi(await getDb(), id),
  );
}

/**
 * PUT /api/officials/:id with `{ ...record, version }` — the whole record with its positions
 * (a position without `id` is added, one left out is removed); 409 if someone saved in between.
 */
export async function PUT(request: Request, context: IdRouteContext) {
  return writeRoute(
    request,
    { body: versioned(officialRecordInput), id: { context, what: 'official' } },
    async ({ data: { version, ...data }, id, actor }) =>
      updateOfficial(await getDb(), id, data, version, actor),
  );
}

/** DELETE /api/officials/:id — a soft delete: gone from lists, kept in their meetings. */
export async function DELETE(request: Request, context: IdRouteContext) {
  return writeRoute(request, { id: { context, what: 'official' } }, async ({ id, actor }) => {
    await deleteOfficial(await getDb(), id, actor);
    return { id, deleted: true as const };
  });
}
