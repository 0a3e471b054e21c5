import { type SQL, sql } from 'drizzle-orm';
import { type FilterKey, matchingAll, type MeetingFilters } from '@/lib/filters';
import type { Viewer } from '@/lib/domain/viewer';
import { meetings } from '../../schema';
import { classificationScope } from '../visibility';
import { toFtsQuery } from './fts';
import { subtreeOf } from '../../sql/tree';
import { inList, regionCountryCodes } from './values';

/**
 * One condition of a filter state, in the forms the planner (planner.ts) chooses between. SQLite
 * has no statistics here and would often start from the wrong index, so each condition can be
 * written to be started from (`drive`) or only tested (`probe`), and carries a cheap count of
 * its own index entries to compare sizes with.
 */
export type Condition = RelatedCondition | ColumnCondition;

/** A condition on rows related to the meeting (participants, topics, the search index). */
export interface RelatedCondition {
  kind: 'related';
  /** `select <meeting id>` of the meetings it selects, from its own index (may repeat ids). */
  ids: SQL;
  /** Whether `ids` can repeat a meeting (several participants of one country). */
  repeats: boolean;
  /** The test for one meeting id expression, using the (value, meeting_id) index. */
  probe: (id: SQL) => SQL;
  /** A count of the index entries `ids` reads: an upper bound of the meetings selected. */
  estimate: SQL;
  /** The facet values it selects, for a cheaper estimate from the facet index (planner.ts). */
  facet?: FacetMark;
}

/** A condition's filter and values, as the facet index tallies them. */
export interface FacetMark {
  key: FilterKey;
  values: string[];
}

/** A condition on the meeting's own columns. */
export interface ColumnCondition {
  kind: 'column';
  /** Indexable form, over `meetings`. */
  drive: SQL;
  /** The same test with indexes disabled (`+column`), for rows reached another way. */
  probe: SQL;
  /** A count of the rows its index reads, or null when no index serves it. */
  estimate: SQL | null;
  facet?: FacetMark;
  /** The date range of a date condition, estimated from the facet index's start days. */
  dates?: { from?: string; to?: string };
}

const never = sql`0`;

/**
 * A condition `column in (…)` on participants or meeting_topics. As a driver it reads the
 * (column, meeting_id) index; as a probe, `+column` sends SQLite to the index that starts with
 * meeting_id (participants_meeting_cover_idx, meeting_topics' key): one seek per meeting however
 * many values the list holds, where (column, meeting_id) would take one seek per value.
 */
function related(
  table: 'participants' | 'meeting_topics',
  column: string,
  values: SQL,
): RelatedCondition {
  const t = sql.raw(table);
  const c = sql.raw(column);
  return {
    kind: 'related',
    ids: sql`select meeting_id as id from ${t} where ${c} in ${values}`,
    repeats: true,
    probe: (id) => sql`exists (select 1 from ${t} where meeting_id = ${id} and +${c} in ${values})`,
    estimate: sql`select count(*) from ${t} where ${c} in ${values}`,
  };
}

function column(name: string, values: ReadonlyArray<string | number>): ColumnCondition {
  const c = sql.raw(`"meetings"."${name}"`);
  return {
    kind: 'column',
    drive: sql`${c} in ${inList(values)}`,
    probe: sql`+${c} in ${inList(values)}`,
    estimate: sql`select count(*) from meetings where ${sql.raw(name)} in ${inList(values)}`,
  };
}

/** The condition of one facet filter (its values are alternatives), or null when not set. */
function facetCondition(key: FilterKey, filters: MeetingFilters): Condition | null {
  const values = filters[key] as ReadonlyArray<string | number>;
  if (!values.length) return null;
  const c = sqlCondition(key, filters);
  // Region names match loosely (any case, region or subregion): no tally to look them up in.
  return key === 'region' ? c : { ...c, facet: { key, values: values.map(String) } };
}

function sqlCondition(key: FilterKey, filters: MeetingFilters): Condition {
  switch (key) {
    case 'country':
      return related('participants', 'country_code', inList(filters.country));
    case 'region': {
      const codes = regionCountryCodes(filters.region);
      return codes.length
        ? related('participants', 'country_code', inList(codes))
        : { kind: 'column', drive: never, probe: never, estimate: sql`select 0` };
    }
    case 'organization':
      return related(
        'participants',
        'organization_id',
        sql`(${subtreeOf('organizations', filters.organization)})`,
      );
    case 'official':
      return related('participants', 'official_id', inList(filters.official));
    case 'topic':
      return related('meeting_topics', 'topic_id', sql`(${subtreeOf('topics', filters.topic)})`);
    case 'heldIn':
      return column('country_code', filters.heldIn);
    case 'event':
      return column('event_id', filters.event);
    case 'format':
      return column('format', filters.format);
    case 'status':
      return column('status', filters.status);
  }
}

