import type Database from 'better-sqlite3';
import { isoOf, yearOf } from './calendar';
import { EVENT_SERIES } from './lists/events';
import { orgKey, type RosterOrg, topicIdsOf } from './roster';
import { insertedId, type Statements } from './sql';

export interface RosterEvent {
  id: number;
  name: string;
  short: string;
  start: number;
  end: number;
  city: string;
  country: string;
  venue: string | null;
  organizer: RosterOrg | null;
  topicIds: number[];
}

/**
 * Writes the occurrences of the recurring events that overlap [from, to] (day numbers), reusing
 * an event of the same name (the seed article's CND session).
 */
export function ensureEvents(
  sqlite: Database.Database,
  st: Statements,
  opts: {
    from: number;
    to: number;
    orgByKey: Map<string, RosterOrg>;
    topicIdByName: Map<string, number>;
    createdAt: number;
  },
): RosterEvent[] {
  const rows = sqlite
    .prepare('select id, name from events where deleted_at is null order by id')
    .all() as Array<{ id: number; name: string }>;
  const existing = new Map(rows.map((r) => [r.name, r.id]));
  const out: RosterEvent[] = [];
  for (let year = yearOf(opts.from); year <= yearOf(opts.to); year++) {
    for (const series of EVENT_SERIES) {
      const at = series.occurrence(year);
      if (!at || at.end < opts.from || at.start > opts.to) continue;
      const name = series.name(year);
      const organizer = series.organizer
        ? (opts.orgByKey.get(orgKey(series.organizer)) ?? null)
        : null;
      const venue = series.venue ?? null;
      const id =
        existing.get(name) ??
        insertedId(
          st.event,
          name,
          isoOf(at.start),
          isoOf(at.end),
          at.city,
          at.country,
          venue,
          organizer?.id ?? null,
          opts.createdAt,
          opts.createdAt,
        );
      const topicIds = topicIdsOf(series.topics, opts.topicIdByName);
      out.push({ id, name, short: series.short(year), ...at, venue, organizer, topicIds });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.id - b.id);
}
