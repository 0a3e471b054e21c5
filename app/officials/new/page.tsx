import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { countries } from '@/lib/countries';
import { emptyOfficialForm } from '../_components/official-form-state';
import { OfficialForm } from '../_components/official-form';

export const metadata: Metadata = { title: 'New official' };

const countryOptions = countries.map(({ code, name }) => ({ code, name }));

export default function NewOfficialPage() {
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
