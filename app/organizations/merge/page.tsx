import { pageViewer } from '@/lib/server/auth/current';
import type { Metadata } from 'next';
import Link from 'next/link';
import { MergeScreen } from '@/components/entity-form/merge-screen';
import { PageHeader } from '@/components/page-header';
import { getDb } from '@/db';
import { organizationForMerge } from '@/db/queries/merges';
import { parseId } from '@/lib/ids';
import { firstParam } from '@/lib/page-params';
import { mergeOrganizationsAction } from '../actions';
import {
  organizationMergeEffects,
  organizationMergeSide,
} from '../_components/organization-merge-side';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Merge organizations' };

interface MergeOrganizationsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function MergeOrganizationsPage({
  searchParams,
}: MergeOrganizationsPageProps) {
  const params = await searchParams;
  const keepId = parseId(firstParam(params.keep) ?? '');
  const dropId = parseId(firstParam(params.drop) ?? '');
  const db = await getDb();
  const viewer = await pageViewer();
  const keep = keepId === null ? null : await organizationForMerge(db, viewer, keepId);
  const drop = dropId === null ? null : await organizationForMerge(db, viewer, dropId);
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader
        eyebrow={
          <Link href="/organizations" className="link">
            Organizations
          </Link>
        }
        title="Merge two organizations"
        description="Two records of one organization: keep one and fold the other into it. Participations, positions, sub-organizations, events and names move over; nothing is lost."
      />
      <MergeScreen
        kind="organization"
        path="/organizations/merge"
        keepId={keepId}
        dropId={dropId}
        keep={keep && organizationMergeSide(keep)}
        drop={drop && organizationMergeSide(drop)}
        effects={keep && drop ? organizationMergeEffects(keep, drop) : []}
        action={mergeOrganizationsAction}
        queryKeys={['organizations', 'officials', 'meetings']}
      />
    </div>
  );
}
