import { type SQL, sql } from 'drizzle-orm';
import { OTHERS, type TimelineGroup } from '@/lib/timeline/groups';
import { meetings } from '../schema';
import { inList } from './search/values';
import { closureCte, type TreeTable } from '../sql/tree';

/**
 * The SQL pieces of the timeline's queries (timeline.ts): where a group's values come from, and
 * which lane a row of them falls in.
 */

/**
 * The rows that tie a meeting to a value of the group: its participants' countries or officials,
 * or — for organizations and topics — every organization or topic the participant's (or the
 * meeting's) lies under, as the filters match a value's whole subtree (subtreeOf: the value
 * itself and every live one under it).
 */
export interface ValueSource {
  with: SQL;
  /** The rows' table (`participants p`), its meeting id column, and joins after it. */
  table: SQL;
  meeting: SQL;
  joins: SQL;
  value: SQL;
  /** `cross join …` of the rows to `from meetings` (the meeting first, then its rows). */
  join: SQL;
}

const closure = (table: TreeTable) => sql`with recursive ${closureCte('lane_closure', table)}`;

function source(parts: Omit<ValueSource, 'join'>): ValueSource {
  const join = sql`cross join ${parts.table} on ${parts.meeting} = ${meetings.id} ${parts.joins}`;
  return { ...parts, join };
}

export function valueSource(group: TimelineGroup): ValueSource {
  const participants = { table: sql`participants p`, meeting: sql`p.meeting_id` };
  switch (group) {
    case 'country':
      return source({ ...participants, with: sql``, joins: sql``, value: sql`p.country_code` });
    case 'official':
      return source({ ...participants, with: sql``, joins: sql``, value: sql`p.official_id` });
    case 'organization':
      return source({
        ...participants,
        with: closure('organizations'),
        joins: sql`join lane_closure lc on lc.id = p.organization_id`,
        value: sql`lc.root`,
      });
    case 'topic':
      return source({
        with: closure('topics'),
        table: sql`meeting_topics mt`,
        meeting: sql`mt.meeting_id`,
        joins: sql`join lane_closure lc on lc.id = mt.topic_id`,
        value: sql`lc.root`,
      });
  }
}

/** Lane values as the column holds them: codes for countries, numbers for ids. */
export function typedValues(
  group: TimelineGroup,
  values: readonly string[],
): Array<string | number> {
  return group === 'country' ? [...values] : values.map(Number).filter(Number.isInteger);
}

/**
 * The lane of a value row, as text: the value when it has a lane, OTHERS for any other value
 * when there is an "others" lane, else null (the row is no lane's).
 */
export function laneKey(
  source: ValueSource,
  group: TimelineGroup,
  lanes: readonly string[],
  others: boolean,
): SQL {
  const values = typedValues(group, lanes);
  const own = values.length
    ? sql`when ${source.value} in ${inList(values)} then cast(${source.value} as text)`
    : sql``;
  const rest = others ? sql`when ${source.value} is not null then ${OTHERS}` : sql``;
  return sql`case ${own} ${rest} end`;
}
