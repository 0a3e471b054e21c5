import type {
  Classification,
  DatePrecision,
  FollowUpStatus,
  MeetingFormat,
  MeetingStatus,
  ParticipantRole,
} from '@/lib/domain/vocabularies';
import { endOfMonthDay, startOfMonthDay } from './calendar';
import { HOME_COUNTRY } from './lists/countries';
import { FOLLOW_UP_OWNERS, FOLLOW_UPS, OUTCOMES, SUMMARIES } from './lists/phrases';
import { lowerTopic, sentence, sideName, titleOf } from './meeting-text';
import type { RosterEvent } from './events';
import { chance, int, pick, type Rng, Weighted } from './random';
import type { Roster, RosterOfficial, RosterOrg } from './roster';

export interface BuiltParticipant {
  /** Null for an organization logged without a named person ("UNDP attended as observer"). */
  official: RosterOfficial | null;
  org: RosterOrg | null;
  role: ParticipantRole;
  title: string | null;
  countryCode: string | null;
}

export interface BuiltMeeting {
  title: string;
  start: number;
  end: number;
  precision: DatePrecision;
  time: string | null;
  venue: string | null;
  city: string | null;
  country: string | null;
  event: RosterEvent | null;
  format: MeetingFormat;
  status: MeetingStatus;
  summary: string;
  outcomes: string | null;
  classification: Classification;
  participants: BuiltParticipant[];
  topicIds: number[];
  sources: Array<{ title: string; publisher: string; published: number }>;
  followUps: Array<{
    description: string;
    owner: string | null;
    due: number;
    status: FollowUpStatus;
  }>;
}

export interface BuildContext {
  rng: Rng;
  roster: Roster;
  today: number;
  /** First and last day meetings may take place on. */
  windowStart: number;
  horizon: number;
  eventsByDay: Map<number, RosterEvent[]>;
}

const plainFormats = new Weighted<MeetingFormat>(
  ['bilateral', 'call', 'video', 'visit', 'multilateral', 'other'],
  (f) =>
    ({ bilateral: 62, call: 11, video: 6, visit: 9, multilateral: 10, other: 2 })[f as string] ?? 0,
);
const eventFormats = new Weighted<MeetingFormat>(
  ['bilateral', 'multilateral', 'plenary', 'side_event'],
  (f) => ({ bilateral: 70, multilateral: 14, plenary: 8, side_event: 8 })[f as string] ?? 0,
);

/** The position an official held on `day`, if any. */
export function positionOn(o: RosterOfficial, day: number) {
  let found: RosterOfficial['positions'][number] | null = null;
  for (const p of o.positions) if (p.start <= day && day <= p.end) found = p;
  return found;
}

