import { addDays, differenceInCalendarDays, parseISO, startOfQuarter, subMonths } from 'date-fns';
import { formatIsoDay, isoOfDate } from './calendar';
import { isIsoDay } from './dates';

/**
 * The dashboard's period picker: a choice in the URL (`period=this-quarter`, `last-12-months`,
 * a year such as `2023`, or `custom` with `from` and `to`) becomes a span of days and the
 * previous span of equal length that its figures are compared with.
 */
export type PeriodChoice = 'this-quarter' | 'last-12-months' | 'custom' | `${number}`;

export const DEFAULT_PERIOD: PeriodChoice = 'last-12-months';

export interface DaySpan {
  /** ISO days, both included. */
  from: string;
  to: string;
}

export interface Period extends DaySpan {
  choice: PeriodChoice;
  /** "Last 12 months", "This quarter", "2023", "Custom dates". */
  name: string;
  /** The span written out: "1 Dec 2025 – 29 Nov 2026". */
  label: string;
  /** The span the change is measured against, with its label. */
  previous: DaySpan & { label: string };
}

const iso = isoOfDate;
const YEAR = /^\d{4}$/;

/** "1 Oct – 29 Nov 2026", "13 Mar 2023", "1 Dec 2025 – 29 Nov 2026", or "2023" for a whole year. */
export function formatSpan({ from, to }: DaySpan): string {
  if (from === to) return formatIsoDay(from, 'd MMM yyyy');
  if (from.endsWith('-01-01') && to === `${from.slice(0, 4)}-12-31`) return from.slice(0, 4);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${formatIsoDay(from, sameYear ? 'd MMM' : 'd MMM yyyy')} – ${formatIsoDay(to, 'd MMM yyyy')}`;
}

/**
 * The span before `span` to compare it with. Calendar choices step back whole months (this
 * quarter to date against the same days of the last quarter, a year against the year before,
 * the last 12 months against the 12 before); custom dates against the same number of days
 * just before them.
 */
export function previousSpan(span: DaySpan, months: number | null): DaySpan {
  if (months) {
    return {
      from: iso(subMonths(parseISO(span.from), months)),
      to: iso(subMonths(parseISO(span.to), months)),
    };
  }
  const days = differenceInCalendarDays(parseISO(span.to), parseISO(span.from)) + 1;
  return {
    from: iso(addDays(parseISO(span.from), -days)),
    to: iso(addDays(parseISO(span.from), -1)),
  };
}

function period(choice: PeriodChoice, name: string, span: DaySpan, months: number | null): Period {
  const previous = previousSpan(span, months);
  return {
    choice,
    name,
    ...span,
    label: formatSpan(span),
    previous: { ...previous, label: formatSpan(previous) },
  };
}

/** Custom dates, completed when one end is missing or bad; null when neither is usable. */
function customSpan(from: string | null, to: string | null, today: string): DaySpan | null {
  const f = from && isIsoDay(from) ? from : null;
  const t = to && isIsoDay(to) ? to : null;
  if (f && t) return f <= t ? { from: f, to: t } : { from: t, to: f };
  if (f) return { from: f, to: f <= today ? today : f };
  if (t) return { from: iso(addDays(subMonths(parseISO(t), 12), 1)), to: t };
  return null;
}

/**
 * The period a URL asks for, read leniently (an unknown choice is the default): `today` cuts a
 * current quarter or year short, so that a period never counts days still to come.
 */
export function readPeriod(params: URLSearchParams, today: string): Period {
  const raw = params.get('period')?.trim() ?? '';
  const now = parseISO(today);
  if (raw === 'this-quarter') {
    return period(raw, 'This quarter', { from: iso(startOfQuarter(now)), to: today }, 3);
  }
  if (YEAR.test(raw) && raw >= '1900' && raw <= today.slice(0, 4)) {
    const end = `${raw}-12-31`;
    const span = { from: `${raw}-01-01`, to: end < today ? end : today };
    return period(raw as PeriodChoice, raw, span, 12);
  }
  const from = iso(subMonths(parseISO(`${today.slice(0, 7)}-01`), 11));
  const twelve = { from, to: today };
  if (raw === 'custom' || (!raw && (params.get('from') || params.get('to')))) {
    // Custom without usable dates starts from the last 12 months, with the date fields shown.
    const span = customSpan(params.get('from'), params.get('to'), today);
    if (span || raw === 'custom') return period('custom', 'Custom dates', span ?? twelve, null);
  }
  return period('last-12-months', 'Last 12 months', twelve, 12);
}

/** The URL parameters of a period: `period`, and `from`/`to` for custom dates. */
export function periodParams(p: Pick<Period, 'choice' | 'from' | 'to'>): URLSearchParams {
  const params = new URLSearchParams();
  if (p.choice !== DEFAULT_PERIOD) params.set('period', p.choice);
  if (p.choice === 'custom') {
    params.set('from', p.from);
    params.set('to', p.to);
  }
  return params;
}

/** The choices the picker offers: the presets, every year from `firstYear` to today's, custom. */
export function periodOptions(
  today: string,
  firstYear: number,
): Array<{ value: PeriodChoice; label: string }> {
  const current = Number(today.slice(0, 4));
  const years: Array<{ value: PeriodChoice; label: string }> = [];
  for (let y = current; y >= Math.min(firstYear, current); y--) {
    years.push({ value: `${y}`, label: y === current ? `${y} to date` : `${y}` });
  }
  return [
    { value: 'this-quarter', label: 'This quarter' },
    { value: 'last-12-months', label: 'Last 12 months' },
    ...years,
    { value: 'custom', label: 'Custom dates' },
  ];
}

export interface Change {
  /** current − previous. */
  delta: number;
  /** Relative change (0.25 = +25%), or null when the previous figure was 0. */
  ratio: number | null;
}

/** How a figure moved against the previous period. */
export function change(current: number, previous: number): Change {
  return { delta: current - previous, ratio: previous ? (current - previous) / previous : null };
}

/** "+25%", "−10%", "no change", "new" (from nothing), for a change. */
export function formatChange({ delta, ratio }: Change): string {
  if (delta === 0) return 'no change';
  if (ratio === null) return 'new';
  const pct = Math.round(Math.abs(ratio) * 100);
  return `${delta > 0 ? '+' : '−'}${pct < 1 ? '<1' : pct}%`;
}

/** Months when a span covers at most three years, else years: a bar chart stays readable. */
export function chartUnit({ from, to }: DaySpan): 'month' | 'year' {
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(to.slice(5, 7)) -
    Number(from.slice(5, 7)) +
    1;
  return months > 36 ? 'year' : 'month';
}
