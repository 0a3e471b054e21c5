import { type SQL, sql } from 'drizzle-orm';
import { countries } from '@/lib/countries';
import type { FilterKey } from '@/lib/filters';
import { meetings } from '../../schema';
import { all, deletedIds, probes, type SetPlan, setIds } from './planner';
import { closureCte, type TreeTable } from '../../sql/tree';

/**
 * Every (code, name) pair of a country and its region and subregion, as a VALUES table: the
 * region facet counts meetings per region name, once each however many of its countries met.
 */
function regionTable(): SQL {
  const pairs = countries.flatMap((c) =>
    [c.region, c.subregion].filter(Boolean).map((name) => sql`(${c.code}, ${name})`),
  );
  return sql`region_of(code, name) as (values ${sql.join(pairs, sql`, `)})`;
}

/**
 * (root, id) for every organization or topic and every live one under it: the facet counts a
 * meeting for a value when it matches the value's subtree, as the filter does (subtreeOf).
 */
const closure = (table: TreeTable) => closureCte('closure', table);

const meetingColumn: Partial<Record<FilterKey, string>> = {
  heldIn: 'country_code',
  event: 'event_id',
  format: 'format',
  status: 'status',
};

/**
 * What a related facet groups: its CTE, its table (joined to a meeting id `s.id`), further joins,
 * and the value. `count(distinct meeting)` throughout: a meeting with two Kazakh participants
 * counts once.
 */
interface RelatedSource {
  with: SQL;
  table: SQL;
  joins: SQL;
  value: SQL;
  meeting: SQL;
}

function relatedSource(key: FilterKey): RelatedSource {
  const participants = { table: sql`participants p`, meeting: sql`p.meeting_id` };
  switch (key) {
    case 'region':
      return {
        ...participants,
        with: sql`with ${regionTable()}`,
        joins: sql`join region_of r on r.code = p.country_code`,
        value: sql`r.name`,
      };
    case 'organization':
      return {
        ...participants,
        with: sql`with recursive ${closure('organizations')}`,
        joins: sql`join closure on closure.id = p.organization_id`,
        value: sql`closure.root`,
      };
    case 'topic':
      return {
        with: sql`with recursive ${closure('topics')}`,
        table: sql`meeting_topics mt`,
        joins: sql`join closure on closure.id = mt.topic_id`,
        value: sql`closure.root`,
        meeting: sql`mt.meeting_id`,
      };
    case 'official':
      return { ...participants, with: sql``, joins: sql``, value: sql`p.official_id` };
    default:
      return { ...participants, with: sql``, joins: sql``, value: sql`p.country_code` };
  }
}

/** A facet's counts over a set: `value, count` rows, deleted meetings included, and those to take off. */
export interface FacetStatement {
  key: FilterKey;
  /** Counts per value over the set, deleted meetings included. */
  all: SQL;
  /** Counts per value over the set's deleted meetings, to subtract. */
  deleted: SQL;
}

/**
 * The facet's statements over the set `plan` selects. With no condition at all they read only
 * covering indexes (participants(country_code, meeting_id) and the like); otherwise they join the
 * facet's rows to the set's ids, the set coming first (CROSS JOIN).
 */
export function facetStatement(key: FilterKey, plan: SetPlan): FacetStatement {
  const conditions = plan.driver ? [plan.driver, ...plan.rest] : plan.rest;
  const deleted = deletedIds(conditions);
  const column = meetingColumn[key];
  if (column) {
    const c = sql.raw(`"meetings"."${column}"`);
    const group = (from: SQL, where: SQL) =>
      sql`select ${c} as value, count(*) as count from ${from}
        where ${where} and ${c} is not null group by ${c}`;
    let allRows: SQL;
    if (!conditions.length) allRows = group(sql`${meetings}`, sql`1`);
    else if (!plan.driver || plan.driver.kind === 'column') {
      const driver = plan.driver?.kind === 'column' ? [plan.driver.drive] : [];
      allRows = group(sql`${meetings}`, all([...driver, ...probes(plan.rest)]));
    } else {
      allRows = group(
        sql`(${setIds(plan)}) s cross join ${meetings} on ${meetings.id} = s.id`,
        sql`1`,
      );
    }
    return {
      key,
      all: allRows,
      deleted: group(sql`(${deleted}) s cross join ${meetings} on ${meetings.id} = s.id`, sql`1`),
    };
  }
  const src = relatedSource(key);
  const over = (ids: SQL) => sql`${src.with} select ${src.value} as value,
    count(distinct ${src.meeting}) as count
    from (${ids}) s cross join ${src.table} on ${src.meeting} = s.id ${src.joins}
    where ${src.value} is not null group by ${src.value}`;
  const allRows = conditions.length
    ? over(setIds(plan))
    : sql`${src.with} select value, count(*) as count from (
        select distinct ${src.value} as value, ${src.meeting} from ${src.table} ${src.joins}
        where ${src.value} is not null) group by value`;
  return { key, all: allRows, deleted: over(deleted) };
}
