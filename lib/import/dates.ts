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
  const ref = published ?? new Date().toISOString().slice(0, 10);
  const instant = new Date(`${ref}T12:00:00Z`);
  const results = chrono.parse(
    sentence,
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
    pairedDay(sentence, mention);
    out.push(mention);
  }
  return out;
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

/** "on 14 and 15 February": chrono reads the second day only; the first opens a range. */
function pairedDay(sentence: string, mention: DateMention): void {
  const before = /(\d{1,2})\s+(?:and|&)\s+$/.exec(
    sentence.slice(Math.max(0, mention.start - 8), mention.start),
  );
  if (!before || mention.endDate || mention.precision !== 'day') return;
  const day = Number(before[1]);
  const end = Number(mention.date.slice(8, 10));
  if (day < 1 || day >= end) return;
  mention.endDate = mention.date;
  mention.date = `${mention.date.slice(0, 8)}${pad(day)}`;
  mention.start -= before[0].length;
}
