import { z } from 'zod';
import { meetingFormats, meetingStatuses } from '@/db/schema';
import * as api from '@/lib/api-schemas';
import { type FilterKey, filterKeys, sortOrders } from '@/lib/filters';
import { meetingInput, meetingUpdateInput } from '@/lib/validation/meeting';
import { officialInput, organizationInput, topicInput } from '@/lib/validation/entities';
import { exportFiles, contentTypes } from '@/lib/export/formats';
import {
  authPaths,
  authRequestSchemas,
  authResponseSchemas,
  securitySchemes,
  withWriteSecurity,
} from '@/lib/openapi-auth';

/**
 * The OpenAPI 3.1 document of /api, built from the zod schemas the handlers use: request bodies
 * from lib/validation (input side), responses from lib/api-schemas (output side), the filter
 * parameters from lib/filters.ts's meanings. Nothing here is written twice.
 */

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Component schemas from zod, with the per-schema `$schema`/`$id` dropped (the document has one). */
function components(schemas: Record<string, z.ZodType>, io: 'input' | 'output'): Json {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: out } = z.toJSONSchema(registry, {
    io,
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  });
  return Object.fromEntries(
    Object.entries(out).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema]),
  );
}

const responseSchemas = {
  Error: api.errorResponse,
  BadRequest: api.badRequestResponse,
  MeetingSearchResult: api.meetingSearchResponse,
  MeetingListItem: api.meetingListItem,
  Participant: api.participantView,
  Facets: api.facetsResponse,
  FacetValue: api.facetValue,
  MeetingDetail: api.meetingDetail,
  MeetingWritten: api.meetingWritten,
  MeetingDeleted: api.meetingDeleted,
  ExportedMeeting: api.exportedMeeting,
  OfficialsPage: api.officialsResponse,
  OfficialListItem: api.officialListItem,
  OfficialSuggestion: api.officialSuggestion,
  OfficialDetail: api.officialDetail,
  OfficialCreated: api.officialCreated,
  OrganizationsPage: api.organizationsResponse,
  OrganizationListItem: api.organizationListItem,
  OrganizationSuggestion: api.organizationSuggestion,
  OrganizationDetail: api.organizationDetail,
  OrganizationCreated: api.organizationCreated,
  TopicsPage: api.topicsResponse,
  TopicDetail: api.topicDetail,
  TopicCreated: api.topicCreated,
  EventsPage: api.eventsResponse,
  EventRow: api.eventRow,
  EventDetail: api.eventDetail,
};

const requestSchemas = {
  MeetingInput: meetingInput,
  MeetingUpdate: z.intersection(meetingInput, meetingUpdateInput),
  OfficialInput: officialInput,
  OrganizationInput: organizationInput,
  TopicInput: topicInput,
};

/** What each filter means (DESIGN.md, lib/filters.ts): one meaning for pages, API and exports. */
const filterMeaning: Record<FilterKey, { text: string; items: Json }> = {
  country: {
    text: 'Some participant represents one of these countries (the organization’s country, else the official’s).',
    items: { type: 'string', pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2' },
  },
  heldIn: {
    text: 'The venue’s country is one of these.',
    items: { type: 'string', pattern: '^[A-Za-z]{2}$' },
  },
  region: {
    text: 'Some participant represents a country of one of these regions or subregions ("Europe", "Central Asia").',
    items: { type: 'string', minLength: 1, maxLength: 80 },
  },
  organization: {
    text: 'Some participant belongs to one of these organizations or one under it.',
    items: { type: 'integer', minimum: 1 },
  },
  official: { text: 'One of these officials took part.', items: { type: 'integer', minimum: 1 } },
  topic: {
    text: 'The meeting is on one of these topics or a topic under it.',
    items: { type: 'integer', minimum: 1 },
  },
  event: {
    text: 'The meeting belongs to one of these events.',
    items: { type: 'integer', minimum: 1 },
  },
  format: { text: 'One of these formats.', items: { type: 'string', enum: [...meetingFormats] } },
  status: { text: 'One of these statuses.', items: { type: 'string', enum: [...meetingStatuses] } },
};

const query = (name: string, schema: Json, description: string) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

const filterParameters = [
  ...Object.entries(filterMeaning).map(([name, { text, items }]) => ({
    ...query(
      name,
      { type: 'array', items },
      `${text} Repeat the parameter or separate values with commas; values are alternatives (OR), different filters must all hold (AND).`,
    ),
    style: 'form',
    explode: true,
  })),
  query(
    'from',
    { type: 'string', format: 'date' },
    'The meeting’s date span ends on or after this day.',
  ),
  query(
    'to',
    { type: 'string', format: 'date' },
    'The meeting’s date span starts on or before this day.',
  ),
  query(
    'q',
    { type: 'string', maxLength: 500 },
    'Full-text search over title, summary, outcomes, venue, participants and topics (prefix, case- and accent-insensitive).',
  ),
  query(
    'sort',
    { type: 'string', enum: [...sortOrders] },
    'Order: newest first by default, relevance by default with `q`.',
  ),
  {
    ...query(
      'all',
      { type: 'array', items: { type: 'string', enum: [...filterKeys] } },
      'Filters whose values must all hold instead of any: `official=1&official=2&all=official` selects the meetings both took part in.',
    ),
    style: 'form',
    explode: true,
  },
];

const limit = (max: number, fallback: number) =>
  query('limit', { type: 'integer', minimum: 1, maximum: max, default: fallback }, 'Page size.');
const cursor = query('cursor', { type: 'string' }, 'The `nextCursor` of the previous page.');
const idPath = (what: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `The ${what}'s id.`,
  schema: { type: 'integer', minimum: 1 },
});

