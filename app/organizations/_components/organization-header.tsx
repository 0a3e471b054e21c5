import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { HeaderActions } from '@/components/profile/header-actions';
import type { OrganizationDetail } from '@/db/queries/organizations';
import { countryName } from '@/lib/countries';
import { organizationKindLabels } from './kind-labels';

export interface OrganizationHeaderProps {
  organization: OrganizationDetail;
}

/** Name and acronym, kind, country, website, aliases, and the record's actions. */
export function OrganizationHeader({ organization: org }: OrganizationHeaderProps) {
  const website = org.website && /^https?:\/\//.test(org.website) ? org.website : null;
  return (
    <PageHeader
      eyebrow={
        <Link href="/organizations" className="link">
          Organizations
        </Link>
      }
      title={
        <>
          {org.name}
          {org.acronym ? <span className="text-slate-600"> ({org.acronym})</span> : null}
        </>
      }
      actions={
        <HeaderActions
          actions={[
            { href: `/organizations/${org.id}/edit`, label: 'Edit' },
            { href: `/organizations/merge?keep=${org.id}`, label: 'Merge a duplicate' },
          ]}
        />
      }
      description={
        <>
          {organizationKindLabels[org.kind]}
          {' · '}
          {org.countryCode ? (
            <Link href={`/countries/${org.countryCode}`} className="link">
              {countryName(org.countryCode)}
            </Link>
          ) : (
            'No country (international)'
          )}
          {website ? (
            <>
              {' · '}
              <a href={website} rel="noopener noreferrer external" className="link">
                Website
              </a>
            </>
          ) : null}
          {org.aliases.length ? (
            <span className="block text-sm text-slate-600">
              Also known as {org.aliases.join(', ')}
            </span>
          ) : null}
        </>
      }
    />
  );
}
