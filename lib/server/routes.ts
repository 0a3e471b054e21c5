import 'server-only';
import { z } from 'zod';
import { DomainError } from '@/db/errors';
import type { Actor } from '@/lib/domain/viewer';
import type { Viewer } from '@/lib/domain/viewer';
import type { MeetingFilters } from '@/lib/filters';
import { authorize, type RequiredRole } from '@/lib/server/auth/authorize';
import { requestOrigin } from '@/lib/server/auth/origin';
import { type Session, sessionFromHeaders } from '@/lib/server/auth/server';
import { idParam, parseQuery } from '@/lib/server/params';
import { resultResponse, runWrite } from '@/lib/server/write';

/**
 * The two route handlers of the API, one per kind: `readRoute` (GET) and `writeRoute` (POST,
 * PUT, PATCH, DELETE). Server actions write through `runWrite` (lib/server/write.ts), which
 * `writeRoute` calls too. Each parses what it is given, checks who is asking, and turns every
 * expected failure into a 4xx that names its parameters; an unexpected error is logged and
 * answered with a 500 that holds no internals.
 */

/** What Next gives a handler under `[id]`. */
export interface IdRouteContext {
  params: Promise<{ id: string }>;
}

const badRequest = (error: string, fieldErrors: Record<string, string>) =>
  Response.json({ error, fieldErrors }, { status: 400 });

/** Every field error starts with the parameter it is about ("cursor is not…"). */
function namedFieldErrors(fieldErrors: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([key, message]) => [
      key,
      message.startsWith(key) ? message : `${key} ${message}`,
    ]),
  );
}

/** The id of an `[id]` route: the 400 naming `id` when it is not a positive whole number. */
async function pathIdOf(context: IdRouteContext, what: string): Promise<number | Response> {
  const parsed = idParam(what).safeParse((await context.params).id);
  if (parsed.success) return parsed.data;
  return badRequest(`Invalid ${what} id.`, { id: parsed.error.issues[0]?.message ?? '' });
}

export interface ReadSpec<Q extends z.ZodObject> {
  /** The query parameters the handler reads; any other is refused by name. */
  query?: Q;
  /** Whether the meeting filters (lib/filters.ts) are read beside `query`. */
  filters?: boolean;
  /** An `[id]` route: its id, as `id` of what `read` gets (400 when malformed). */
  id?: { context: IdRouteContext; what: string };
  /** The least role that may read; anyone by default (each query shows a role what it may see). */
  role?: RequiredRole;
  /** The 404 message when `read` returns null. */
  notFound?: string;
}

export interface ReadInput<Q extends z.ZodObject> {
  query: z.output<Q>;
  filters: MeetingFilters;
  id: number;
  viewer: Viewer;
}

/**
 * A GET handler: parses the path id, the query (and the meeting filters, when asked) — a 400
 * naming every bad or unknown parameter at once — then answers with what `read` returns as
 * JSON; `null` is a 404. `read` gets the reader (the session's user, or anonymous) to pass to
 * the db/queries functions.
 */
export async function readRoute<Q extends z.ZodObject = z.ZodObject<Record<never, never>>>(
  request: Request,
  spec: ReadSpec<Q>,
  read: (input: ReadInput<Q>) => Promise<unknown>,
): Promise<Response> {
  const id = spec.id ? await pathIdOf(spec.id.context, spec.id.what) : 0;
  if (id instanceof Response) return id;
  const parsed = parseQuery(request, spec.query ?? z.object({}), spec.filters ?? false);
  if (!parsed.ok) return badRequest('Invalid parameters.', parsed.fieldErrors);
  const session = await sessionFromHeaders(request.headers);
  if (spec.role) {
    const allowed = authorize(session, spec.role);
    if (!allowed.ok) return resultResponse(allowed);
  }
  try {
    const data = await read({
      query: parsed.query as z.output<Q>,
      filters: parsed.filters,
      id,
      viewer: session.viewer,
    });
    if (data === null)
      return Response.json({ error: spec.notFound ?? 'Not found.' }, { status: 404 });
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

export interface WriteSpec<S extends z.ZodType> {
  /** The JSON body's schema; a write without one (a DELETE, a restore) reads no body. */
  body?: S;
  /** An `[id]` route: its id, read after the session check (a 400 when malformed). */
  id?: { context: IdRouteContext; what: string };
  /** The least role that may make this write; editor unless said otherwise. */
  role?: RequiredRole;
  /** Status of a success: 200, or 201 for a create. */
  status?: number;
}

export interface WriteInput<S extends z.ZodType> {
  data: z.output<S>;
  id: number;
  /** The signed-in user, as the audit trail records them. */
  actor: Actor;
}

/**
 * A write handler: refuses cross-site requests (403), checks the session and role (401/403),
 * then, with a `body`, requires JSON (`Content-Type: application/json`, else 415: an HTML form
 * cannot send one); the path id and the body go through `runWrite` (schema, expected failures
 * returned) and come back as 200/201, 400 with field errors, 404, 409 or a 500 without
 * internals.
 */
export async function writeRoute<S extends z.ZodType = z.ZodUnknown, T = unknown>(
  request: Request,
  spec: WriteSpec<S>,
  write: (input: WriteInput<S>) => Promise<T>,
): Promise<Response> {
  const role = spec.role ?? 'editor';
  const session = await guardWrite(request, role);
  if (session instanceof Response) return session;
  const id = spec.id ? await pathIdOf(spec.id.context, spec.id.what) : 0;
  if (id instanceof Response) return id;
  let body: unknown = null;
  if (spec.body) {
    const type = request.headers.get('content-type') ?? '';
    if (!/^application\/json\b/i.test(type)) {
      return Response.json(
        { error: 'Send the body as JSON, with Content-Type: application/json.' },
        { status: 415 },
      );
    }
    body = await request.json().catch(() => undefined);
  }
  const schema = (spec.body ?? z.unknown()) as S;
  const result = await runWrite(schema, body, (data, actor) => write({ data, id, actor }), {
    role,
    session,
  });
  return resultResponse(result, spec.status ?? 200);
}