/**
 * Overlap of the meeting's span with [from, to]: start_date <= to and end_date >= from. A meeting
 * that ends on or after `from` started at most the longest span (meetings_span_days_idx, read
 * once per statement) before it, which gives the start_date index range a lower end; and one
 * that starts on or after `from` needs no look at its end_date, so only the few that straddle
 * `from` read it (the OR stops at its first term).
 */
function dateCondition(from?: string, to?: string): ColumnCondition | null {
  if (!from && !to) return null;
  const form = (plus: string) => {
    const start = sql`${sql.raw(plus)}${meetings.startDate}`;
    const end = sql`${sql.raw(plus)}${meetings.endDate}`;
    const parts = to ? [sql`${start} <= ${to}`] : [];
    if (from) {
      const longest = sql`(select cast(max(julianday(end_date) - julianday(start_date)) as integer)
        from meetings)`;
      parts.push(sql`${start} >= date(${from}, '-' || coalesce(${longest}, 0) || ' days')`);
      parts.push(sql`(${start} >= ${from} or ${end} >= ${from})`);
    }
    return sql.join(parts, sql` and `);
  };
  // Spans are short, so the meetings starting inside the range are the bulk of the overlap.
  const estimate = sql`select count(*) from meetings where start_date between ${from ?? ''}
    and ${to ?? '9999'}`;
  return { kind: 'column', drive: form(''), probe: form('+'), estimate, dates: { from, to } };
}

function textCondition(fts: string): RelatedCondition {
  const ids = sql`select rowid as id from meetings_fts where meetings_fts match ${fts}`;
  return {
    kind: 'related',
    ids,
    repeats: false,
    // A membership test against the matches, collected once: probing FTS5 row by row with
    // `rowid = ?` costs about 0.3 ms a row.
    probe: (id) => sql`+${id} in (${ids})`,
    // Counting the matches would cost a full FTS5 evaluation just to plan; whichever condition
    // drives, the matches are collected once. Typical text (a name, a place) matches thousands.
    estimate: sql`select 10000`,
  };
}

export interface ConditionOptions {
  /** Who reads: the meetings they may not see are never in any set (visibility.ts). */
  viewer: Viewer;
  /** Leave this facet filter out (for its own counts). */
  except?: FilterKey;
  /** Leave the text out (the relevance query matches it in its join). */
  withoutText?: boolean;
}

/**
 * The viewer's classification scope as a condition, or null when they see everything. It has
 * an index (meetings_classification_idx) and an estimate, so that an unfiltered count starts
 * from that index; with any narrower filter the planner starts there and only tests the scope.
 */
function scopeCondition(viewer: Viewer): ColumnCondition | null {
  const drive = classificationScope(viewer);
  const probe = classificationScope(viewer, sql`+${meetings.classification}`);
  if (!drive || !probe) return null;
  return {
    kind: 'column',
    drive,
    probe,
    estimate: sql`select count(*) from meetings where ${drive}`,
  };
}

const ORDER: readonly FilterKey[] = [
  'country',
  'region',
  'heldIn',
  'organization',
  'official',
  'topic',
  'event',
  'format',
  'status',
];

/** Every condition of the filter state (live-ness aside: the planner adds it). */
export function conditionsOf(filters: MeetingFilters, options: ConditionOptions): Condition[] {
  const out: Condition[] = [];
  const scope = scopeCondition(options.viewer);
  if (scope) out.push(scope);
  const all = matchingAll(filters);
  for (const key of ORDER) {
    if (key === options.except) continue;
    // A filter that needs all its values is one condition per value.
    const each = all.includes(key)
      ? (filters[key] as ReadonlyArray<string | number>).map((v) => ({ ...filters, [key]: [v] }))
      : [filters];
    for (const f of each) {
      const c = facetCondition(key, f);
      if (c) out.push(c);
    }
  }
  const date = dateCondition(filters.from, filters.to);
  if (date) out.push(date);
  const fts = options.withoutText ? null : toFtsQuery(filters.q ?? '');
  if (fts) out.push(textCondition(fts));
  return out;
}
