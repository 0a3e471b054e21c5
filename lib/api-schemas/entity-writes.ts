import { z } from 'zod';
import { organizationKinds } from '@/lib/domain/vocabularies';
import { countryCode, id } from './common';

/** What a PUT of an official, organization or event (and a merge) answers. */
export const entityWritten = z.object({
  id,
  version: z.number().int().positive().describe('The new version: send it with the next PUT.'),
});

/** What a PUT or merge of a topic answers: its slug (its page's address) may have changed. */
export const topicWritten = entityWritten.extend({ slug: z.string() });

/** What a DELETE answers (a soft delete). */
export const entityDeleted = z.object({ id, deleted: z.literal(true) });

export const eventCreated = z.object({ id });

/** Why a stored record may be the one being typed. */
const duplicateMatch = {
  score: z.number().min(0).max(1).describe('How likely the two are one record (0.6 and up).'),
  reason: z.string().describe('Why, for people: "Initials match", "Same acronym"…'),
  matchedName: z.string().describe('The stored name or alias that matched.'),
  viaAlias: z.boolean(),
};

export const officialDuplicates = z.object({
  candidates: z.array(
    z.object({
      id,
      displayName: z.string(),
      aliases: z.array(z.string()),
      countryCode: countryCode.nullable(),
      title: z
        .string()
        .nullable()
        .describe('The title of the position held on `date` (else their latest).'),
      organizationId: id.nullable(),
      organizationName: z.string().nullable(),
      organizationCountryCode: countryCode.nullable(),
      ...duplicateMatch,
    }),
  ),
});

export const organizationDuplicates = z.object({
  candidates: z.array(
    z.object({
      id,
      name: z.string(),
      acronym: z.string().nullable(),
      aliases: z.array(z.string()),
      kind: z.enum(organizationKinds),
      countryCode: countryCode.nullable(),
      ...duplicateMatch,
    }),
  ),
});
