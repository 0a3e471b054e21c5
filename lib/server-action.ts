import 'server-only';
import type { z } from 'zod';
import { DomainError } from '@/db/errors';
import { type ActionResult, fieldErrorsOf } from '@/lib/validation/common';

/**
 * Runs a write for a form or a route handler: parses `input` with `schema` (the authority; the
 * form used the same schema for hints), runs `write`, and turns every expected failure into a
 * returned result. Unexpected errors are logged and reported without internals.
 */
export async function runWrite<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  write: (data: z.output<S>) => Promise<T>,
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
    return { ok: true, data: await write(parsed.data) };
  } catch (error) {
    if (error instanceof DomainError) {
      return { ok: false, code: error.code, error: error.message, fieldErrors: error.fieldErrors };
    }
    console.error('Unexpected error in a write', error);
    return {
      ok: false,
      code: 'server',
      error: 'Something went wrong on our side and nothing was saved. Please try again.',
    };
  }
}

const statusOf = { invalid: 400, not_found: 404, conflict: 409, server: 500 } as const;

/** The HTTP response for a write's result: 200/201 with data, or 400/404/409/500 with the error. */
export function resultResponse<T>(result: ActionResult<T>, successStatus = 200): Response {
  if (result.ok) return Response.json(result.data, { status: successStatus });
  return Response.json(
    { error: result.error, fieldErrors: result.fieldErrors ?? {} },
    { status: statusOf[result.code ?? 'server'] },
  );
}
