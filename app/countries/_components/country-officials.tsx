import Link from 'next/link';
import type { listOfficialsOfCountry } from '@/db/queries/countries';

type Officials = Awaited<ReturnType<typeof listOfficialsOfCountry>>['officials'];

export interface CountryOfficialsProps {
  officials: Officials;
  label: string;
}

/** The officials serving a country, with their current post. */
export function CountryOfficials({ officials, label }: CountryOfficialsProps) {
  return (
    <ul
      aria-label={label}
      className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
    >
      {officials.map((o) => (
        <li key={o.id} className="px-4 py-2.5 text-sm">
          <Link href={`/officials/${o.id}`} className="link font-medium">
            {o.displayName}
          </Link>
          {o.position ? (
            <span className="text-slate-700">
              {', '}
              {[o.position.title, o.position.organizationAcronym || o.position.organizationName]
                .filter(Boolean)
                .join(', ')}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
