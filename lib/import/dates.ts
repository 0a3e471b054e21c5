import * as chrono from 'chrono-node';

/** A date found in a sentence: a day or a month, optionally with the end of a range. */
export interface DateMention {
  start: number;
  end: number;
  date: string;
  endDate: string | null;
  precision: 'day' | 'month';
  /** "until 17 March", "runs through …": the date closes a period. */
  until: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function shift(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// Words chrono reads as dates that in releases are not ("the May 18 Declaration" is kept).
const NOT_DATES =
  /^(?:now|may|march|sat|sun|second|a day|the day|one day|the year|this year|last year|next year)$/i;

const TIME_OF_DAY = /^(?:later\s+)?(?:in\s+)?(?:the\s+)?(?:day|morning|afternoon|evening|night)$/i;
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December';
// "from 8 to 10 May", "10–12 October 2023", "14 and 15 February": chrono misreads some.
const DAY_RANGE = new RegExp(
  String.raw`\b(?:from\s+)?(\d{1,2})\s*(?:to|–|-|—|and|&)\s*(\d{1,2})\s+(${MONTHS})\b(?:,?\s+(\d{4}))?`,
  'g',
);

/**
 * Every date in `sentence`, resolved against the publication day `published`. Dates the text
 * gives without a year, weekdays and "today" never land after the publication day when
 * `direction` is 'past' (what happened), and never before it when 'future' (what is planned).
 */
export function findDates(
  sentence: string,
  published: string | null,
  direction: 'past' | 'future' = 'past',
): DateMention[] {
  // Without a publication day only dates that give their year can be read: "yesterday" or
  // "13 March" would depend on the day the text is pasted, and extract is deterministic.
  const ref = published ?? '2000-01-01';
  const instant = new Date(`${ref}T12:00:00Z`);
  // "the afternoon of 5 June": chrono reads the afternoon of today; blanking it keeps offsets.
  const plain = sentence.replace(/\b(?:morning|afternoon|evening|night) of (?=\d|\p{Lu})/giu, (m) =>
    ' '.repeat(m.length),
  );
  const results = chrono.parse(
    plain,
    { instant, timezone: 0 },
    { forwardDate: direction === 'future' },
  );
  const out: DateMention[] = [];
  for (const r of results) {
    const lead = sentence.slice(Math.max(0, r.index - 12), r.index);
    // "in March", "since May": the month; "May" or "march" alone is a name or a verb.
    const month =
      /^(?:march|may)$/i.test(r.text.trim()) &&
      /\b(?:in|since|until|by|from|early|late|mid-?|of|during)\s*$/i.test(lead);
    if (NOT_DATES.test(r.text.trim()) && !month) continue;
    // "later in the day", "in the afternoon": the day of what was told before, not a date.
    if (TIME_OF_DAY.test(r.text.trim())) continue;
    if (!published && !/\b\d{4}\b/.test(r.text)) continue;
    // "two days later", "a week after": counted from what came before, not from publication.
    if (/\b(?:later|after)\b/i.test(r.text)) continue;
    if (
      !r.start.isCertain('month') &&
      !r.start.isCertain('weekday') &&
      !/\b(today|yesterday|morning|afternoon|evening|tonight|week)\b/i.test(r.text)
    )
      continue;
    const before = sentence.slice(Math.max(0, r.index - 40), r.index);
    const until = /\b(?:until|till|through|to run to|ends? on|closes? on)\s*(?:on\s*)?$/i.test(
      before,
    );
    // The end of a running session may lie after the publication day: it is not moved.
    const mention = toMention(r, ref, until ? 'none' : direction);
    if (!mention) continue;
    mention.until = until;
    out.push(mention);
  }
  const ranges = withDayRanges(sentence, ref, direction, out, !published);
  return published ? withWeeks(sentence, ref, ranges) : ranges;
}

const WEEK = /\b(?:(last|past|previous)|(?:earlier )?(this))\s+week\b/gi;

/** "last week" is the Monday-to-Sunday before the publication week; "this week" runs to it. */
function withWeeks(sentence: string, ref: string, found: DateMention[]): DateMention[] {
  WEEK.lastIndex = 0;
  const weeks: DateMention[] = [];
  const weekday = (new Date(`${ref}T12:00:00Z`).getUTCDay() + 6) % 7;
  const monday = shift(ref, -weekday);
  for (let m = WEEK.exec(sentence); m; m = WEEK.exec(sentence)) {
    const [date, endDate] = m[1] ? [shift(monday, -7), shift(monday, -1)] : [monday, ref];
    weeks.push({
      start: m.index,
      end: m.index + m[0].length,
      date,
      endDate,
      precision: 'day',
      until: false,
    });
  }
  if (!weeks.length) return found;
  const kept = found.filter((f) => !weeks.some((w) => f.start < w.end && f.end > w.start));
  return [...kept, ...weeks].sort((x, y) => x.start - y.start);
}

function withDayRanges(
  sentence: string,
  ref: string,
  direction: 'past' | 'future',
  found: DateMention[],
  needYear: boolean,
): DateMention[] {
  DAY_RANGE.lastIndex = 0;
  const ranges: DateMention[] = [];
  for (let m = DAY_RANGE.exec(sentence); m; m = DAY_RANGE.exec(sentence)) {
    const month = MONTHS.split('|').indexOf(m[3]!) + 1;
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a >= b || b > 31 || (needYear && !m[4])) continue;
    let year = m[4] ? Number(m[4]) : Number(ref.slice(0, 4));
    if (!m[4] && direction === 'past' && iso(year, month, a) > ref) year--;
    if (!m[4] && direction === 'future' && iso(year, month, b) < ref) year++;
    const start = m.index;
    const end = start + m[0].length;
    ranges.push({
      start,
      end,
      date: iso(year, month, a),
      endDate: iso(year, month, b),
      precision: 'day',
      until: false,
    });
  }
  if (!ranges.length) return found;
  const kept = found.filter((f) => !ranges.some((r) => f.start < r.end && f.end > r.start));
  return [...kept, ...ranges].sort((x, y) => x.start - y.start);
}

function toMention(
  r: chrono.ParsedResult,
  ref: string,
  direction: 'past' | 'future' | 'none',
): DateMention | null {
  const s = r.start;
  const y = s.get('year');
  const m = s.get('month');
  if (y === null || m === null) return null;
  const dayKnown = s.isCertain('day') || s.isCertain('weekday') || !s.isCertain('month');
  const yearGiven = s.isCertain('year');
  let date = dayKnown ? iso(y, m, s.get('day') ?? 1) : iso(y, m, 1);
  let endDate: string | null = dayKnown ? null : iso(y, m, lastDay(y, m));
  if (r.end) {
    const ey = r.end.get('year') ?? y;
    const em = r.end.get('month') ?? m;
    endDate = iso(ey, em, r.end.get('day') ?? lastDay(ey, em));
  }
  if (!yearGiven && direction !== 'none') {
    const later = direction === 'past' ? date > ref : (endDate ?? date) < ref;
    if (later) {
      // A weekday moves by a week, a day or month without a year by a year.
      const weekday = s.isCertain('weekday') && !s.isCertain('day');
      const step = direction === 'past' ? -1 : 1;
      if (weekday) {
        date = shift(date, 7 * step);
        endDate = endDate ? shift(endDate, 7 * step) : null;
      } else {
        date = `${Number(date.slice(0, 4)) + step}${date.slice(4)}`;
        endDate = endDate ? `${Number(endDate.slice(0, 4)) + step}${endDate.slice(4)}` : null;
      }
    }
  }
  return {
    start: r.index,
    end: r.index + r.text.length,
    date,
    endDate,
    precision: dayKnown ? 'day' : 'month',
    until: false,
  };
}
