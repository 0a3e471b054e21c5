import { pageViewer } from '@/lib/server/auth/current';
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { getDb } from '@/db';
import { meetingFacets, searchMeetings } from '@/db/queries/meeting-search';
import { timelineSummary, timelineTile } from '@/db/queries/timeline';
import { countries } from '@/lib/countries';
import { hasFilters } from '@/lib/filters';
import { getQueryClient } from '@/lib/query-client';
import { type MeetingSource, meetingQueries } from '@/lib/queries/meetings';
import { type TimelineSource, timelineQueries } from '@/lib/queries/timeline';
import { OTHERS } from '@/lib/timeline/groups';
import { DAY_MS } from '@/lib/timeline/time';
import { timelineUrl } from '@/lib/timeline/url';
import { tilesCovering, unitFor } from '@/lib/timeline/units';
import { fitView } from '@/lib/timeline/view';
import { NOMINAL_PLOT_WIDTH } from './_components/geometry';
import { TimelineExplorer } from './_components/timeline-explorer';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Timeline' };

const countryOptions = countries.map(({ code, name }) => ({ code, name }));

/**
 * The timeline. The URL holds the filters (those of /meetings), the lanes' grouping and the
 * period. The server reads them and prefetches, under the browser's query keys, the lanes and
 * the tiles of the first view at a desktop width, so a shared link paints complete; from then on
 * the browser fetches tiles through the API as the view moves.
 */
export default async function TimelinePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { filters, group, view } = timelineUrl.parse(await searchParams);
  const db = await getDb();
  const viewer = await pageViewer();
  const source: TimelineSource = {
    summary: (f, g) => timelineSummary(db, viewer, f, g),
    tile: (f, { group: g, lanes, others, tile }) =>
      timelineTile(db, viewer, f, { group: g, lanes, others, ...tile }),
  };
  const queryClient = getQueryClient();
  const summary = await queryClient.fetchQuery(timelineQueries.summary(filters, group, source));
  const first =
    view ?? (summary.first && summary.last ? fitView(summary.first, summary.last) : null);
  const prefetches: Array<Promise<void>> = [];
  if (first) {
    const unit = unitFor(NOMINAL_PLOT_WIDTH / ((first.end - first.start) / DAY_MS));
    const lanes = summary.lanes.filter((l) => l.key !== OTHERS).map((l) => l.key);
    const others = summary.lanes.some((l) => l.key === OTHERS);
    for (const tile of tilesCovering(unit, first.start, first.end)) {
      prefetches.push(
        queryClient.prefetchQuery(
          timelineQueries.tile(filters, { group, lanes, others, tile }, source),
        ),
      );
    }
  }
  if (hasFilters(filters)) {
    // The chips name chosen officials and organizations from the facet counts.
    const meetings: MeetingSource = {
      search: (f, page) => searchMeetings(db, viewer, f, { page }),
      facets: (f) => meetingFacets(db, viewer, f),
    };
    prefetches.push(queryClient.prefetchQuery(meetingQueries.facets(filters, meetings)));
  }
  await Promise.all(prefetches);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <PageHeader
        title="Timeline"
        description="Who met when: the meetings over time, by country, official, organization or topic."
      />
      <TimelineExplorer countries={countryOptions} />
    </HydrationBoundary>
  );
}
