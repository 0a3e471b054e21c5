import Link from 'next/link';
import { DataTable, type DataTableColumn } from '@/components/data-table';
import type { OfficialDetail } from '@/db/queries/officials';
import { formatDay } from '@/lib/dates';

type Position = OfficialDetail['positions'][number];

export interface PositionsTableProps {
  positions: Position[];
}

function span(start: string | null, end: string | null): string {
  if (!start && !end) return 'Dates not recorded';
  if (!end) return `Since ${formatDay(start)}`;
  if (!start) return `Until ${formatDay(end)}`;
  return `${formatDay(start)} – ${formatDay(end)}`;
}

const columns: DataTableColumn<Position>[] = [
  { header: 'Title', rowHeader: true, cell: (p) => p.title || 'No title recorded' },
  {
    header: 'Organization',
    cell: (p) =>
      p.organizationId ? (
        <Link href={`/organizations/${p.organizationId}`} className="link">
          {p.organizationName}
          {p.organizationAcronym ? ` (${p.organizationAcronym})` : ''}
        </Link>
      ) : (
        '—'
      ),
  },
  { header: 'Held', cell: (p) => span(p.startDate, p.endDate) },
];

/** An official's positions, newest first. */
export function PositionsTable({ positions }: PositionsTableProps) {
  return (
    <DataTable caption="Positions held" rows={positions} rowKey={(p) => p.id} columns={columns} />
  );
}
