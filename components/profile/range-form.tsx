import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { controlClasses } from '@/components/ui/field';
import type { MeetingFilters } from '@/lib/filters';
import { formatDay } from '@/lib/dates';
import type { ProfileRange } from '@/lib/profile-range';
import { meetingsHref } from '@/lib/url-state';

export interface RangeFormProps {
  /** The page the form reloads (GET). */
  action: string;
  range: ProfileRange;
  /** The profile's whole filter state: the workbench link opens exactly these meetings. */
  filters: MeetingFilters;
  /** Other query parameters to keep (e.g. the open tab). */
  keep?: Record<string, string>;
}

/** "All dates", "Since 1 March 2023", "13 March 2023 – 17 March 2023". */
export function rangeLabel({ from, to }: Pick<ProfileRange, 'from' | 'to'>): string {
  if (from && to) return `${formatDay(from)} – ${formatDay(to)}`;
  if (from) return `Since ${formatDay(from)}`;
  if (to) return `Until ${formatDay(to)}`;
  return 'All dates';
}

/**
 * The date range a profile is shown for, as a plain GET form (works without JavaScript, and
 * the URL can be shared), with a way back to all dates and the same meetings in the research
 * workbench.
 */
export function RangeForm({ action, range, filters, keep = {} }: RangeFormProps) {
  const active = Boolean(range.from || range.to);
  const clear = new URLSearchParams(keep).toString();
  return (
    <form
      method="get"
      action={action}
      aria-label="Date range"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      {Object.entries(keep).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div>
        <label htmlFor="range-from" className="block text-sm font-medium text-slate-800">
          From
        </label>
        <input
          id="range-from"
          name="from"
          type="date"
          defaultValue={range.from ?? ''}
          className={controlClasses(false, 'mt-1 w-40')}
        />
      </div>
      <div>
        <label htmlFor="range-to" className="block text-sm font-medium text-slate-800">
          To
        </label>
        <input
          id="range-to"
          name="to"
          type="date"
          defaultValue={range.to ?? ''}
          className={controlClasses(false, 'mt-1 w-40')}
        />
      </div>
      <button type="submit" className={buttonClasses('secondary')}>
        Show these dates
      </button>
      {active ? (
        <Link href={clear ? `${action}?${clear}` : action} className="link py-2 text-sm">
          All dates
        </Link>
      ) : null}
      <Link href={meetingsHref(filters)} className="link py-2 text-sm sm:ml-auto">
        Open in research workbench
      </Link>
      {range.problem ? (
        <p role="status" className="w-full text-sm font-medium text-amber-800">
          {range.problem}
        </p>
      ) : null}
    </form>
  );
}
