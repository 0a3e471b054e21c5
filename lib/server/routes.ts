import 'server-only';
import { z } from 'zod';
import { DomainError } from '@/db/errors';
import type { Actor } from '@/db/writes/audit';
import { authorize, type RequiredRole } from '@/lib/server/auth/authorize';
import { requestOrigin } from '@/lib/server/auth/origin';
import { type Session, sessionFromHeaders } from '@/lib/server/auth/server';
import { resultResponse, runWrite } from '@/lib/server/write';
import { fieldErrorsOf } from '@/lib/validation/common';

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

export interface WriteRouteOptions {
  /** Status of a success: 200, or 201 for a create. */
  status?: number;
  /** The least role that may make this write; editor unless said otherwise. */
  role?: RequiredRole;
}

/**
 * Refuses a write a browser was tricked into sending from another site (CSRF): a cookie goes
 * with any request to Parley, so an `Origin` (or `Sec-Fetch-Site`) naming another site is a
 * 403. Requests without either (curl, scripts) pass: they carry no victim's cookie.
 */
function crossSiteRefusal(request: Request): Response | null {
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  const foreign =
    (origin !== null && origin !== requestOrigin(request.headers)) || site === 'cross-site';
  if (!foreign) return null;
  return Response.json(
    { error: 'Cross-site request refused: writes must come from Parley itself.' },
    { status: 403 },
  );
}

/**
 * The checks every API write makes before it reads its body: not cross-site, then a session
 * (401) with the role (403). Returns the session to write as, or the refusal.
 */
async function guardWrite(request: Request, role: RequiredRole): Promise<Session | Response> {
  const refusal = crossSiteRefusal(request);
  if (refusal) return refusal;
  const session = await sessionFromHeaders(request.headers);
  const allowed = authorize(session, role);
  if (!allowed.ok) return resultResponse(allowed);
  return session;
}

const optionsOf = (options: number | WriteRouteOptions): WriteRouteOptions =>
  typeof options === 'number' ? { status: options } : options;

/**
 * A write handler: refuses cross-site requests (403), checks the session and role (401/403),
 * requires a JSON body (`Content-Type: application/json`, else 415: an HTML form cannot send
 * one), then the body goes through `runWrite` (schema, expected failures returned) and comes
 * back as 200/201, 400 with field errors, 404, 409 or a 500 without internals. `write` gets the
 * signed-in user as the audit trail's actor.
 */
export async function writeRoute<S extends z.ZodType, T>(
  request: Request,
  schema: S,
  write: (data: z.output<S>, actor: Actor) => Promise<T>,
  options: number | WriteRouteOptions = 200,
): Promise<Response> {
  const { status = 200, role = 'editor' } = optionsOf(options);
  const session = await guardWrite(request, role);
  if (session instanceof Response) return session;
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    return Response.json(
      { error: 'Send the body as JSON, with Content-Type: application/json.' },
      { status: 415 },
    );
  }
  const body: unknown = await request.json().catch(() => undefined);
  return resultResponse(await runWrite(schema, body, write, { role, session }), status);
}

/**
 * A write without a body (DELETE, a restore): the same refusals and checks as writeRoute, then
 * `write` as the signed-in user; expected failures become 404/409 and so on.
 */
export async function commandRoute<T>(
  request: Request,
  write: (actor: Actor) => Promise<T>,
  options: number | WriteRouteOptions = 200,
): Promise<Response> {
  const { status = 200, role = 'editor' } = optionsOf(options);
  const session = await guardWrite(request, role);
  if (session instanceof Response) return session;
  const result = await runWrite(z.unknown(), null, (_data, actor) => write(actor), {
    role,
    session,
  });
  return resultResponse(result, status);
}

/**
 * A path id inside a write (after the session and role checks): a DomainError that becomes the
 * 400 naming `id` when it is not a positive integer.
 */
export function pathId(raw: string, what: string): number {
  const parsed = idParam(what).safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new DomainError('invalid', `Invalid ${what} id.`, {
    id: parsed.error.issues[0]?.message ?? '',
  });
}

/** Parses a path id; the 400 response naming `id` when it is not a positive integer. */
export function parseId(raw: string, what: string): number | Response {
  const parsed = idParam(what).safeParse(raw);
  if (parsed.success) return parsed.data;
  return badRequest(`Invalid ${what} id.`, { id: parsed.error.issues[0]?.message ?? '' });
}
