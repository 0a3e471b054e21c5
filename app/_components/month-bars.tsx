import { format, parseISO } from 'date-fns';

export interface MonthBarsProps {
  /** Every month to show, oldest first, with its count (zero months included). */
  months: Array<{ month: string; meetings: number }>;
  label: string;
}

/** A bar per month, the number written beside each bar so nothing depends on reading it. */
export function MonthBars({ months, label }: MonthBarsProps) {
  const max = Math.max(1, ...months.map((m) => m.meetings));
  return (
    <ol aria-label={label} className="space-y-1.5 rounded-lg border border-slate-200 bg-white p-4">
      {months.map((m) => (
        <li key={m.month} className="grid grid-cols-[4.5rem_1fr_2.5rem] items-center gap-3 text-sm">
          <span className="text-slate-700">{format(parseISO(`${m.month}-01`), 'MMM yyyy')}</span>
          <span aria-hidden="true" className="h-3 rounded-sm bg-slate-100">
            <span
              className="block h-3 rounded-sm bg-blue-700"
              style={{ width: `${(m.meetings / max) * 100}%` }}
            />
          </span>
          <span className="text-right text-slate-900 tabular-nums">{m.meetings}</span>
        </li>
      ))}
    </ol>
  );
}
