import Link from 'next/link';
import type { OrganizationDetail } from '@/db/queries/organizations';

export interface OrganizationStructureProps {
  organization: OrganizationDetail;
}

const nameOf = (o: { name: string; acronym: string | null }) =>
  `${o.name}${o.acronym ? ` (${o.acronym})` : ''}`;

/** The organization's parent and its direct sub-organizations. */
export function OrganizationStructure({ organization: org }: OrganizationStructureProps) {
  return (
    <dl className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <div>
        <dt className="font-medium text-slate-700">Part of</dt>
        <dd className="mt-0.5">
          {org.parent ? (
            <Link href={`/organizations/${org.parent.id}`} className="link">
              {nameOf(org.parent)}
            </Link>
          ) : (
            <span className="text-slate-600">No parent organization</span>
          )}
        </dd>
      </div>
      <div>
        <dt className="font-medium text-slate-700">Sub-organizations</dt>
        <dd className="mt-0.5">
          {org.children.length ? (
            <ul className="space-y-1">
              {org.children.map((c) => (
                <li key={c.id}>
                  <Link href={`/organizations/${c.id}`} className="link">
                    {nameOf(c)}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <span className="text-slate-600">None</span>
          )}
        </dd>
      </div>
    </dl>
  );
}
