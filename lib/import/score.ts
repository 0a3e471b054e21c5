import type { DraftMeeting } from './types';

/** A meeting of a gold file (the seed's gold shape, see corpus/dev/README.md). */
export interface GoldMeeting {
  title?: string;
  date: string | null;
  date_precision: 'day' | 'month' | 'range' | null;
  city: string | null;
  country_iso2: string | null;
  format: string;
  event?: { name: string } | null;
  participants: {
    name: string;
    title?: string;
    organization?: string;
    country_iso2?: string | null;
  }[];
}

export interface GoldFile {
  published: string | null;
  event: { name: string } | null;
  meetings: GoldMeeting[];
}

/** Counts for one article; `scoreCorpus` sums them. */
export interface ArticleScore {
  countExact: boolean;
  goldMeetings: number;
  predictedMeetings: number;
  tp: number;
  fp: number;
  fn: number;
  dates: number;
  venues: number;
  formats: number;
  events: number;
  misses: string[];
}

/** Lower case, without diacritics or punctuation: "Ondřej Novák" and "ondrej novak" are one name. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıİ]/g, 'i')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .replace(/[þÞ]/g, 'th')
    .replace(/[ðÐ]/g, 'd')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();
}

const names = (m: { participants: { name: string }[] }) =>
  new Set(m.participants.map((p) => normalizeName(p.name)));

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** The gold date as the draft spells it: day, month (first day) or range (both ends). */
export function goldDate(g: GoldMeeting): { date: string | null; endDate: string | null } {
  if (!g.date) return { date: null, endDate: null };
  const [start, end] = g.date.split('/');
  if (/^\d{4}-\d{2}$/.test(start!)) return { date: `${start}-01`, endDate: null };
  return { date: start!, endDate: end ?? null };
}

function dateRight(g: GoldMeeting, p: DraftMeeting): boolean {
  const want = goldDate(g);
  if (!want.date) return p.date === null;
  if (p.date === null || p.datePrecision !== g.date_precision) return false;
  if (g.date_precision === 'month') return p.date.slice(0, 7) === want.date.slice(0, 7);
  return p.date === want.date && (p.endDate ?? null) === want.endDate;
}

const STOP = new Set(['the', 'of', 'a', 'an', 'and', 'in', 'on', 'for', 'at', 'to', 'our']);
const eventWords = (name: string) =>
  new Set(
    normalizeName(name.replace(/\bUN\b/g, 'United Nations'))
      .replace(/\b(\d+)(st|nd|rd|th)\b/g, '$1')
      .split(' ')
      .filter((w) => w && !STOP.has(w)),
  );

/** Same event: both none, or names sharing at least half the words of the shorter one. */
export function eventRight(gold: { name: string } | null, pred: { name: string } | null): boolean {
  if (!gold || !pred) return !gold && !pred;
  const a = eventWords(gold.name);
  const b = eventWords(pred.name);
  return overlap(a, b) >= Math.max(1, Math.min(a.size, b.size) / 2);
}

/** Pairs each gold meeting with the unused prediction sharing most participants. */
function pair(gold: GoldMeeting[], pred: DraftMeeting[]): (DraftMeeting | null)[] {
  const used = new Set<number>();
  return gold.map((g) => {
    let best = -1;
    let bestScore = 0;
    pred.forEach((p, i) => {
      if (used.has(i)) return;
      const shared = overlap(names(g), names(p));
      const score = shared * 10 + (dateRight(g, p) ? 2 : 0) + (p.format === g.format ? 1 : 0);
      if (shared > 0 && score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best < 0) return null;
    used.add(best);
    return pred[best]!;
  });
}

/** Scores one article's predicted meetings against its gold file. */
export function scoreArticle(gold: GoldFile, pred: DraftMeeting[]): ArticleScore {
  const pairs = pair(gold.meetings, pred);
  const s: ArticleScore = {
    countExact: gold.meetings.length === pred.length,
    goldMeetings: gold.meetings.length,
    predictedMeetings: pred.length,
    tp: 0,
    fp: pred.reduce((n, p) => n + names(p).size, 0),
    fn: gold.meetings.reduce((n, g) => n + names(g).size, 0),
    dates: 0,
    venues: 0,
    formats: 0,
    events: 0,
    misses: [],
  };
  if (!s.countExact)
    s.misses.push(`meetings: gold ${s.goldMeetings}, predicted ${s.predictedMeetings}`);
  gold.meetings.forEach((g, i) => {
    const p = pairs[i];
    const label = `#${i + 1} ${g.title ?? ''}`;
    if (!p) {
      s.misses.push(`${label}: no predicted meeting`);
      return;
    }
    const shared = overlap(names(g), names(p));
    s.tp += shared;
    s.fp -= shared;
    s.fn -= shared;
    if (shared < names(g).size || shared < names(p).size)
      s.misses.push(
        `${label}: participants gold [${g.participants.map((x) => x.name).join(', ')}], predicted [${p.participants.map((x) => x.name).join(', ')}]`,
      );
    checkFields(g, p, gold, label, s);
  });
  return s;
}

function checkFields(
  g: GoldMeeting,
  p: DraftMeeting,
  file: GoldFile,
  label: string,
  s: ArticleScore,
) {
  const want = goldDate(g);
  if (dateRight(g, p)) s.dates++;
  else
    s.misses.push(
      `${label}: date gold ${want.date}/${want.endDate} ${g.date_precision}, predicted ${p.date}/${p.endDate} ${p.datePrecision}`,
    );
  if ((g.city ?? null) === p.city && (g.country_iso2 ?? null) === p.countryCode) s.venues++;
  else
    s.misses.push(
      `${label}: venue gold ${g.city} ${g.country_iso2}, predicted ${p.city} ${p.countryCode}`,
    );
  if (g.format === p.format) s.formats++;
  else s.misses.push(`${label}: format gold ${g.format}, predicted ${p.format}`);
  const goldEvent = 'event' in g ? (g.event ?? null) : file.event;
  if (eventRight(goldEvent, p.event)) s.events++;
  else
    s.misses.push(
      `${label}: event gold ${goldEvent?.name ?? null}, predicted ${p.event?.name ?? null}`,
    );
}
