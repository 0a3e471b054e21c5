import { pageViewer } from '@/lib/server/auth/current';
import type { Metadata } from 'next';
import Link from 'next/link';
import { MergeScreen } from '@/components/entity-form/merge-screen';
import { PageHeader } from '@/components/page-header';
import { getDb } from '@/db';
import { officialForMerge } from '@/db/queries/merges';
import { parseId } from '@/lib/ids';
import { firstParam } from '@/lib/page-params';
import { mergeOfficialsAction } from '../actions';
import { officialMergeEffects, officialMergeSide } from '../_components/official-merge-side';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Merge officials' };

interface MergeOfficialsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function MergeOfficialsPage({ searchParams }: MergeOfficialsPageProps) {
  const params = await searchParams;
  const keepId = parseId(firstParam(params.keep) ?? '');
  const dropId = parseId(firstParam(params.drop) ?? '');
  const db = await getDb();
  const viewer = await pageViewer();
  const keep = keepId === null ? null : await officialForMerge(db, viewer, keepId);
  const drop = dropId === null ? null : await officialForMerge(db, viewer, dropId);
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader
        eyebrow={
          <Link href="/officials" className="link">
            Officials
          </Link>
        }
        title="Merge two officials"
        description="Two records of one person: keep one and fold the other into it. Meetings, positions and names move over; nothing is lost."
      />
      <MergeScreen
        kind="official"
        path="/officials/merge"
        keepId={keepId}
        dropId={dropId}
        keep={keep && officialMergeSide(keep)}
        drop={drop && officialMergeSide(drop)}
        effects={keep && drop ? officialMergeEffects(keep, drop) : []}
        action={mergeOfficialsAction}
        queryKeys={['officials', 'meetings']}
      />
    </div>
  );
}
