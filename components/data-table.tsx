import type { ReactNode } from 'react';

export interface DataTableColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Numbers line up on the right from `md` up. */
  numeric?: boolean;
  /** The cell that names the row (a `<th scope="row">`), shown first and bold on phones. */
  rowHeader?: boolean;
  className?: string;
}

export interface DataTableProps<Row> {
  caption: string;
  columns: DataTableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
}

/**
 * A plain table from `md` up; on phones each row becomes a stacked card whose cells carry
 * their column name, so nothing scrolls sideways.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey }: DataTableProps<Row>) {
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <table className="text-sm max-md:block">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-left text-slate-700 max-md:sr-only">
          <tr>
            {columns.map((c) => (
              <th
                key={c.header}
                scope="col"
                className={`px-4 py-2.5 font-medium ${c.numeric ? 'md:text-right' : ''}`}
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 max-md:block">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="align-top max-md:block max-md:py-3">
              {columns.map((c) => {
                const className = `px-4 md:py-2.5 max-md:block ${
                  c.numeric ? 'tabular-nums md:text-right' : ''
                } ${c.className ?? ''}`;
                if (c.rowHeader) {
                  return (
                    <th key={c.header} scope="row" className={`${className} text-left font-medium`}>
                      {c.cell(row)}
                    </th>
                  );
                }
                return (
                  <td key={c.header} className={`${className} text-slate-700 max-md:mt-0.5`}>
                    <span aria-hidden="true" className="text-slate-500 md:hidden">
                      {c.header}:{' '}
                    </span>
                    {c.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
