import { z } from 'zod';
import { meetingFormats, meetingStatuses } from '@/lib/domain/vocabularies';
import * as api from '@/lib/api-schemas';
import { type FilterKey, filterKeys, sortOrders } from '@/lib/filters';
import { meetingInput } from '@/lib/validation/meeting';
import {
  eventInput,
  mergeInput,
  officialInput,
  officialRecordInput,
  organizationInput,
  topicInput,
  versioned,
} from '@/lib/validation/entities';
import { exportFiles, contentTypes } from '@/lib/export/formats';
import {
  authPaths,
  authRequestSchemas,
  authResponseSchemas,
  securitySchemes,
  withWriteSecurity,
} from '@/lib/openapi-auth';
import { timelineGroups } from '@/lib/timeline/groups';
import { bucketUnits } from '@/lib/timeline/units';
import { MAX_TILE_BUCKETS } from '@/lib/validation/timeline';

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
  TimelineSummary: api.timelineSummaryResponse,
  TimelineLane: api.timelineLane,
  TimelineTile: api.timelineTileResponse,
  TimelineMeeting: api.timelineMeeting,
  EntityWritten: api.entityWritten,
  TopicWritten: api.topicWritten,
  EntityDeleted: api.entityDeleted,
  EventCreated: api.eventCreated,
  OfficialDuplicates: api.officialDuplicates,
  OrganizationDuplicates: api.organizationDuplicates,
  ImportExtractResult: api.importExtractResult,
  ImportDraft: api.importDraft,
};

const requestSchemas = {
  MeetingInput: meetingInput,
  MeetingUpdate: versioned(meetingInput),
  OfficialInput: officialInput,
  OrganizationInput: organizationInput,
  TopicInput: topicInput,
  OfficialRecordUpdate: versioned(officialRecordInput),
  OrganizationUpdate: versioned(organizationInput),
  TopicUpdate: versioned(topicInput),
  EventInput: eventInput,
  EventUpdate: versioned(eventInput),
  MergeInput: mergeInput,
  ImportExtractInput: api.importExtractInput,
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
  names: { page: string; detail: string; input: string; created: string; writes?: Json },
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
      ...names.writes,
    },
  };
}

const conflict = {
  409: json(ref('BadRequest'), 'Someone else saved it in between: reload, then save again.'),
};

/** Replacing a record (with the version read) and deleting it (a soft delete). */
function recordWrites(what: string, update: string, written: string): Json {
  const a = /^[aeiou]/.test(what) ? `an ${what}` : `a ${what}`;
  return {
    put: {
      summary: `Replaces ${a} with its fields as given; \`version\` must be the one read`,
      parameters: [idPath(what)],
      requestBody: body(update),
      responses: { 200: json(ref(written), 'Saved.'), ...notFound, ...conflict, ...errors },
    },
    delete: {
      summary: `Deletes ${a} (soft delete: it stays where it is named and can be restored)`,
      parameters: [idPath(what)],
      responses: { 200: json(ref('EntityDeleted'), 'Deleted.'), ...notFound, ...errors },
    },
  };
}

/** POST …/merge: one record folded into another. */
function mergeOperation(what: string, moves: string, written: string): Json {
  return {
    post: {
      summary: `Merges two ${what}s: ${moves} move to \`keepId\`; the other's names become aliases and it is deleted`,
      requestBody: body('MergeInput'),
      responses: { 200: json(ref(written), 'Merged.'), ...notFound, ...conflict, ...errors },
    },
  };
}

