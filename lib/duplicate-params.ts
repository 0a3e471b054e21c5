import { z } from 'zod';

/**
 * The query parameters of the duplicate checks (GET /api/officials/duplicates,
 * /api/organizations/duplicates), shared with their OpenAPI description.
 */
export const duplicateParams = {
  /** The name being typed; without one there is nothing to compare, and no candidate. */
  name: z.string().trim().max(300, 'name is too long (at most 300 characters).').default(''),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'country must be an ISO 3166-1 alpha-2 code such as KZ.')
    .optional(),
  exclude: z.coerce
    .number('exclude must be a number.')
    .int('exclude must be a whole number.')
    .positive('exclude must be a positive id.')
    .optional(),
};