/** One plausible meeting on `day`: participants, place, date precision, texts and children. */
export function buildMeeting(ctx: BuildContext, day: number): BuiltMeeting {
  const { rng, roster, today } = ctx;
  const active = ctx.eventsByDay.get(day);
  const event = active && chance(rng, 0.7) ? pick(rng, active) : null;
  const format = (event ? eventFormats : plainFormats).pick(rng);
  const heads = pickHeads(ctx, format, event);
  const people = withMembers(ctx, heads, format);

  // Where: the event's venue, else the host side's capital or seat; calls have no place.
  const hostSide =
    format === 'visit' ? heads[1]!.side : (heads[0]!.postedTo ?? pick(rng, heads).side);
  const place = event
    ? { city: event.city, country: event.country, venue: event.venue }
    : format === 'call' || format === 'video'
      ? { city: null, country: null, venue: null }
      : placeOf(roster, hostSide, rng);

  let { precision, start, end } = dateOf(rng, day, event, format);
  // Held meetings lie wholly in the past, planned ones wholly in the future.
  if (day <= today && end > today) {
    if (precision === 'range') end = today;
    else [precision, start, end] = ['day', day, day];
  }
  if (day > today && start <= today) [precision, start, end] = ['day', day, day];
  // …and all of them within the generated window.
  if (start < ctx.windowStart || end > ctx.horizon) [precision, start, end] = ['day', day, day];
  const status: MeetingStatus =
    day > today
      ? rng() < 0.9
        ? 'planned'
        : rng() < 0.5
          ? 'postponed'
          : 'cancelled'
      : rng() < 0.97
        ? 'held'
        : rng() < 0.67
          ? 'cancelled'
          : 'postponed';

  const participants = people.map((o, i): BuiltParticipant => {
    const pos = positionOn(o, start);
    // Users sometimes log a delegation member without their organization.
    const logged = i < heads.length || !chance(rng, 0.1);
    const org = pos?.orgId && logged ? (roster.orgs.get(pos.orgId) ?? null) : null;
    const role: ParticipantRole =
      i >= heads.length ? 'member' : !event && place.city && o.side === hostSide ? 'host' : 'head';
    // DESIGN.md: a participant represents its organization's country, else the official's.
    const countryCode = org?.countryCode ?? o.countryCode;
    return { official: o, org, role, title: pos?.title ?? null, countryCode };
  });
  if ((format === 'multilateral' || format === 'side_event') && chance(rng, 0.3)) {
    const org = roster.orgs.get(Number(roster.ioOfficials.pick(rng).side.slice(3)))!;
    if (!participants.some((p) => p.org === org)) {
      participants.push({ official: null, org, role: 'observer', title: null, countryCode: null });
    }
  }

  const topicIds = pickTopics(ctx, event, participants);
  const topicNames = topicIds.map((id) => lowerTopic(roster.topics.get(id)!.name));
  const a = participants[0]!;
  const b = participants.find((p) => p.official && p.official.side !== heads[0]!.side) ?? a;
  const words: Record<string, string> = {
    a: heads[0]!.displayName,
    b: b.official?.displayName ?? heads[0]!.displayName,
    ca: sideName(a),
    cb: sideName(b),
    t1: topicNames[0]!,
    t2: topicNames[1] ?? 'other matters of mutual interest',
    city: place.city ?? capitalOf(roster, a),
    event: event?.name ?? '',
  };
  const summaryKey = status === 'planned' ? 'planned' : format;
  const held = status === 'held';
  const outcomes =
    held && chance(rng, 0.55)
      ? Array.from({ length: int(rng, 1, 2) }, () => sentence(pick(rng, OUTCOMES), words))
      : [];
  const time = precision === 'day' && chance(rng, 0.35) ? timeOf(rng) : null;
  return {
    title: titleOf(format, heads, participants, event, topicNames[0]!),
    start,
    end,
    precision,
    time,
    venue: place.venue,
    city: place.city,
    country: place.country,
    event,
    format,
    status,
    summary: sentence(pick(rng, SUMMARIES[summaryKey]), words),
    outcomes: outcomes.length ? [...new Set(outcomes)].join('\n') : null,
    classification: rng() < 0.85 ? 'public' : rng() < 0.8 ? 'internal' : 'restricted',
    participants,
    topicIds,
    sources: held && chance(rng, 0.3) ? [sourceOf(ctx, a, words.b!, end)] : [],
    followUps:
      status !== 'cancelled' && chance(rng, 0.14) ? followUpsOf(ctx, words, end, held) : [],
  };
}

function pickHeads(ctx: BuildContext, format: MeetingFormat, event: RosterEvent | null) {
  const { rng, roster } = ctx;
  const first = roster.everyone.pick(rng);
  const heads = [first];
  const sides = new Set([first.side]);
  const count =
    format === 'plenary'
      ? 1
      : format === 'multilateral'
        ? int(rng, 3, 5)
        : format === 'side_event'
          ? int(rng, 2, 4)
          : 2;
  for (let tries = 0; heads.length < count && tries < 40; tries++) {
    const next = counterpart(ctx, first, event);
    if (sides.has(next.side)) continue;
    sides.add(next.side);
    heads.push(next);
  }
  // Home-country officials come first, as the ministry that logs them writes titles.
  if (heads.length > 1 && heads[1]!.side === HOME_COUNTRY && first.side !== HOME_COUNTRY) {
    [heads[0], heads[1]] = [heads[1]!, heads[0]!];
  }
  return heads;
}

function counterpart(ctx: BuildContext, a: RosterOfficial, event: RosterEvent | null) {
  const { rng, roster } = ctx;
  const organizer = event?.organizer ? roster.bySide.get(`io:${event.organizer.id}`) : undefined;
  if (organizer && chance(rng, 0.35)) return organizer.pick(rng);
  const posted = a.postedTo ? roster.bySide.get(a.postedTo) : undefined;
  if (posted && chance(rng, 0.8)) return posted.pick(rng);
  if (a.side.startsWith('io:') || !chance(rng, 0.18)) return roster.stateOfficials.pick(rng);
  return roster.ioOfficials.pick(rng);
}

