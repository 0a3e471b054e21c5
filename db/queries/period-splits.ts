import { type SQL, sql } from 'drizzle-orm';
import { countries } from '@/lib/countries';
import type { MeetingFilters } from '@/lib/filters';
import { meetingFormats } from '@/lib/domain/vocabularies';
import { humanize } from './search/facet-labels';
import { inList } from './search/values';

/** How the dashboard's bars are split: by format, or by the participants' regions. */
export type PeriodSplit = 'format' | 'region';

/** Top-level world-countries regions ("Africa", "Americas", "Asia", …), sorted. */
const regionNames: readonly string[] = [...new Set(countries.map((c) => c.region))]
  .filter(Boolean)
  .sort();

/**
 * The filters of one format or region part. Format is single-valued, so a format the filters already exclude has
 * no meetings and no part. A region part needs "some participant from R" on top of the filters'
 * regions: exact for no region filter, for R among alternatives (a meeting with a participant
 * from R satisfies them), and for one region or all-of regions (via `all`); with several
 * alternative regions that do not include R there is no single filter state, so no part.
 */
function splitFilters(
  filters: MeetingFilters,
  split: PeriodSplit,
  value: string,
): MeetingFilters | null {
  if (split === 'format') {
    const formats = filters.format as readonly string[];
    if (formats.length && !formats.includes(value)) return null;
    return { ...filters, format: [value as MeetingFilters['format'][number]] };
  }
  const regions = filters.region;
  const lower = regions.map((r) => r.toLowerCase());
  const allOf = filters.all.includes('region');
  if (!regions.length || (!allOf && lower.includes(value.toLowerCase()))) {
    return { ...filters, region: [value] };
  }
  if (allOf || regions.length === 1) {
    return {
      ...filters,
      region: [...new Set([...regions, value])],
      all: [...new Set([...filters.all, 'region' as const])],
    };
  }
  return null;
}

/** A kind of part of every bar: which meetings it holds, and the filters that list them. */
export interface PartSpec {
  value: string;
  label: string;
  /** A test on the row of `meetings`, true for the meetings of this part. */
  test: SQL;
  /** The filters of the part within a period's filters, or null when no filter state says it. */
  filtersIn: (period: MeetingFilters) => MeetingFilters | null;
}

/** The parts of a split, in display order (colours follow it). */
export function splitParts(split: PeriodSplit): PartSpec[] {
  if (split === 'format') {
    return meetingFormats.map((value) => ({
      value,
      label: humanize(value),
      test: sql`meetings.format = ${value}`,
      filtersIn: (f) => splitFilters(f, 'format', value),
    }));
  }
  return regionNames.map((value) => {
    const codes = countries.filter((c) => c.region === value).map((c) => c.code);
    return {
      value,
      label: value,
      // `+` keeps SQLite on the (meeting_id, …) index: one seek per meeting, not per country.
      test: sql`exists (select 1 from participants p where p.meeting_id = meetings.id
        and +p.country_code in ${inList(codes)})`,
      filtersIn: (f) => splitFilters(f, 'region', value),
    };
  });
}

/** The values of a split in display order, with their labels. */
export function splitValues(split: PeriodSplit): Array<{ value: string; label: string }> {
  return splitParts(split).map(({ value, label }) => ({ value, label }));
}
