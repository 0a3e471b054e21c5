import { scaleUtc } from 'd3-scale';
import {
  type CountableTimeInterval,
  type TimeInterval,
  utcDay,
  utcMonday,
  utcMonth,
  utcYear,
} from 'd3-time';
import { DAY_MS, formatUtc, shortMonth } from './time';
import type { TimelineView } from './view';

/** What a tick marks, which decides how its label is written. */
export type TickLevel = 'day' | 'month' | 'year';

interface TickStep {
  interval: TimeInterval;
  days: number;
  level: TickLevel;
}

const every = (interval: CountableTimeInterval, n: number): TimeInterval =>
  interval.every(n) ?? interval;

/** Tick spacings from a day to half a century, each on calendar boundaries. */
const steps: TickStep[] = [
  { interval: utcDay, days: 1, level: 'day' },
  { interval: every(utcDay, 2), days: 2, level: 'day' },
  { interval: utcMonday, days: 7, level: 'day' },
  { interval: utcMonth, days: 30.44, level: 'month' },
  { interval: every(utcMonth, 3), days: 91.31, level: 'month' },
  { interval: every(utcMonth, 6), days: 182.6, level: 'month' },
  { interval: utcYear, days: 365.25, level: 'year' },
  { interval: every(utcYear, 2), days: 730.5, level: 'year' },
  { interval: every(utcYear, 5), days: 1826, level: 'year' },
  { interval: every(utcYear, 10), days: 3652, level: 'year' },
  { interval: every(utcYear, 20), days: 7305, level: 'year' },
  { interval: every(utcYear, 50), days: 18262, level: 'year' },
];

/** A labelled tick: where it is (0–1 across the view) and what it says. */
export interface AxisTick {
  at: number;
  position: number;
  label: string;
  level: TickLevel;
}

/** The label of a tick: "13 Mar", "Mar 2023", "2023". */
export function tickLabel(ms: number, level: TickLevel): string {
  if (level === 'day') return `${new Date(ms).getUTCDate()} ${shortMonth(ms)}`;
  if (level === 'month') return formatUtc(ms, 'month', true);
  return formatUtc(ms, 'year');
}

/**
 * The axis ticks for a view `width` pixels wide: the finest calendar spacing that leaves at
 * least `minGap` pixels between labels, so labels go from years to months to days as one
 * zooms in.
 */
export function axisTicks(view: TimelineView, width: number, minGap = 88): AxisTick[] {
  const spanDays = (view.end - view.start) / DAY_MS;
  const fits = Math.max(1, Math.floor(width / minGap));
  const step = steps.find((s) => spanDays / s.days <= fits) ?? steps[steps.length - 1]!;
  const scale = scaleUtc().domain([view.start, view.end]).range([0, 1]);
  return scale.ticks(step.interval).map((d) => ({
    at: d.getTime(),
    position: scale(d),
    label: tickLabel(d.getTime(), step.level),
    level: step.level,
  }));
}
