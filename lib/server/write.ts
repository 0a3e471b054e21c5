import 'server-only';
import type { z } from 'zod';
import { DomainError } from '@/db/errors';
import { type Actor, type Session, systemActor } from '@/lib/domain/viewer';
import { authorize, type RequiredRole } from '@/lib/server/auth/authorize';
import { currentSession } from '@/lib/server/auth/current';
import { type ActionResult, fieldErrorsOf } from '@/lib/validation/common';

export interface WriteOptions {
  /**
   * The least role that may make this write; editor unless said otherwise. `nobody` is for the
   * one write that needs no session because none can exist yet: the one-time /setup screen,
   * whose write refuses as soon as any account exists (the role matrix test lists every caller).
   */
  role?: RequiredRole | 'nobody';
  /** The session to check; the current request's (server action or route handler) by default. */
  session?: Session;
}

/**
 * Runs a write for a form or a route handler. First the authority check, on the server, before
 * anything is parsed or written: without a session the result is `unauthorized` (401), with too
 * low a role `forbidden` (403). Then parses `input` with `schema` (the authority; the form used
 * the same schema for hints), runs `write` with the signed-in user as the audit trail's actor,
 * and turns every expected failure into a returned result. Unexpected errors are logged and
 * reported without internals. Every write path goes through here (or writeRoute, which calls it).
 */
export async function runWrite<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  write: (data: z.output<S>, actor: Actor) => Promise<T>,
  options: WriteOptions = {},
): Promise<ActionResult<T>> {
  if (options.role === 'nobody') return parseAndRun(schema, input, write, systemActor);
  const session = options.session ?? (await currentSession());
  const allowed = authorize(session, options.role ?? 'editor');
  if (!allowed.ok) return allowed;
  return parseAndRun(schema, input, write, allowed.actor);
}

/** Parses with the schema, runs the write, and returns expected failures as results. */
async function parseAndRun<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  write: (data: z.output<S>, actor: Actor) => Promise<T>,
  actor: Actor,
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      code: 'invalid',
      error: 'Some fields need attention.',
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  }
  try {
    return { ok: true, data: await write(parsed.data, actor) };
  } catch (error) {
    if (error instanceof DomainError) {
      return {
        ok: false,
        code: error.code,
        error: error.message,
        fieldErrors: error.fieldErrors,
        ...(error.details ? { details: error.details } : {}),
      };
    }
    console.error('Unexpected error in a write', error);
    return {
      ok: false,
      code: 'server',
      error: 'Something went wrong on our side and nothing was saved. Please try again.',
    };
  }
}

const statusOf = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  server: 500,
} as const;

/**
 * The HTTP response for a write's result: 200/201 with data, or 400/401/403/404/409/500 with
 * the error (a conflict also carries `details`: the current version and what changed).
 */
export function resultResponse<T>(result: ActionResult<T>, successStatus = 200): Response {
  if (result.ok) return Response.json(result.data, { status: successStatus });
  return Response.json(
    {
      error: result.error,
      fieldErrors: result.fieldErrors ?? {},
      ...(result.details ? { details: result.details } : {}),
    },
    { status: statusOf[result.code ?? 'server'] },
  );
}
