import type { Metadata } from 'next';
import { AccessDenied } from '@/components/access-denied';
import { pageViewer } from '@/lib/server/auth/current';
import { hasRole } from '@/lib/domain/viewer';
import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { countries } from '@/lib/countries';
import { emptyOrganizationForm } from '../_components/organization-form-state';
import { OrganizationForm } from '../_components/organization-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'New organization' };

const countryOptions = countries.map(({ code, name }) => ({ code, name }));

export default async function NewOrganizationPage() {
  const viewer = await pageViewer();
  if (!hasRole(viewer.role, 'editor')) return <AccessDenied need="editor" />;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        eyebrow={
          <Link href="/organizations" className="link">
            Organizations
          </Link>
        }
        title="New organization"
        description="A ministry, an international organization, an NGO… You will be told if it may be in Parley already, under its name or its acronym."
      />
      <OrganizationForm
        initialValues={emptyOrganizationForm()}
        countries={countryOptions}
        cancelHref="/organizations"
      />
    </div>
  );
}
