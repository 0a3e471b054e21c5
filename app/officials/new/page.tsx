import type { Metadata } from 'next';
import { AccessDenied } from '@/components/access-denied';
import { pageViewer } from '@/lib/server/auth/current';
import { hasRole } from '@/lib/domain/viewer';
import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { countries } from '@/lib/countries';
import { emptyOfficialForm } from '../_components/official-form-state';
import { OfficialForm } from '../_components/official-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'New official' };

const countryOptions = countries.map(({ code, name }) => ({ code, name }));

export default async function NewOfficialPage() {
  const viewer = await pageViewer();
  if (!hasRole(viewer.role, 'editor')) return <AccessDenied need="editor" />;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        eyebrow={
          <Link href="/officials" className="link">
            Officials
          </Link>
        }
        title="New official"
        description="Add a person to the directory. Only the name is required; you will be told if they may be in Parley already."
      />
      <OfficialForm
        initialValues={emptyOfficialForm()}
        countries={countryOptions}
        cancelHref="/officials"
      />
    </div>
  );
}
