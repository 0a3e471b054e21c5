import { z } from 'zod';
import {
  classifications,
  datePrecisions,
  followUpStatuses,
  meetingFormats,
  meetingStatuses,
  participantRoles,
} from '@/lib/domain/vocabularies';
import { filterKeys } from '@/lib/filters';
import { countryCode, editableColumns, id, isoDay, nextCursor, unixTime } from './common';
import { eventRow } from './entities';

const time = z
  .string()
  .regex(/^\d{2}:\d{2}$/)
  .describe('HH:MM, local to the venue.');

export const participantView = z.object({
  id,
  officialId: id.nullable(),
  officialName: z.string().nullable(),
  officialCountryCode: countryCode.nullable(),
  organizationId: id.nullable(),
  organizationName: z.string().nullable(),
  organizationAcronym: z.string().nullable(),
  role: z.enum(participantRoles),
  title: z.string().nullable().describe('The title at the time of the meeting.'),
  countryCode: countryCode.nullable().describe('The country the participant represented.'),
});

const segment = z.object({ text: z.string(), hit: z.boolean() });

export const meetingListItem = z.object({
  id,
  title: z.string(),
  startDate: isoDay.describe('First day the meeting may have taken place.'),
  endDate: isoDay.describe('Last day the meeting may have taken place.'),
  datePrecision: z.enum(datePrecisions),
  time: time.nullable(),
  venue: z.string().nullable(),
  city: z.string().nullable(),
  countryCode: countryCode.nullable().describe('Where it was held.'),
  format: z.enum(meetingFormats),
  status: z.enum(meetingStatuses),
  participants: z.array(participantView),
  highlight: z
    .object({
      title: z.array(segment),
      snippet: z.array(segment).nullable(),
      participantIds: z
        .array(z.number().int().positive())
        .describe('Participants (their `id`) whose name or organization matched.'),
    })
    .nullable()
    .describe('The words the text search matched, marked; null without `q`.'),
});

export const meetingSearchResponse = z.object({
  total: z.number().int().nonnegative().describe('Meetings in the whole filtered set.'),
  pageSize: z.number().int().positive(),
  page: z.number().int().positive(),
  pageCount: z.number().int().positive(),
  nextCursor,
  items: z.array(meetingListItem),
});

export const facetValue = z.object({
  value: z.string(),
  label: z.string(),
  count: z.number().int().nonnegative().describe('Meetings the other active filters leave.'),
  active: z.boolean(),
});

export const facetsResponse = z.object(
  Object.fromEntries(filterKeys.map((k) => [k, z.array(facetValue)])) as Record<
    (typeof filterKeys)[number],
    z.ZodArray<typeof facetValue>
  >,
);

const meetingColumns = {
  id,
  title: z.string(),
  startDate: isoDay,
  endDate: isoDay,
  datePrecision: z.enum(datePrecisions),
  time: time.nullable(),
  venue: z.string().nullable(),
  city: z.string().nullable(),
  countryCode: countryCode.nullable(),
  eventId: id.nullable(),
  format: z.enum(meetingFormats),
  status: z.enum(meetingStatuses),
  summary: z.string().nullable(),
  outcomes: z.string().nullable(),
  classification: z.enum(classifications),
};

export const meetingDetail = z.object({
  ...meetingColumns,
  ...editableColumns,
  event: eventRow.nullable(),
  participants: z.array(participantView),
  topics: z.array(z.object({ id, name: z.string(), slug: z.string() })),
  sources: z.array(
    z.object({
      id,
      meetingId: id,
      url: z.string().nullable(),
      title: z.string().nullable(),
      publisher: z.string().nullable(),
      publishedDate: isoDay.nullable(),
      excerpt: z.string().nullable(),
      sortOrder: z.number().int(),
    }),
  ),
  followUps: z.array(
    z.object({
      id,
      meetingId: id,
      description: z.string(),
      owner: z.string().nullable(),
      dueDate: isoDay.nullable(),
      status: z.enum(followUpStatuses),
      sortOrder: z.number().int(),
      createdAt: unixTime,
      updatedAt: unixTime,
    }),
  ),
});

export const meetingWritten = z.object({ id, version: z.number().int().positive() });
export const meetingDeleted = z.object({ id, deleted: z.literal(true) });

/** A meeting as the JSON export writes it (lib/export/json.ts). */
export const exportedMeeting = z.object({
  id,
  url: z.string().describe("The meeting's page."),
  title: z.string(),
  date: z.string().describe('The date as shown: "between 13 and 17 March 2023".'),
  startDate: isoDay,
  endDate: isoDay,
  datePrecision: z.enum(datePrecisions),
  time: time.nullable(),
  venue: z.string().nullable(),
  city: z.string().nullable(),
  countryCode: countryCode.nullable(),
  eventId: id.nullable(),
  eventName: z.string().nullable(),
  format: z.enum(meetingFormats),
  status: z.enum(meetingStatuses),
  classification: z.enum(classifications),
  summary: z.string().nullable(),
  outcomes: z.string().nullable(),
  participants: z.array(participantView.omit({ id: true, officialCountryCode: true })),
  topics: z.array(z.object({ id, name: z.string() })),
  sources: z.array(
    z.object({
      url: z.string().nullable(),
      title: z.string().nullable(),
      publisher: z.string().nullable(),
      publishedDate: isoDay.nullable(),
    }),
  ),
  followUps: z.array(
    z.object({
      description: z.string(),
      owner: z.string().nullable(),
      dueDate: isoDay.nullable(),
      status: z.enum(followUpStatuses),
    }),
  ),
  version: z.number().int().positive(),
  createdAt: z.string().describe('ISO 8601 date-time, UTC.'),
  updatedAt: z.string().describe('ISO 8601 date-time, UTC.'),
});
