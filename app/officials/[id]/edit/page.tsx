import { pageViewer } from '@/lib/auth/current';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { DeleteRecordButton } from '@/components/entity-form/delete-record-button';
import { FormCard } from '@/components/entity-form/form-parts';
import { PageHeader } from '@/components/page-header';
import { buttonClasses } from '@/components/ui/button';
import { getDb } from '@/db';
import { countMeetings } from '@/db/queries/meeting-search';
import { mergedInto, meetingsFilterOf } from '@/db/queries/merges';
import { getOfficial } from '@/db/queries/officials';
import { countries } from '@/lib/countries';
import { parseId } from '@/lib/page-params';
import { deleteOfficialAction } from '../../actions';
import { officialToFormState } from '../../_components/official-form-state';
import { OfficialForm } from '../../_components/official-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Edit official' };

const countryOptions = countries.map(({ code, name }) => ({ code, name }));

export default async function EditOfficialPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const db = await getDb();
  const official = await getOfficial(db, id);
  if (!official) {
    const target = await mergedInto(db, 'official', id);
    if (target) redirect(`${target.href}/edit`);
    notFound();
  }
  const meetings = await countMeetings(db, await pageViewer(), meetingsFilterOf('official', id));
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        eyebrow={
          <>
            <Link href="/officials" className="link">
              Officials
            </Link>
            {' / '}
            <Link href={`/officials/${id}`} className="link">
              {official.displayName}
            </Link>
          </>
        }
        title="Edit official"
      />
      <OfficialForm
        initialValues={officialToFormState(official)}
        countries={countryOptions}
        cancelHref={`/officials/${id}`}
        officialId={id}
        version={official.version}
      />
      <div className="mt-10">
        <FormCard
          title="Duplicates and deletion"
          description="Two records of one person? Merge them: meetings, positions and names move to the one you keep."
        >
          <div className="flex flex-wrap gap-3">
            <Link href={`/officials/merge?keep=${id}`} className={buttonClasses('secondary')}>
              Merge with another record
            </Link>
            <DeleteRecordButton
              what="official"
              id={id}
              name={official.displayName}
              consequence={
                meetings
                  ? `The ${meetings === 1 ? 'meeting' : `${meetings} meetings`} they took part in keep them as a participant. If this is a duplicate, merge it instead.`
                  : 'They took part in no meeting.'
              }
              action={deleteOfficialAction}
              redirectTo="/officials"
              queryKey="officials"
            />
          </div>
        </FormCard>
      </div>
    </div>
  );
}
