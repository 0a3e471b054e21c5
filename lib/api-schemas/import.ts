import { z } from 'zod';
import { datePrecisions, meetingFormats, participantRoles } from '@/lib/domain/vocabularies';
import { optionalDay } from '@/lib/validation/common';
import { countryCode, id, isoDay } from './common';

/** The longest press release the extractor reads. */
export const MAX_IMPORT_TEXT = 100_000;

/** POST /api/import/extract: a pasted press release and what the person knows about it. */
export const importExtractInput = z.object({
  // Not trimmed: the drafts' evidence offsets point into the text exactly as sent.
  text: z
    .string('text must be the pasted release, as a string.')
    .refine((t) => t.trim().length > 0, 'Paste the press release or readout first.')
    .max(
      MAX_IMPORT_TEXT,
      `text is too long (at most ${MAX_IMPORT_TEXT.toLocaleString('en')} characters).`,
    ),
  published: optionalDay('published must be a day written YYYY-MM-DD, or null.').describe(
    'The publication day: relative dates ("on Tuesday") are read against it, never past it.',
  ),
  sourceUrl: z
    .url('sourceUrl must be a web address, or null.')
    .nullish()
    .transform((v) => v ?? null),
});

/** One meeting the extractor proposes: as close to the input of POST /api/meetings as a draft can be. */
export const importDraft = z.object({
  title: z.string(),
  date: isoDay.nullable().describe('Null when the text gives no date: the person is asked.'),
  endDate: isoDay.nullable(),
  datePrecision: z.enum(datePrecisions),
  city: z.string().nullable(),
  countryCode: countryCode.nullable(),
  format: z.enum(meetingFormats),
  event: z
    .object({
      name: z.string(),
      startDate: isoDay.nullable(),
      endDate: isoDay.nullable(),
      eventId: id.nullable(),
    })
    .nullable(),
  participants: z.array(
    z.object({
      name: z.string(),
      title: z.string().nullable(),
      organization: z.string().nullable(),
      countryCode: countryCode.nullable(),
      officialId: id.nullable().describe('Null when the official would be new.'),
      organizationId: id.nullable(),
      role: z.enum(participantRoles),
    }),
  ),
  topics: z.array(z.object({ name: z.string(), topicId: id.nullable() })),
  outcomes: z.string(),
  followUps: z.array(z.object({ description: z.string(), dueDate: isoDay.nullable() })),
  duplicateOf: id.nullable().describe('A meeting already logged that this one repeats.'),
  evidence: z
    .array(z.tuple([z.number().int().min(0), z.number().int().min(0)]))
    .describe(
      'The sentences it was drawn from: [start, end) offsets into `text`, in UTF-16 code units.',
    ),
});

export const importExtractResult = z.object({
  meetings: z.array(importDraft),
  warnings: z
    .array(z.string())
    .describe('What the person should check: a date the text leaves out…'),
});
