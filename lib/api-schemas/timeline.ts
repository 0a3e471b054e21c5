import { z } from 'zod';
import { datePrecisions, meetingFormats, meetingStatuses } from '@/lib/domain/vocabularies';
import { timelineGroups } from '@/lib/timeline/groups';
import { bucketUnits } from '@/lib/timeline/units';
import { countryCode, id, isoDay } from './common';

/** GET /api/timeline and GET /api/timeline/tile (lib/timeline/types.ts). */

const count = z.number().int().nonnegative();

export const timelineLane = z.object({
  key: z.string().describe('The value (country code, or id as text), or "others".'),
  label: z.string(),
  title: z.string().nullable().describe('The full name when the label is an acronym.'),
  count: count.describe('Meetings in the lane: those GET /api/meetings?<query> lists.'),
  query: z.string().describe("The lane's filters as a query string."),
});

export const timelineSummaryResponse = z.object({
  group: z.enum(timelineGroups),
  mode: z
    .enum(['open', 'within', 'only'])
    .describe(
      'open: the group is not filtered (lanes and "others"); within: lanes are the values met alongside the chosen one; only: lanes are the chosen values.',
    ),
  total: count.describe('Meetings in the filtered set.'),
  first: isoDay.nullable().describe("First day of the set's meetings."),
  last: isoDay.nullable().describe("Last day of the set's meetings."),
  lanes: z.array(timelineLane),
  hiddenValues: count.describe('Values with meetings that no lane shows.'),
});

export const timelineMeeting = z.object({
  id,
  title: z.string(),
  startDate: isoDay,
  endDate: isoDay,
  datePrecision: z.enum(datePrecisions),
  time: z.string().nullable(),
  venue: z.string().nullable(),
  city: z.string().nullable(),
  countryCode: countryCode.nullable(),
  format: z.enum(meetingFormats),
  status: z.enum(meetingStatuses),
  eventId: id.nullable(),
  lanes: z.array(z.string()).describe('The lanes (keys) it belongs to.'),
  people: z
    .array(z.object({ name: z.string(), affiliation: z.string().nullable() }))
    .describe('The first participants.'),
  peopleCount: count,
});

export const timelineTileResponse = z.object({
  unit: z.enum(bucketUnits),
  start: isoDay.describe('First day, widened to a whole bucket.'),
  end: isoDay.describe('Last day, widened to a whole bucket.'),
  lanes: z.array(
    z.object({
      key: z.string(),
      buckets: z
        .array(z.object({ start: isoDay, count: count.min(1) }))
        .describe('Buckets with meetings: those overlapping each, in the filters’ dates.'),
      detailed: z.boolean().describe('True when `meetings` holds all of the lane’s meetings.'),
    }),
  ),
  meetings: z.array(timelineMeeting),
  events: z.array(z.object({ id, name: z.string(), startDate: isoDay, endDate: isoDay })),
});