/** Sometimes a delegation brings a second member. */
function withMembers(ctx: BuildContext, heads: RosterOfficial[], format: MeetingFormat) {
  const people = [...heads];
  if (format === 'call' || format === 'plenary') return people;
  for (const head of heads.slice(0, 2)) {
    if (!chance(ctx.rng, 0.15)) continue;
    const team = ctx.roster.bySide.get(head.side);
    const member = team?.pick(ctx.rng);
    if (member && !people.includes(member)) people.push(member);
  }
  return people;
}

function dateOf(rng: Rng, day: number, event: RosterEvent | null, format: MeetingFormat) {
  if (event && format !== 'plenary' && chance(rng, 0.45)) {
    return { precision: 'range' as const, start: event.start, end: event.end };
  }
  if (!event && chance(rng, 0.06)) {
    return { precision: 'month' as const, start: startOfMonthDay(day), end: endOfMonthDay(day) };
  }
  if (!event && chance(rng, 0.05)) {
    return { precision: 'range' as const, start: day, end: day + int(rng, 1, 3) };
  }
  return { precision: 'day' as const, start: day, end: day };
}

function placeOf(roster: Roster, side: string, rng: Rng) {
  if (side.startsWith('io:')) {
    const org = roster.orgs.get(Number(side.slice(3)))!;
    return { city: org.city, country: org.country, venue: org.venue };
  }
  const c = roster.countries.get(side);
  if (!c) return { city: null, country: side, venue: null };
  const venue = chance(rng, 0.4) ? roster.orgs.get(c.mfaId)!.name : null;
  return { city: c.capital, country: c.code, venue };
}

function capitalOf(roster: Roster, p: BuiltParticipant): string {
  const c = p.countryCode ? roster.countries.get(p.countryCode) : undefined;
  return c?.capital ?? p.org?.city ?? 'Astana';
}

function pickTopics(ctx: BuildContext, event: RosterEvent | null, people: BuiltParticipant[]) {
  const { rng, roster } = ctx;
  const ioTopics = people.flatMap((p) => p.org?.topicIds ?? []);
  const pool = event?.topicIds.length
    ? event.topicIds
    : ioTopics.length && chance(rng, 0.8)
      ? ioTopics
      : roster.categories.pick(rng).topicIds;
  const wanted = int(rng, 1, 4);
  const ids = new Set<number>([pick(rng, pool)]);
  for (let tries = 0; ids.size < wanted && tries < 8; tries++) {
    ids.add(pick(rng, chance(rng, 0.5) ? pool : roster.categories.pick(rng).topicIds));
  }
  return [...ids];
}

function timeOf(rng: Rng): string {
  return `${String(int(rng, 9, 18)).padStart(2, '0')}:${chance(rng, 0.5) ? '00' : '30'}`;
}

function sourceOf(ctx: BuildContext, a: BuiltParticipant, counterpart: string, end: number) {
  const { rng, roster } = ctx;
  const home = a.countryCode ? roster.countries.get(a.countryCode) : undefined;
  const publishers = [
    home ? `Press service of the ${roster.orgs.get(home.mfaId)!.name}` : 'Reuters',
    home?.media ?? 'Reuters',
  ];
  return {
    title: `${a.official?.displayName ?? ''} meets ${counterpart}`,
    publisher: pick(rng, publishers),
    published: Math.min(end + int(rng, 0, 1), ctx.today),
  };
}

/** Follow-ups due a few weeks after the meeting: most past ones done, some overdue. */
function followUpsOf(ctx: BuildContext, words: Record<string, string>, end: number, held: boolean) {
  const { rng, today } = ctx;
  return Array.from({ length: chance(rng, 0.3) ? 2 : 1 }, () => {
    const due = end + int(rng, 14, 120);
    const r = rng();
    const status: FollowUpStatus = !held
      ? 'open'
      : due < today
        ? r < 0.65
          ? 'done'
          : r < 0.9
            ? 'open'
            : 'dropped'
        : r < 0.85
          ? 'open'
          : 'done';
    const owner = chance(rng, 0.8) ? pick(rng, FOLLOW_UP_OWNERS) : null;
    return { description: sentence(pick(rng, FOLLOW_UPS), words), owner, due, status };
  });
}
