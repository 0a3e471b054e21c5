import Link from 'next/link';
import { DataTable, type DataTableColumn } from '@/components/data-table';
import type { ChartBar, ChartSeries } from './series';

export interface PeriodTableProps {
  caption: string;
  /** The table's first column: "Month" or "Year". */
  unitLabel: string;
  bars: ChartBar[];
  series: ChartSeries[];
}

function CountLink({ count, href, label }: { count: number; href: string; label: string }) {
  if (!count) return <span className="text-slate-500">0</span>;
  return (
    <Link href={href} className="link" aria-label={label}>
      {count.toLocaleString('en')}
    </Link>
  );
}

const meetings = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'meeting' : 'meetings'}`;

/**
 * The chart's numbers as a table: every bar and every segment a link to the meetings it counts,
 * for the keyboard, screen readers and anyone who wants the exact figures.
 */
export function PeriodTable({ caption, unitLabel, bars, series }: PeriodTableProps) {
  const columns: DataTableColumn<ChartBar>[] = [
    { header: unitLabel, rowHeader: true, cell: (b) => b.long },
    {
      header: 'Total',
      numeric: true,
      cell: (b) => (
        <CountLink count={b.count} href={b.href} label={`${meetings(b.count)}, ${b.long}`} />
      ),
    },
    ...series.map((s): DataTableColumn<ChartBar> => ({
      header: s.label,
      numeric: true,
      cell: (b) => {
        const part = b.parts[s.key];
        return (
          <CountLink
            count={part?.count ?? 0}
            href={part?.href ?? b.href}
            label={`${s.label}: ${meetings(part?.count ?? 0)}, ${b.long}`}
          />
        );
      },
    })),
  ];
  return <DataTable caption={caption} columns={columns} rows={bars} rowKey={(b) => b.period} />;
}
