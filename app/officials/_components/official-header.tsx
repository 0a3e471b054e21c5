import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { HeaderActions } from '@/components/profile/header-actions';
import type { OfficialDetail } from '@/db/queries/officials';
import { countryName } from '@/lib/countries';
import { currentPosition } from './current-position';

export interface OfficialHeaderProps {
  official: OfficialDetail;
  today: string;
}

/** Name, current title and organization, country, aliases, and the record's actions. */
export function OfficialHeader({ official, today }: OfficialHeaderProps) {
  const position = currentPosition(official.positions, today);
  return (
    <PageHeader
      eyebrow={
        <Link href="/officials" className="link">
          Officials
        </Link>
      }
      title={official.displayName}
      actions={
        <HeaderActions
          actions={[
            { href: `/officials/${official.id}/edit`, label: 'Edit' },
            { href: `/officials/merge?keep=${official.id}`, label: 'Merge a duplicate' },
          ]}
        />
      }
      description={
        <>
          {position ? (
            <p className="font-medium text-slate-900">
              {position.title || 'Position without a title'}
              {position.organizationId ? (
                <>
                  {', '}
                  <Link href={`/organizations/${position.organizationId}`} className="link">
                    {position.organizationName}
                  </Link>
                </>
              ) : null}
            </p>
          ) : null}
          <p>
            {official.countryCode ? (
              <Link href={`/countries/${official.countryCode}`} className="link">
                {countryName(official.countryCode)}
              </Link>
            ) : (
              'International civil servant'
            )}
          </p>
          {official.aliases.length ? (
            <p className="text-sm text-slate-600">Also known as {official.aliases.join(', ')}</p>
          ) : null}
        </>
      }
    />
  );
}
