import { z } from 'zod';
import { organizationKinds } from '@/lib/domain/vocabularies';

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
/** A value that is bad or missing reads as "not set": a list page never fails on its URL. */
const lenient = <T extends z.ZodType>(schema: T) =>
  z.preprocess(first, schema.optional().catch(undefined));

const text = lenient(
  z
    .string()
    .trim()
    .max(200)
    .transform((v) => v || undefined),
);
const countryCode = lenient(
  z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/),
);
const id = lenient(z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER));

/** The GET form of /officials: name or alias words, the country served, an organization. */
export const officialListParams = z.object({
  q: text,
  country: countryCode,
  organization: id,
});

/** The GET form of /organizations: name, acronym or alias words, kind, country. */
export const organizationListParams = z.object({
  q: text,
  kind: lenient(z.enum(organizationKinds)),
  country: countryCode,
});

export type OfficialListParams = z.output<typeof officialListParams>;
export type OrganizationListParams = z.output<typeof organizationListParams>;

/** Parses a page's search params with one of these schemas (never throws). */
export function readListParams<T extends z.ZodType>(schema: T, params: SearchParams): z.output<T> {
  return schema.parse(params);
}

/** The list state as query parameters, for pagination links (unset ones left out). */
export function listParamsToRecord(params: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') out[k] = String(v);
  return out;
}
