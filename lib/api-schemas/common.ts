import { z } from 'zod';

/**
 * Response schemas of the public API: the single source for the OpenAPI document
 * (lib/openapi.ts), which the API tests validate real responses against. Objects are closed
 * (zod's output JSON Schema forbids unknown properties), so a field a handler adds or drops
 * without a change here fails those tests.
 */

export const id = z.number().int().positive();
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('A day, YYYY-MM-DD.');
export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .describe('ISO 3166-1 alpha-2 country code.');
export const unixTime = z.number().int().describe('Seconds since 1970-01-01 UTC.');
export const nextCursor = z
  .string()
  .nullable()
  .describe('Pass as `cursor` for the next page; null on the last page.');

/** What every error answer holds. */
export const errorResponse = z.object({
  error: z.string().describe('What went wrong, for people.'),
  fieldErrors: z
    .record(z.string(), z.string())
    .optional()
    .describe('For a 400: each bad parameter or field, with its problem.'),
});

/** A 400: the parameters or fields that need attention, each named. */
export const badRequestResponse = z.object({
  error: z.string(),
  fieldErrors: z
    .record(z.string(), z.string())
    .describe('Each bad parameter (or dotted field path) with a message naming it.'),
});

/** The columns every edited record has (DESIGN.md). */
export const editableColumns = {
  createdAt: unixTime,
  updatedAt: unixTime,
  createdBy: id.nullable(),
  updatedBy: id.nullable(),
  version: z.number().int().positive().describe('Optimistic locking: send it back with a PUT.'),
  deletedAt: unixTime.nullable(),
};
