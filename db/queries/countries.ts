import type { Viewer } from '@/lib/domain/viewer';
import { and, asc, count, eq, isNotNull, isNull } from 'drizzle-orm';
import { emptyFilters } from '@/lib/filters';
import type { DbOrTx } from '../client';
import { officials } from '../schema';
import { tallyMeetings } from './aggregates';
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

/**
 * Every country that appears in the data (represented, hosting or with officials), by code.
 * The meeting counts are the `country` and `heldIn` tallies: what those filters select.
 */
export async function listCountryActivity(db: DbOrTx, viewer: Viewer): Promise<CountryActivity[]> {
  const [represented, hosted, people] = await Promise.all([
    tallyMeetings(db, viewer, emptyFilters, 'country'),
    tallyMeetings(db, viewer, emptyFilters, 'heldIn'),
    db
      .select({ code: officials.countryCode, n: count() })
      .from(officials)
      .where(and(isNull(officials.deletedAt), isNotNull(officials.countryCode)))
      .groupBy(officials.countryCode),
  ]);
  const rows = new Map<string, CountryActivity>();
  const row = (code: string) => {
    let r = rows.get(code);
    if (!r) rows.set(code, (r = { code, represented: 0, hosted: 0, officials: 0 }));
    return r;
  };
  for (const t of represented) row(t.value).represented = t.count;
  for (const t of hosted) row(t.value).hosted = t.count;
  for (const p of people) if (p.code) row(p.code).officials = p.n;
  return [...rows.values()].sort((x, y) => x.code.localeCompare(y.code));
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
