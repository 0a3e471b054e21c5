import { z } from 'zod';
import { organizationKinds } from '@/lib/domain/vocabularies';
import { countryCode, editableColumns, id, isoDay, nextCursor } from './common';

const ref = z.object({ id, name: z.string(), acronym: z.string().nullable() });

/** The title and organization of the position held on the day asked about (or the latest). */
const currentPosition = {
  title: z.string().nullable(),
  organizationId: id.nullable(),
  organizationName: z.string().nullable(),
  organizationAcronym: z.string().nullable(),
  organizationCountryCode: countryCode.nullable(),
};

export const officialSuggestion = z.object({
  id,
  displayName: z.string(),
  aliases: z.array(z.string()),
  countryCode: countryCode.nullable().describe('The state the official serves.'),
  ...currentPosition,
});

export const officialListItem = officialSuggestion.extend({
  sortName: z.string(),
  wikidataId: z.string().nullable(),
});

export const officialsResponse = z.object({
  officials: z
    .array(z.union([officialListItem, officialSuggestion]))
    .describe('With `q`: suggestions (`nextCursor` is null); without: a page of all officials.'),
  nextCursor,
});

export const officialDetail = z.object({
  id,
  displayName: z.string(),
  sortName: z.string(),
  aliases: z.array(z.string()),
  countryCode: countryCode.nullable(),
  notes: z.string().nullable(),
  wikidataId: z.string().nullable(),
  ...editableColumns,
  positions: z.array(
    z.object({
      id,
      title: z.string(),
      startDate: isoDay.nullable(),
      endDate: isoDay.nullable(),
      organizationId: id.nullable(),
      organizationName: z.string().nullable(),
      organizationAcronym: z.string().nullable(),
    }),
  ),
});

export const officialCreated = z.object({ id, organizationId: id.nullable() });

export const organizationSuggestion = z.object({
  id,
  name: z.string(),
  acronym: z.string().nullable(),
  kind: z.enum(organizationKinds),
  countryCode: countryCode.nullable(),
});

export const organizationListItem = organizationSuggestion.extend({
  parentId: id.nullable(),
  website: z.string().nullable(),
  aliases: z.array(z.string()),
});

export const organizationsResponse = z.object({
  organizations: z.array(z.union([organizationListItem, organizationSuggestion])),
  nextCursor,
});

export const organizationDetail = z.object({
  id,
  name: z.string(),
  acronym: z.string().nullable(),
  kind: z.enum(organizationKinds),
  countryCode: countryCode.nullable(),
  parentId: id.nullable(),
  website: z.string().nullable(),
  aliases: z.array(z.string()),
  ...editableColumns,
  parent: ref.nullable(),
  children: z.array(ref),
  officials: z.array(
    z.object({
      positionId: id,
      officialId: id,
      displayName: z.string(),
      countryCode: countryCode.nullable(),
      title: z.string(),
      startDate: isoDay.nullable(),
      endDate: isoDay.nullable(),
    }),
  ),
  meetingCount: z.number().int().nonnegative(),
});

export const organizationCreated = z.object({ id });

const topicRef = z.object({ id, name: z.string(), slug: z.string() });

export const topicListItem = topicRef.extend({
  parentId: id.nullable(),
  description: z.string().nullable(),
});

export const topicsResponse = z.object({
  topics: z.array(z.union([topicListItem, topicRef])),
  nextCursor,
});

export const topicDetail = topicListItem.extend({
  aliases: z.array(z.string()).describe('Other names, e.g. of topics merged into this one.'),
  ...editableColumns,
  parent: topicRef.nullable(),
  children: z.array(topicRef),
});

export const topicCreated = z.object({ id, slug: z.string() });

/** An event's own columns, as the meeting detail embeds it. */
export const eventRow = z.object({
  id,
  name: z.string(),
  startDate: isoDay,
  endDate: isoDay,
  city: z.string().nullable(),
  countryCode: countryCode.nullable(),
  venue: z.string().nullable(),
  organizerId: id.nullable(),
  description: z.string().nullable(),
  ...editableColumns,
});

export const eventListItem = z.object({
  id,
  name: z.string(),
  startDate: isoDay,
  endDate: isoDay,
  venue: z.string().nullable(),
  city: z.string().nullable(),
  countryCode: countryCode.nullable(),
  organizerId: id.nullable(),
  organizerName: z.string().nullable(),
  organizerAcronym: z.string().nullable(),
  meetingCount: z.number().int().nonnegative(),
});

export const eventsResponse = z.object({ events: z.array(eventListItem), nextCursor });

export const eventDetail = eventRow.extend({ organizer: ref.nullable() });
