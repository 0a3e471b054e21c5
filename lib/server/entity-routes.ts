import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/db/writes/audit';
import { commandRoute, pathId, writeRoute } from '@/lib/server/routes';
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
  write: (id: number, data: z.output<S>, version: number, actor: Actor) => Promise<T>,
): Promise<Response> {
  const raw = (await context.params).id;
  // The id is read after the session check (pathId throws a DomainError: a 400).
  return writeRoute(request, z.intersection(schema, versionInput), async (data, actor) => {
    const { version, ...values } = data as z.output<S> & { version: number };
    return write(pathId(raw, what), values as z.output<S>, version, actor);
  });
}

/** DELETE /api/<entity>/:id — a soft delete: 200 `{ id, deleted: true }`, or 404. */
export async function deleteRoute(
  request: Request,
  context: IdRouteContext,
  what: string,
  remove: (id: number, actor: Actor) => Promise<void>,
): Promise<Response> {
  const raw = (await context.params).id;
  return commandRoute(request, async (actor) => {
    const id = pathId(raw, what);
    await remove(id, actor);
    return { id, deleted: true as const };
  });
}
