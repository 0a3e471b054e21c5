'use client';

import { useRouter } from 'next/navigation';
import type { MouseEvent } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  type XAxisTickContentProps,
  YAxis,
} from 'recharts';
import type { ChartBar, ChartSeries } from './series';
import { ChartTooltip } from './chart-tooltip';

export interface PeriodChartProps {
  bars: ChartBar[];
  series: ChartSeries[];
}

type Row = { index: number; short: string; total: number } & Record<string, number | string>;

/** The key of the topmost non-empty series of each bar, where its total is written. */
function topKeys(bars: ChartBar[], series: ChartSeries[]): Array<string | undefined> {
  return bars.map((b) => series.findLast((s) => (b.parts[s.key]?.count ?? 0) > 0)?.key);
}

type Go = (href: string | undefined) => (event?: MouseEvent) => void;

/** A period's name under its bar: opens the whole bar's meetings. */
function PeriodTick({
  bar,
  x,
  y,
  go,
}: {
  bar?: ChartBar;
  x: number | string;
  y: number | string;
  go: Go;
}) {
  if (!bar) return null;
  return (
    <a href={bar.href} tabIndex={-1} onClick={go(bar.href)}>
      <text x={Number(x)} y={Number(y) + 12} textAnchor="middle" fontSize={12} fill="#334155">
        {bar.short}
      </text>
    </a>
  );
}

/** The total written above a bar: opens the whole bar's meetings. */
function BarTotal({
  bar,
  box,
  go,
}: {
  bar?: ChartBar;
  box: { x?: unknown; y?: unknown; width?: unknown };
  go: Go;
}) {
  if (!bar) return null;
  const x = Number(box.x) + Number(box.width) / 2;
  return (
    <a href={bar.href} tabIndex={-1} onClick={go(bar.href)} data-period={bar.period}>
      <text
        x={x}
        y={Number(box.y) - 6}
        textAnchor="middle"
        fontSize={12}
        fontWeight={600}
        fill="#0f172a"
      >
        {bar.count}
      </text>
    </a>
  );
}

/**
 * Meetings per period as stacked bars (recharts). A segment opens the meetings of its part; the
 * total above a bar, and the period's name under it, open the whole bar's meetings. The SVG is
 * hidden from assistive technology: the table after it holds the same numbers and links, for
 * the keyboard and screen readers.
 */
export function PeriodChart({ bars, series }: PeriodChartProps) {
  const router = useRouter();
  const rows: Row[] = bars.map((b, index) => {
    const row: Row = { index, short: b.short, total: b.count };
    for (const s of series) row[s.key] = b.parts[s.key]?.count ?? 0;
    return row;
  });
  const tops = topKeys(bars, series);
  const go: Go = (href) => (event) => {
    event?.preventDefault();
    if (href) router.push(href);
  };
  const single = series.length === 0;
  return (
    <div aria-hidden="true" className="h-72 w-full select-none sm:h-80">
      <ResponsiveContainer
        width="100%"
        height="100%"
        initialDimension={{ width: 640, height: 300 }}
      >
        <BarChart
          data={rows}
          margin={{ top: 22, right: 4, bottom: 0, left: -18 }}
          accessibilityLayer={false}
        >
          <CartesianGrid vertical={false} stroke="#e2e8f0" />
          <XAxis
            dataKey="short"
            tickLine={false}
            axisLine={{ stroke: '#94a3b8' }}
            interval="preserveStartEnd"
            tick={(props: XAxisTickContentProps) => (
              <PeriodTick bar={bars[props.payload.index]} x={props.x} y={props.y} go={go} />
            )}
          />
          <YAxis
            allowDecimals={false}
            tickLine={false}
            axisLine={false}
            fontSize={12}
            stroke="#475569"
          />
          <Tooltip
            cursor={{ fill: '#f1f5f9' }}
            content={(p) => <ChartTooltip {...p} bars={bars} series={series} />}
            isAnimationActive={false}
          />
          {(single ? [{ key: 'total', label: 'Meetings', color: '#1e40af' }] : series).map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="period"
              fill={s.color}
              cursor="pointer"
              isAnimationActive={false}
              onClick={(item) => {
                const bar = bars[(item.payload as Row).index];
                go(single ? bar?.href : bar?.parts[s.key]?.href)();
              }}
            >
              <LabelList
                dataKey="total"
                content={(label) => {
                  const index = Number((label as { index?: number }).index);
                  const show = single || tops[index] === s.key;
                  return show ? <BarTotal bar={bars[index]} box={label} go={go} /> : null;
                }}
              />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
