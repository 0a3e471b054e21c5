import Link from 'next/link';
import type { OrganizationDetail } from '@/db/queries/organizations';
import { formatDay } from '@/lib/dates';

export interface OrganizationOfficialsProps {
  officials: OrganizationDetail['officials'];
}

/** People who held a position in the organization, current ones first. */
export function OrganizationOfficials({ officials }: OrganizationOfficialsProps) {
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {officials.map((o) => (
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
          <span className="text-slate-600">
            {o.endDate
              ? `Until ${formatDay(o.endDate)}`
              : o.startDate
                ? `Since ${formatDay(o.startDate)}`
                : 'Current'}
          </span>
        </li>
      ))}
    </ul>
  );
}