const json = (schema: Json, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const errors = {
  400: json(ref('BadRequest'), 'A bad parameter or field, named in `fieldErrors`.'),
  500: json(ref('Error'), 'Something unexpected; no internals are disclosed.'),
};
const notFound = { 404: json(ref('Error'), 'No such record (or it was deleted).') };
const body = (name: string) => ({
  required: true,
  content: { 'application/json': { schema: ref(name) } },
});

/** A type-ahead-or-list endpoint of an entity, with its detail and create operations. */
function entityPaths(
  path: string,
  what: string,
  names: { page: string; detail: string; input: string; created: string },
  extra: Json[] = [],
) {
  return {
    [path]: {
      get: {
        summary: `${what}s: a type-ahead search with \`q\`, else all of them, a keyset page at a time`,
        parameters: [
          query('q', { type: 'string', maxLength: 200 }, 'Words to search for.'),
          ...extra,
          query(
            'limit',
            { type: 'integer', minimum: 1, maximum: 200 },
            'Page size: 10 by default with `q` (at most 50), else 50.',
          ),
          query(
            'cursor',
            { type: 'string' },
            'The `nextCursor` of the previous page (not with `q`).',
          ),
        ],
        responses: { 200: json(ref(names.page), `${what}s.`), ...errors },
      },
      post: {
        summary: `Creates a ${what.toLowerCase()}`,
        requestBody: body(names.input),
        responses: { 201: json(ref(names.created), 'Created.'), ...errors },
      },
    },
    [`${path}/{id}`]: {
      get: {
        summary: `One ${what.toLowerCase()}`,
        parameters: [idPath(what.toLowerCase())],
        responses: { 200: json(ref(names.detail), what), ...notFound, ...errors },
      },
    },
  };
}

const exportDescriptions: Record<(typeof exportFiles)[number], string> = {
  'meetings.csv': 'CSV, one row per meeting (UTF-8 with BOM, CRLF, quoted cells).',
  'meetings-long.csv': 'CSV, one row per participant.',
  'meetings.json': 'JSON array of meetings.',
  'meetings.ics': 'iCalendar: one VEVENT per meeting.',
  'popolo.json': 'Popolo JSON: events, persons, organizations and memberships.',
};

function exportContent(file: (typeof exportFiles)[number]): Json {
  const type = contentTypes[file].split(';')[0] ?? contentTypes[file];
  if (file === 'meetings.json')
    return { [type]: { schema: { type: 'array', items: ref('ExportedMeeting') } } };
  if (file === 'popolo.json') {
    const list = { type: 'array', items: { type: 'object' } };
    return {
      [type]: {
        schema: {
          type: 'object',
          required: ['events', 'persons', 'organizations', 'memberships'],
          properties: { events: list, persons: list, organizations: list, memberships: list },
        },
      },
    };
  }
  return { [type]: { schema: { type: 'string' } } };
}

const exportPaths = Object.fromEntries(
  exportFiles.map((file) => [
    `/api/exports/${file}`,
    {
      get: {
        summary: `Export: ${exportDescriptions[file]}`,
        description:
          'Exactly the meetings GET /api/meetings lists for the same filters, in the same order, streamed.',
        parameters: filterParameters,
        responses: {
          200: { description: 'The file, as an attachment.', content: exportContent(file) },
          ...errors,
        },
      },
    },
  ]),
);

/** The OpenAPI 3.1 document served at /api/openapi.json. */
export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parley API',
      version: '1.0.0',
      description:
        'Diplomatic meetings: the filtered list of /meetings with its facets, the people, organizations, topics and events, exports and a calendar feed. Unknown or bad parameters get a 400 naming each one.',
    },
    paths: withWriteSecurity({
      ...authPaths,
      '/api/meetings': {
        get: {
          summary: 'Meetings matching the filters, in the list’s order',
          parameters: [
            ...filterParameters,
            limit(200, 50),
            query('page', { type: 'integer', minimum: 1 }, '1-based page (not with `cursor`).'),
            cursor,
          ],
          responses: { 200: json(ref('MeetingSearchResult'), 'One page.'), ...errors },
        },
        post: {
          summary: 'Logs a meeting',
          requestBody: body('MeetingInput'),
          responses: { 201: json(ref('MeetingWritten'), 'Created.'), ...errors },
        },
      },
      '/api/meetings/{id}': {
        parameters: [idPath('meeting')],
        get: {
          summary: 'One meeting with participants, topics, sources and follow-ups',
          responses: { 200: json(ref('MeetingDetail'), 'The meeting.'), ...notFound, ...errors },
        },
        put: {
          summary: 'Replaces a meeting; `version` must be the one read',
          requestBody: body('MeetingUpdate'),
          responses: {
            200: json(ref('MeetingWritten'), 'Saved.'),
            ...notFound,
            409: json(ref('Conflict'), 'Someone else saved the meeting in between.'),
            ...errors,
          },
        },
        delete: {
          summary: 'Deletes a meeting (soft delete)',
          responses: { 200: json(ref('MeetingDeleted'), 'Deleted.'), ...notFound, ...errors },
        },
      },
      '/api/facets': {
        get: {
          summary: 'For each filter, its values with counts under the other active filters',
          parameters: filterParameters,
          responses: { 200: json(ref('Facets'), 'Facet counts.'), ...errors },
        },
      },
      ...entityPaths(
        '/api/officials',
        'Official',
        {
          page: 'OfficialsPage',
          detail: 'OfficialDetail',
          input: 'OfficialInput',
          created: 'OfficialCreated',
        },
        [
          query(
            'date',
            { type: 'string', format: 'date' },
            'Give each official the position held on this day.',
          ),
        ],
      ),
      ...entityPaths('/api/organizations', 'Organization', {
        page: 'OrganizationsPage',
        detail: 'OrganizationDetail',
        input: 'OrganizationInput',
        created: 'OrganizationCreated',
      }),
      ...entityPaths('/api/topics', 'Topic', {
        page: 'TopicsPage',
        detail: 'TopicDetail',
        input: 'TopicInput',
        created: 'TopicCreated',
      }),
      '/api/events': {
        get: {
          summary: 'Events, most recent first, a keyset page at a time',
          parameters: [limit(200, 50), cursor],
          responses: { 200: json(ref('EventsPage'), 'One page.'), ...errors },
        },
      },
      '/api/events/{id}': {
        get: {
          summary: 'One event with its organizer',
          parameters: [idPath('event')],
          responses: { 200: json(ref('EventDetail'), 'The event.'), ...notFound, ...errors },
        },
      },
      ...exportPaths,
      '/api/feeds/meetings.ics': {
        get: {
          summary: 'Subscribable calendar of the meetings matching the filters',
          description:
            'The same content as /api/exports/meetings.ics, served inline and cacheable: subscribe to this URL with the filters in its query string.',
          parameters: filterParameters,
          responses: {
            200: {
              description: 'iCalendar.',
              content: { 'text/calendar': { schema: { type: 'string' } } },
            },
            ...errors,
          },
        },
      },
      '/api/openapi.json': {
        get: {
          summary: 'This document',
          responses: { 200: json({ type: 'object' }, 'OpenAPI 3.1.') },
        },
      },
    }),
    components: {
      schemas: {
        ...components({ ...responseSchemas, ...authResponseSchemas }, 'output'),
        ...components({ ...requestSchemas, ...authRequestSchemas }, 'input'),
      },
      securitySchemes,
    },
  };
}
