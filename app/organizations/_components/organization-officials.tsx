import Link from 'next/link';
import type { OrganizationDetail } from '@/db/queries/organizations';
import { formatDay } from '@/lib/dates';

type Person = OrganizationDetail['officials'][number];

export interface OrganizationOfficialsProps {
  officials: Person[];
  /** Today (ISO day): positions that ended before it are past. */
  today: string;
}

function held(o: Person): string {
  if (o.startDate && o.endDate) return `${formatDay(o.startDate)} – ${formatDay(o.endDate)}`;
  if (o.endDate) return `Until ${formatDay(o.endDate)}`;
  if (o.startDate) return `Since ${formatDay(o.startDate)}`;
  return 'Dates not recorded';
}

function People({ people, label }: { people: Person[]; label: string }) {
  return (
    <ul
      aria-label={label}
      className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
    >
      {people.map((o) => (
        <li
          key={o.positionId}
          className="flex flex-wrap justify-between gap-x-4 px-4 py-2.5 text-sm"
        >
          <span>
            <Link href={`/officials/${o.officialId}`} className="link font-medium">
              {o.displayName}
            </Link>
            {o.title ? <span className="text-slate-700">, {o.title}</span> : null}
          </span>
          <span className="text-slate-600">{held(o)}</span>
        </li>
      ))}
    </ul>
  );
}

/** People who hold or held a position in the organization: present ones, then past ones. */
export function OrganizationOfficials({ officials, today }: OrganizationOfficialsProps) {
  const past = officials.filter((o) => o.endDate !== null && o.endDate < today);
  const present = officials.filter((o) => !past.includes(o));
  return (
    <div className="space-y-4">
      <div>
        <h3 className="mb-2 text-sm font-semibold text-slate-800">Now</h3>
        {present.length ? (
          <People people={present} label="Officials now" />
        ) : (
          <p className="text-sm text-slate-600">No current positions recorded.</p>
        )}
      </div>
      {past.length ? (
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-800">Before</h3>
          <People people={past} label="Officials before" />
        </div>
      ) : null}
    </div>
  );
}
