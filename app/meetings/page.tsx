import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { getDb } from '@/db';
import { pageViewer } from '@/lib/server/auth/current';
import { meetingFacets, searchMeetings } from '@/db/queries/meeting-search';
import { countries } from '@/lib/countries';
import { getQueryClient } from '@/lib/query-client';
import { MEETINGS_PAGE_SIZE, type MeetingSource, meetingQueries } from '@/lib/queries/meetings';
import { workbenchUrl } from './_components/workbench/workbench-url';
import { ResultTotal } from './_components/workbench/result-total';
import { Workbench } from './_components/workbench/workbench';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Meetings' };

/** The trimmed country list the client components receive (the package's JSON stays here). */
const countryOptions = countries.map(({ code, name }) => ({ code, name }));

/**
 * The research workbench. The URL holds the whole state; the server reads it, prefetches the
 * results and the facet counts under the same query keys the browser uses (calling db/ rather
 * than the API), and hands them over dehydrated, so a shared link paints complete; from then on
 * the browser's TanStack Query takes over through the API.
 */
export default async function MeetingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { filters, page } = workbenchUrl.parse(await searchParams);
  const viewer = await pageViewer();
  const db = await getDb();
  const source: MeetingSource = {
    search: (f, p) => searchMeetings(db, viewer, f, { page: p, limit: MEETINGS_PAGE_SIZE }),
    facets: (f) => meetingFacets(db, viewer, f),
  };
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(meetingQueries.search(filters, page, source)),
    queryClient.prefetchQuery(meetingQueries.facets(filters, source)),
  ]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <PageHeader title="Meetings" description={<ResultTotal />} />
      <Workbench countries={countryOptions} />
    </HydrationBoundary>
  );
}
