import 'server-only';
import { z } from 'zod';
import { DomainError } from '@/db/errors';
import { fieldErrorsOf } from '@/lib/validation/common';
import { resultResponse, runWrite } from '@/lib/server-action';

/** The `q` parameter of a type-ahead search. */
export const qParam = (max = 200) =>
  z.string().trim().max(max, `q is too long (at most ${max} characters).`).default('');

/** The `limit` parameter of a search: 1 to 50, 10 by default. */
export const limitParam = z.coerce
  .number('limit must be a number.')
  .int('limit must be a whole number.')
  .min(1, 'limit must be at least 1.')
  .max(50, 'limit must be at most 50.')
  .default(10);

/** A positive integer id from the path. */
export const idParam = (what: string) =>
  z.coerce
    .number(`The ${what} id must be a number.`)
    .int(`The ${what} id must be a whole number.`)
    .positive(`The ${what} id must be positive.`);

/** Every field error starts with the parameter it is about ("cursor is not…"). */
function namedFieldErrors(fieldErrors: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([key, message]) => [
      key,
      message.startsWith(key) ? message : `${key} ${message}`,
    ]),
  );
}

const badRequest = (error: string, fieldErrors: Record<string, string>) =>
  Response.json({ error, fieldErrors }, { status: 400 });

/**
 * A read handler: parses `input` (query parameters, path parameters) with `schema` — 400 naming
 * each bad parameter — then answers with what `read` returns as JSON; `null` is a 404. A
 * DomainError is a 400/404/409 naming its parameters; an unexpected error is logged and answered
 * with a 500 that holds no internals.
 */
export async function readRoute<S extends z.ZodType>(
  input: Record<string, unknown>,
  schema: S,
  read: (params: z.output<S>) => Promise<unknown>,
  notFoundMessage = 'Not found.',
): Promise<Response> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return badRequest('Invalid parameters.', fieldErrorsOf(parsed.error));
  try {
    const data = await read(parsed.data);
    if (data === null) return Response.json({ error: notFoundMessage }, { status: 404 });
    return Response.json(data);
  } catch (error) {
    if (error instanceof DomainError) {
      // An expected failure of the read itself, e.g. a stale or foreign cursor.
      const status = { invalid: 400, not_found: 404, conflict: 409 }[error.code];
      return Response.json(
        { error: error.message, fieldErrors: namedFieldErrors(error.fieldErrors) },
        { status },
      );
    }
    console.error('Unexpected error in a read', error);
    return Response.json({ error: 'Something went wrong on our side.' }, { status: 500 });
  }
}

/** The query string of a request as a plain object, for `readRoute`. */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
}

/**
 * A write handler: the JSON body goes through `runWrite` (schema, expected failures returned)
 * and comes back as 200/201, 400 with field errors, 404, 409 or a 500 without internals.
 */
export async function writeRoute<S extends z.ZodType, T>(
  request: Request,
  schema: S,
  write: (data: z.output<S>) => Promise<T>,
  successStatus = 200,
): Promise<Response> {
  const body: unknown = await request.json().catch(() => undefined);
  return resultResponse(await runWrite(schema, body, write), successStatus);
}

/** Parses a path id; the 400 response naming `id` when it is not a positive integer. */
export function parseId(raw: string, what: string): number | Response {
  const parsed = idParam(what).safeParse(raw);
  if (parsed.success) return parsed.data;
  return badRequest(`Invalid ${what} id.`, { id: parsed.error.issues[0]?.message ?? '' });
}
