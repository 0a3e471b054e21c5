import 'server-only';
import { z } from 'zod';
import { parseId, writeRoute } from '@/lib/api';
import { resultResponse, runWrite } from '@/lib/server-action';
import { versionInput } from '@/lib/validation/entities';

/** The context Next gives a handler under `[id]`. */
export interface IdRouteContext {
  params: Promise<{ id: string }>;
}

/**
 * PUT /api/<entity>/:id with `{ ...values, version }`: the body parsed with the form's schema
 * plus the version read; 200 with the new version, 400 with field errors, 404, or 409 when
 * someone saved in between.
 */
export async function updateRoute<S extends z.ZodType, T>(
  request: Request,
  context: IdRouteContext,
  what: string,
  schema: S,
  write: (id: number, data: z.output<S>, version: number) => Promise<T>,
): Promise<Response> {
  const id = parseId((await context.params).id, what);
  if (id instanceof Response) return id;
  return writeRoute(request, z.intersection(schema, versionInput), async (data) => {
    const { version, ...values } = data as z.output<S> & { version: number };
    return write(id, values as z.output<S>, version);
  });
}

/** DELETE /api/<entity>/:id — a soft delete: 200 `{ id, deleted: true }`, or 404. */
export async function deleteRoute(
  context: IdRouteContext,
  what: string,
  remove: (id: number) => Promise<void>,
): Promise<Response> {
  const id = parseId((await context.params).id, what);
  if (id instanceof Response) return id;
  const result = await runWrite(z.unknown(), null, async () => {
    await remove(id);
    return { id, deleted: true as const };
  });
  return resultResponse(result);
}
