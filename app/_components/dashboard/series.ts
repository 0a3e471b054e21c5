/** One stacked series of the meetings-per-period chart: a format or a region. */
export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

/** One bar: a period's count and link, and each series' part of it. */
export interface ChartBar {
  period: string;
  /** "Mar" under the bar; "March 2023" in the tooltip and the table. */
  short: string;
  long: string;
  count: number;
  href: string;
  parts: Record<string, { count: number; href: string }>;
}

/**
 * Tableau's 10-colour palette, told apart by most colour-blind readers; the table beside the
 * chart names every number, so nothing depends on the colour alone.
 */
const palette = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#76b7b2',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

/** Series in a fixed order, each with a colour that stays the same from period to period. */
export function seriesOf(values: ReadonlyArray<{ value: string; label: string }>): ChartSeries[] {
  return values.map((v, i) => ({
    key: v.value,
    label: v.label,
    color: palette[i % palette.length]!,
  }));
}
