import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { Viewer } from '@/lib/auth/roles';
import { visibleMeetingAs } from './visibility';
import type { DbOrTx } from '../client';
import { officials } from '../schema';
import { type PageRequest, resolvePage } from './paging';
import { positionsOn } from './officials';

export interface CountryActivity {
  code: string;
  /** Live meetings in which some participant represented the country. */
  represented: number;
  /** Live meetings held in the country. */
  hosted: number;
  /** Live officials serving the country. */
  officials: number;
}

/** Every country that appears in the data (represented, hosting or with officials), by code. */
export async function listCountryActivity(db: DbOrTx, viewer: Viewer): Promise<CountryActivity[]> {
  return db.all<CountryActivity>(sql`
    select code, sum(represented) as represented, sum(hosted) as hosted,
      sum(officials) as officials
    from (
      select p.country_code as code, count(distinct p.meeting_id) as represented,
        0 as hosted, 0 as officials
      from participants p join meetings m on m.id = p.meeting_id
      where p.country_code is not null and ${visibleMeetingAs(viewer, 'm')}
      group by p.country_code
      union all
      select country_code, 0, count(*), 0 from meetings
      where country_code is not null and ${visibleMeetingAs(viewer, 'meetings')}
      group by country_code
      union all
      select country_code, 0, 0, count(*) from officials
      where country_code is not null and deleted_at is null
      group by country_code
    )
    group by code
    order by code`);
}

/** The activity figures of one country (zeros when it appears nowhere). */
export async function getCountryActivity(
  db: DbOrTx,
  viewer: Viewer,
  code: string,
): Promise<CountryActivity> {
  const [row] = await db.all<CountryActivity>(sql`
    select ${code} as code,
      (select count(distinct p.meeting_id) from participants p
        join meetings m on m.id = p.meeting_id
        where p.country_code = ${code} and ${visibleMeetingAs(viewer, 'm')}) as represented,
      (select count(*) from meetings
        where country_code = ${code} and ${visibleMeetingAs(viewer, 'meetings')})
        as hosted,
      (select count(*) from officials where country_code = ${code} and deleted_at is null)
        as officials`);
  return row ?? { code, represented: 0, hosted: 0, officials: 0 };
}

/** One page of the live officials serving a country, by sort name, with their current post. */
export async function listOfficialsOfCountry(
  db: DbOrTx,
  code: string,
  today: string,
  request: PageRequest,
) {
  const where = and(eq(officials.countryCode, code), isNull(officials.deletedAt));
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(officials)
    .where(where);
  const { offset, ...info } = resolvePage(total, request);
  const rows = await db
    .select({ id: officials.id, displayName: officials.displayName })
    .from(officials)
    .where(where)
    .orderBy(asc(officials.sortName), asc(officials.id))
    .limit(info.pageSize)
    .offset(offset);
  const current = await positionsOn(
    db,
    rows.map((r) => r.id),
    today,
  );
  return {
    ...info,
    officials: rows.map((r) => ({ ...r, position: current.get(r.id) ?? null })),
  };
}
