import { z } from 'zod';
import { organizationKinds } from '@/lib/domain/vocabularies';
import { isIsoDay } from '@/lib/dates';
import { id, optionalCountryCode, optionalDay, optionalText } from './common';

/** Other names of a record: trimmed, blanks dropped, each kept once (case and spaces ignored). */
const aliasList = (max: number) =>
  z
    .array(z.string())
    .max(50, 'At most 50 other names.')
    .default([])
    .transform((names) => {
      const seen = new Set<string>();
      return names
        .map((n) => n.trim().replace(/\s+/g, ' '))
        .filter((n) => {
          const key = n.toLowerCase();
          if (!n || seen.has(key)) return false;
          seen.add(key);
          return true;
        });
    })
    .refine(
      (names) => names.every((n) => n.length <= max),
      `Each other name must be at most ${max} characters.`,
    );

/** A website: "osce.org" is read as https://osce.org; anything else must be a web address. */
const website = optionalText(500, 'The website')
  .transform((v) => (v && !/^[a-z][a-z0-9+.-]*:/i.test(v) ? `https://${v}` : v))
  .refine((v) => v === null || isWebAddress(v), 'Enter a web address, e.g. https://www.osce.org.');

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

export const organizationInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter the organization’s name.')
    .max(300, 'The name is too long.'),
  acronym: optionalText(40, 'The acronym'),
  kind: z.enum(organizationKinds),
  countryCode: optionalCountryCode,
  parentId: id.nullable().default(null),
  website,
  aliases: aliasList(300),
});

/** A new official as created inline from the meeting form (and later the officials screen). */
export const officialInput = z.object({
  displayName: z
    .string()
    .trim()
    .min(1, 'Enter the official’s name.')
    .max(200, 'The name is too long.'),
  aliases: aliasList(200),
  countryCode: optionalCountryCode,
  notes: optionalText(5000, 'The notes'),
  /** The position held now: an existing organization, or a new one created with the official. */
  organizationId: id.nullable().default(null),
  newOrganization: organizationInput.nullable().default(null),
  title: optionalText(200, 'The title'),
  positionStart: optionalDay(),
});

export const topicInput = z.object({
  name: z.string().trim().min(1, 'Enter the topic’s name.').max(120, 'The name is too long.'),
  parentId: id.nullable().default(null),
  description: optionalText(2000, 'The description'),
  aliases: aliasList(120),
});

export type OrganizationInput = z.output<typeof organizationInput>;
export type OrganizationFormValues = z.input<typeof organizationInput>;
export type OfficialInput = z.output<typeof officialInput>;
export type OfficialFormValues = z.input<typeof officialInput>;
export type TopicInput = z.output<typeof topicInput>;
export type TopicFormValues = z.input<typeof topicInput>;

export const eventInput = z
  .object({
    name: z.string().trim().min(1, 'Enter the event’s name.').max(300, 'The name is too long.'),
    startDate: z.string().trim().refine(isIsoDay, 'Enter the first day.'),
    endDate: z.string().trim().refine(isIsoDay, 'Enter the last day.'),
    city: optionalText(120, 'The city'),
    countryCode: optionalCountryCode,
    venue: optionalText(300, 'The venue'),
    organizerId: id.nullish().transform((v) => v ?? null),
    description: optionalText(5000, 'The description'),
  })
  .refine((e) => e.endDate >= e.startDate, {
    message: 'The last day cannot be before the first.',
    path: ['endDate'],
  });

export type EventInput = z.output<typeof eventInput>;
export type EventFormValues = z.input<typeof eventInput>;

/** One position of an official: an existing row keeps its id, a new one has none. */
export const positionInput = z
  .object({
    id: id.nullish().transform((v) => v ?? null),
    organizationId: id.nullish().transform((v) => v ?? null),
    title: z.string().trim().min(1, 'Enter the title.').max(200, 'The title is too long.'),
    startDate: optionalDay('Enter a valid start date.'),
    endDate: optionalDay('Enter a valid end date.'),
  })
  .refine((p) => !p.startDate || !p.endDate || p.endDate >= p.startDate, {
    message: 'The end cannot be before the start.',
    path: ['endDate'],
  });

/** "Q4349473", also taken from a pasted https://www.wikidata.org/wiki/Q4349473. */
const wikidataId = z
  .string()
  .nullish()
  .transform((v) => {
    const text = v?.trim() ?? '';
    const found = /(?:^|\/)(q[1-9]\d{0,11})$/i.exec(text);
    return found ? (found[1] as string).toUpperCase() : text || null;
  })
  .refine(
    (v) => v === null || /^Q[1-9]\d{0,11}$/.test(v),
    'A Wikidata id is a Q followed by digits, e.g. Q4349473.',
  );

/**
 * An official as the officials screen creates and edits them: every field of the record and
 * every position. A blank sort name is derived from the display name.
 */
export const officialRecordInput = z.object({
  displayName: officialInput.shape.displayName,
  sortName: optionalText(200, 'The sort name'),
  aliases: aliasList(200),
  countryCode: optionalCountryCode,
  notes: optionalText(5000, 'The notes'),
  wikidataId,
  positions: z.array(positionInput).max(100, 'At most 100 positions.').default([]),
});

export type PositionInput = z.output<typeof positionInput>;
export type OfficialRecordInput = z.output<typeof officialRecordInput>;
export type OfficialRecordValues = z.input<typeof officialRecordInput>;

/** The version an editor loaded: saving over a newer one is refused as a conflict (409). */
export const versionInput = z.object({
  version: z.number().int().positive('version must be the positive version you read.'),
});

/** A record's values with the `version` they were read at: an update that refuses to overwrite. */
export const versioned = <S extends z.ZodType>(schema: S) => z.intersection(schema, versionInput);

/** Two records to merge: the one kept, the one folded into it, each at the version shown. */
export const mergeInput = z
  .object({
    keepId: id,
    dropId: id,
    keepVersion: z.number().int().positive(),
    dropVersion: z.number().int().positive(),
  })
  .refine((m) => m.keepId !== m.dropId, {
    message: 'Choose two different records.',
    path: ['dropId'],
  });

export type MergeInput = z.output<typeof mergeInput>;
