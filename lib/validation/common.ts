import { z } from 'zod';
import { isIsoDay } from '@/lib/dates';

/** Optional free text: trimmed; missing, null or blank becomes null. */
export const optionalText = (max: number, label = 'This field') =>
  z
    .string()
    .nullish()
    .transform((v) => v?.trim() || null)
    .refine(
      (v) => v === null || v.length <= max,
      `${label} is too long (at most ${max} characters).`,
    );

/** Optional ISO day (YYYY-MM-DD); missing, null or blank becomes null. */
export const optionalDay = (message = 'Enter a valid date.') =>
  z
    .string()
    .nullish()
    .transform((v) => v?.trim() || null)
    .refine((v) => v === null || isIsoDay(v), message);

/** Optional ISO 3166-1 alpha-2 code; missing, null or blank becomes null. */
export const optionalCountryCode = z
  .string()
  .nullish()
  .transform((v) => v?.trim().toUpperCase() || null)
  .refine((v) => v === null || /^[A-Z]{2}$/.test(v), 'Choose a country from the list.');

export const id = z.number().int().positive();

/** Field errors keyed by the dotted path of the field ("sources.0.url"), first message each. */
export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_form';
    out[key] ??= issue.message;
  }
  return out;
}

/** What a write returns to a form or an API client: data, or what went wrong and where. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: string;
      fieldErrors?: FieldErrors;
      code?: 'invalid' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'server';
      /** More about the failure, e.g. a conflict's current version and what changed. */
      details?: Record<string, unknown>;
    };
