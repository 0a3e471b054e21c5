import { pageViewer } from '@/lib/auth/current';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { DeleteRecordButton } from '@/components/entity-form/delete-record-button';
import { FormCard } from '@/components/entity-form/form-parts';
import { PageHeader } from '@/components/page-header';
import { buttonClasses } from '@/components/ui/button';
import { getDb } from '@/db';
import { mergedInto, organizationForMerge, ownSubtreeIds } from '@/db/queries/merges';
import { countries } from '@/lib/countries';
import { parseId } from '@/lib/page-params';
import { deleteOrganizationAction } from '../../actions';
import { organizationToFormState } from '../../_components/organization-form-state';
import { OrganizationForm } from '../../_components/organization-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Edit organization' };

const countryOptions = countries.map(({ code, name }) => ({ code, name }));

export default async function EditOrganizationPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const db = await getDb();
  const org = await organizationForMerge(db, await pageViewer(), id);
  if (!org) {
    const target = await mergedInto(db, 'organization', id);
    if (target) redirect(`${target.href}/edit`);
    notFound();
  }
  const parent = org.parentId
    ? { id: org.parentId, name: org.parentName ?? '', acronym: org.parentAcronym }
    : null;
  const links = [
    org.meetingCount && `${org.meetingCount} ${org.meetingCount === 1 ? 'meeting' : 'meetings'}`,
    org.officialCount &&
      `${org.officialCount} ${org.officialCount === 1 ? 'official' : 'officials'}`,
    org.childCount &&
      `${org.childCount} sub-${org.childCount === 1 ? 'organization' : 'organizations'}`,
  ].filter(Boolean);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        eyebrow={
          <>
            <Link href="/organizations" className="link">
              Organizations
            </Link>
            {' / '}
            <Link href={`/organizations/${id}`} className="link">
              {org.name}
            </Link>
          </>
        }
        title="Edit organization"
      />
      <OrganizationForm
        initialValues={organizationToFormState(org, parent)}
        countries={countryOptions}
        cancelHref={`/organizations/${id}`}
        organizationId={id}
        version={org.version}
        ownSubtree={await ownSubtreeIds(db, 'organizations', id)}
      />
      <div className="mt-10">
        <FormCard
          title="Duplicates and deletion"
          description="Two records of one organization? Merge them: participations, positions, sub-organizations and names move to the one you keep."
        >
          <div className="flex flex-wrap gap-3">
            <Link href={`/organizations/merge?keep=${id}`} className={buttonClasses('secondary')}>
              Merge with another record
            </Link>
            <DeleteRecordButton
              what="organization"
              id={id}
              name={org.name}
              consequence={
                links.length
                  ? `Its ${links.join(', ')} keep pointing to it. If this is a duplicate, merge it instead.`
                  : 'Nothing refers to it yet.'
              }
              action={deleteOrganizationAction}
              redirectTo="/organizations"
              queryKey="organizations"
            />
          </div>
        </FormCard>
      </div>
    </div>
  );
}
