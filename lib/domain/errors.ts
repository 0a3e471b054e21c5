import type { FieldErrors } from '@/lib/validation/common';

/** An expected failure of a write: the caller turns it into a 400, 404 or 409, never a 500. */
export class DomainError extends Error {
  constructor(
    readonly code: 'invalid' | 'not_found' | 'conflict',
    message: string,
    readonly fieldErrors?: FieldErrors,
    /** More for the client, e.g. a conflict's current version and the changes since. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} was not found.`);