/** GET …/duplicates: the likely duplicates of a name being typed. */
function duplicatesOperation(what: string, result: string, extra: Json[] = []): Json {
  return {
    get: {
      summary: `${what}s that may be the one being typed, likely ones first, with a score and a reason`,
      parameters: [
        query(
          'name',
          { type: 'string', maxLength: 300 },
          'The name typed (no name, no candidates).',
        ),
        ...extra,
        query('country', { type: 'string', pattern: '^[A-Za-z]{2}$' }, 'Its country, if known.'),
        query('exclude', { type: 'integer', minimum: 1 }, 'The record being edited, left out.'),
      ],
      responses: { 200: json(ref(result), 'Candidates (none is a valid answer).'), ...errors },
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

const timelineGroup = query(
  'group',
  { type: 'string', enum: [...timelineGroups], default: 'country' },
  'What the lanes stand for: one lane per country, official, organization or topic.',
);

/** The timeline (/timeline): its lanes, then its counts and meetings a stretch at a time. */
const timelinePaths = {
  '/api/timeline': {
    get: {
      summary: 'The timeline’s lanes for the filtered meetings',
      description:
        'The values of `group` with the most meetings (and an "others" lane when the group is not filtered), each with its count and the query string of its filters; the set’s total, first and last day.',
      parameters: [...filterParameters, timelineGroup],
      responses: { 200: json(ref('TimelineSummary'), 'The lanes.'), ...errors },
    },
  },
  '/api/timeline/tile': {
    get: {
      summary: 'Meetings per lane and time bucket, with the sparse lanes’ meetings',
      description: `For each lane, the number of filtered meetings whose dates overlap each bucket of \`unit\` from \`start\` to \`end\` (widened to whole buckets, at most ${MAX_TILE_BUCKETS}), and the meetings themselves for the lanes that have few enough of them.`,
      parameters: [
        ...filterParameters,
        timelineGroup,
        {
          ...query('unit', { type: 'string', enum: [...bucketUnits] }, 'The bucket size.'),
          required: true,
        },
        { ...query('start', { type: 'string', format: 'date' }, 'First day.'), required: true },
        { ...query('end', { type: 'string', format: 'date' }, 'Last day.'), required: true },
        query(
          'lanes',
          { type: 'string' },
          'The lanes’ values, comma-separated: country codes, or ids of officials, organizations or topics.',
        ),
        query(
          'others',
          { type: 'string', enum: ['true', 'false'], default: 'false' },
          'Also count the meetings of every other value, in a lane keyed "others".',
        ),
      ],
      responses: { 200: json(ref('TimelineTile'), 'One tile.'), ...errors },
    },
  },
};

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
          writes: recordWrites('official', 'OfficialRecordUpdate', 'EntityWritten'),
        },
        [
          query(
            'date',
            { type: 'string', format: 'date' },
            'Give each official the position held on this day.',
          ),
        ],
      ),
      '/api/import/extract': {
        post: {
          summary:
            'Proposes the meetings of a pasted press release or readout, as drafts to review; saves nothing (editors and admins)',
          requestBody: body('ImportExtractInput'),
          responses: { 200: json(ref('ImportExtractResult'), 'The drafts.'), ...errors },
        },
      },
      '/api/officials/merge': mergeOperation(
        'official',
        'participations and positions',
        'EntityWritten',
      ),
      '/api/officials/duplicates': duplicatesOperation('Official', 'OfficialDuplicates', [
        query(
          'date',
          { type: 'string', format: 'date' },
          'Give each candidate the position held on this day.',
        ),
      ]),
      ...entityPaths('/api/organizations', 'Organization', {
        page: 'OrganizationsPage',
        detail: 'OrganizationDetail',
        input: 'OrganizationInput',
        created: 'OrganizationCreated',
        writes: recordWrites('organization', 'OrganizationUpdate', 'EntityWritten'),
      }),
      '/api/organizations/merge': mergeOperation(
        'organization',
        'participations, positions, sub-organizations and organized events',
        'EntityWritten',
      ),
      '/api/organizations/duplicates': duplicatesOperation(
        'Organization',
        'OrganizationDuplicates',
        [query('acronym', { type: 'string', maxLength: 40 }, 'The acronym typed.')],
      ),
      ...entityPaths('/api/topics', 'Topic', {
        page: 'TopicsPage',
        detail: 'TopicDetail',
        input: 'TopicInput',
        created: 'TopicCreated',
        writes: recordWrites('topic', 'TopicUpdate', 'TopicWritten'),
      }),
      '/api/topics/merge': mergeOperation('topic', 'meetings and sub-topics', 'TopicWritten'),
      '/api/events': {
        get: {
          summary: 'Events, most recent first, a keyset page at a time',
          parameters: [limit(200, 50), cursor],
          responses: { 200: json(ref('EventsPage'), 'One page.'), ...errors },
        },
        post: {
          summary: 'Creates an event',
          requestBody: body('EventInput'),
          responses: { 201: json(ref('EventCreated'), 'Created.'), ...errors },
        },
      },
      '/api/events/{id}': {
        get: {
          summary: 'One event with its organizer',
          parameters: [idPath('event')],
          responses: { 200: json(ref('EventDetail'), 'The event.'), ...notFound, ...errors },
        },
        ...recordWrites('event', 'EventUpdate', 'EntityWritten'),
      },
      ...timelinePaths,
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
