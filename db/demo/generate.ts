import type Database from 'better-sqlite3';
import { isIsoDay } from '@/lib/dates';
import type { Db } from '../client';
import { dayOf, epochSeconds, isoOf, toDay, weekday } from './calendar';
import { COUNTRIES } from './lists/countries';
import { INTERNATIONAL_ORGANIZATIONS } from './lists/organizations';
import { ensureEvents, type RosterEvent } from './events';
import { type BuildContext, type BuiltMeeting, buildMeeting } from './meeting-builder';
import { createPeople } from './people';
import { chance, int, mulberry32, pick, type Rng, Weighted } from './random';
import {
  ensureOrganizations,
  ensureTopics,
  existingOfficials,
  orgKey,
  type Roster,
  type RosterOfficial,
} from './roster';
import { bulkLoad, prepareStatements, type Statements } from './sql';

export interface GenerateOptions {
  meetings: number;
  seed: number;
  /** ISO day that anchors "the last three years" and "the coming months"; default: today. */
  today?: string;
  /** Meetings per transaction. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  /**
   * Drop the meeting tables' secondary indexes during the load and rebuild them after: much
   * faster for large sets. Default: from BULK_THRESHOLD meetings on.
   */
  bulk?: boolean;
}

export interface GenerateResult {
  meetings: number;
  officials: number;
  events: number;
  firstMeetingId: number;
}

/** Share of meetings in the coming three months (planned), and on event days. */
const FUTURE_SHARE = 0.04;
const EVENT_SHARE = 0.14;
const HORIZON_DAYS = 90;
const BULK_THRESHOLD = 20_000;
/** Parents before children; the search index last (see prepareStatements). */
const FLUSH_ORDER = [
  'meeting',
  'participant',
  'meetingTopic',
  'source',
  'followUp',
  'fts',
] as const;

/**
 * Adds a realistic, deterministic demo set to a migrated database: about 60 countries' ministries
 * and 40 international organizations (reusing those that exist, e.g. the seed article's), about
 * 300 invented officials with position histories, recurring real events, and `meetings`
 * meetings over the three years before `today` plus planned ones in the next three months, with
 * topics, outcomes, sources and follow-ups, and their full-text index rows. The same `seed` and
 * `today` give byte-identical tables. Raw prepared statements and one transaction per chunk of
 * meetings, whose rows are the only ones held in memory: 1M meetings stay bounded in memory.
 */
export function generateDemoData(db: Db, opts: GenerateOptions): GenerateResult {
  const sqlite = db.$client;
  const todayIso = opts.today ?? new Date().toISOString().slice(0, 10);
  if (!isIsoDay(todayIso)) throw new Error(`today must be an ISO day, got ${todayIso}`);
  const today = toDay(todayIso);
  const [y, m, d] = todayIso.split('-').map(Number);
  const windowStart = dayOf(y! - 3, m!, d!);
  const horizon = today + HORIZON_DAYS;
  const st = prepareStatements(sqlite);
  // Separate streams, so that the roster does not shift when meeting logic changes.
  const rosterRng = mulberry32(opts.seed);
  const meetingRng = mulberry32(opts.seed ^ 0x5bd1e995);

  const { roster, events } = sqlite.transaction(() =>
    buildRoster(sqlite, st, rosterRng, { windowStart, today, horizon, meetings: opts.meetings }),
  )();
  const eventsByDay = new Map<number, RosterEvent[]>();
  for (const e of events) {
    for (let day = Math.max(e.start, windowStart); day <= Math.min(e.end, horizon); day++) {
      eventsByDay.set(day, [...(eventsByDay.get(day) ?? []), e]);
    }
  }
  const days = drawDays(meetingRng, opts.meetings, { windowStart, today, horizon, eventsByDay });
  const ctx: BuildContext = { rng: meetingRng, roster, today, windowStart, horizon, eventsByDay };
  const firstMeetingId =
    ((sqlite.prepare('select max(id) as id from meetings').get() as { id: number | null }).id ??
      0) + 1;
  const chunk = opts.chunkSize ?? 10_000;
  const writeChunk = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      writeMeeting(st, ctx, firstMeetingId + i, buildMeeting(ctx, days[i]!));
    }
    for (const table of FLUSH_ORDER) st[table].flush();
  });
  bulkLoad(sqlite, opts.bulk ?? opts.meetings >= BULK_THRESHOLD, () => {
    for (let from = 0; from < opts.meetings; from += chunk) {
      const to = Math.min(from + chunk, opts.meetings);
      writeChunk(from, to);
      opts.onProgress?.(to, opts.meetings);
    }
  });
  return {
    meetings: opts.meetings,
    officials: roster.officials.length,
    events: events.length,
    firstMeetingId,
  };
}

function buildRoster(
  sqlite: Database.Database,
  st: Statements,
  rng: Rng,
  w: { windowStart: number; today: number; horizon: number; meetings: number },
): { roster: Roster; events: RosterEvent[] } {
  const createdAt = epochSeconds(w.windowStart, 9);
  const { topics, topicIdByName, categories } = ensureTopics(sqlite, st, createdAt);
  const { orgs, orgByKey, countries } = ensureOrganizations(
    sqlite,
    st,
    rng,
    createdAt,
    topicIdByName,
  );
  const countryWeight = new Map(COUNTRIES.map((c) => [c.code, c.weight]));
  const ioWeight = new Map(
    INTERNATIONAL_ORGANIZATIONS.map((io) => [orgByKey.get(orgKey(io.name))!.id, io.weight]),
  );
  const weightOfSide = (side: string) =>
    side.startsWith('io:')
      ? (ioWeight.get(Number(side.slice(3))) ?? 1)
      : (countryWeight.get(side) ?? 1);
  const existing = existingOfficials(sqlite, orgs, weightOfSide);
  const invented = createPeople({
    st,
    rng,
    countries,
    orgByKey,
    existing,
    windowStart: w.windowStart,
    today: w.today,
    // Bigger sets get more department directors, so counts per official stay plausible.
    extraPerCountry: w.meetings > 2000 ? Math.round(2 * Math.log2(w.meetings / 2000)) : 0,
    createdAt,
  });
  const officials = [...existing, ...invented];
  const bySideLists = new Map<string, RosterOfficial[]>();
  for (const o of officials) bySideLists.set(o.side, [...(bySideLists.get(o.side) ?? []), o]);
  const byWeight = (list: RosterOfficial[]) => new Weighted(list, (o) => o.weight);
  const roster: Roster = {
    orgs,
    orgByKey,
    officials,
    everyone: byWeight(officials),
    stateOfficials: byWeight(officials.filter((o) => !o.side.startsWith('io:'))),
    ioOfficials: byWeight(officials.filter((o) => o.side.startsWith('io:'))),
    bySide: new Map([...bySideLists].map(([side, list]) => [side, byWeight(list)])),
    countries,
    topics,
    topicIdByName,
    categories,
  };
  const events = ensureEvents(sqlite, st, {
    from: w.windowStart,
    to: w.horizon,
    orgByKey,
    topicIdByName,
    createdAt,
  });
  return { roster, events };
}

/**
 * The meetings' days, sorted so that ids follow dates as in a database filled over time: mostly
 * working days of the last three years, a share on event days, a few in the coming months.
 */
function drawDays(
  rng: Rng,
  n: number,
  w: { windowStart: number; today: number; horizon: number; eventsByDay: Map<number, unknown> },
): Int32Array {
  const eventDays = [...w.eventsByDay.keys()].sort((a, b) => a - b);
  const days = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = rng();
    let day =
      r < FUTURE_SHARE
        ? int(rng, w.today + 1, w.horizon)
        : r < FUTURE_SHARE + EVENT_SHARE && eventDays.length
          ? pick(rng, eventDays)
          : int(rng, w.windowStart, w.today);
    const wd = weekday(day);
    if ((wd === 0 || wd === 6) && !w.eventsByDay.has(day) && chance(rng, 0.85)) {
      const moved = wd === 6 ? day - 1 : day + 1;
      const inside = moved >= w.windowStart && moved <= w.horizon;
      if (inside && moved > w.today === day > w.today) day = moved;
    }
    days[i] = day;
  }
  return days.sort();
}

function writeMeeting(st: Statements, ctx: BuildContext, id: number, m: BuiltMeeting): void {
  const { rng, today } = ctx;
  const loggedDay =
    m.start > today
      ? Math.min(today, m.start - int(rng, 7, 60))
      : Math.min(today, m.end + int(rng, 0, 3));
  const createdAt = epochSeconds(loggedDay, int(rng, 7, 18)) + int(rng, 0, 3599);
  const deleted = chance(rng, 0.002);
  const deletedAt = deleted ? createdAt + int(rng, 1, 30) * 86_400 : null;
  st.meeting.add(
    id,
    m.title,
    isoOf(m.start),
    isoOf(m.end),
    m.precision,
    m.time,
    m.venue,
    m.city,
    m.country,
    m.event?.id ?? null,
    m.format,
    m.status,
    m.summary,
    m.outcomes,
    m.classification,
    createdAt,
    deletedAt ?? createdAt,
    deleted ? 2 : 1,
    deletedAt,
  );
  m.participants.forEach((p, i) => {
    const official = p.official?.id ?? null;
    st.participant.add(id, official, p.org?.id ?? null, p.role, p.title, p.countryCode, i);
  });
  const topicIds = [...m.topicIds].sort((a, b) => a - b);
  for (const t of topicIds) st.meetingTopic.add(id, t);
  m.sources.forEach((s, i) => st.source.add(id, s.title, s.publisher, isoOf(s.published), i));
  m.followUps.forEach((f, i) => {
    st.followUp.add(id, f.description, f.owner, isoOf(f.due), f.status, i, createdAt, createdAt);
  });
  if (deleted) return;
  // The same text db/writes/search-index.ts would index (generate.test.ts checks they agree),
  // written now because rebuilding the index from the tables afterwards is much slower.
  const people = m.participants.map((p) =>
    [
      p.official?.displayName ?? '',
      p.official?.aliasText ?? '',
      p.title ?? '',
      p.org?.name ?? '',
      p.org?.acronym ?? '',
    ]
      .join(' ')
      .trim(),
  );
  st.fts.add(
    id,
    m.classification === 'restricted',
    m.title,
    m.summary,
    m.outcomes ?? '',
    `${m.venue ?? ''} ${m.city ?? ''}`.trim(),
    people.join(' ; '),
    topicIds.map((t) => ctx.roster.topics.get(t)!.name).join(' ; '),
  );
}
