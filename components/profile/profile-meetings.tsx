import type { ReactNode } from 'react';
import { MeetingList, type MeetingListRow } from '@/components/meeting-list';
import { Pagination } from '@/components/pagination';
import { Section } from '@/components/section';
import type { SearchResult } from '@/lib/domain/meetings';
import type { MeetingFilters } from '@/lib/filters';
import { CountLink } from './count-link';

export interface ProfileMeetingsProps {
  id?: string;
  title: string;
  /** A page of searchMeetings for `filters`: the list is the workbench's, page for page. */
  result: SearchResult;
  filters: MeetingFilters;
  /** Names the table, e.g. "Meetings of Kairat Umarov". */
  caption: string;
  /** The URL of another page of this list. */
  pageHref: (page: number) => string;
  /** After the count, e.g. ", sub-topics included". */
  note?: string;
  /** An extra line under a meeting's title. */
  rowNote?: (meeting: MeetingListRow) => ReactNode;
  empty: string;
}

/** A profile's meetings, newest first, with the total linking to the same set in the workbench. */
export function ProfileMeetings({
  id = 'meetings',
  title,
  result,
  filters,
  caption,
  pageHref,
  note,
  rowNote,
  empty,
}: ProfileMeetingsProps) {
  return (
    <Section
      id={id}
      title={title}
      aside={
        <>
          <CountLink count={result.total} filters={filters} />
          {note ?? ''}, newest first
        </>
      }
    >
      {result.total ? (
        <>
          <MeetingList
            meetings={result.items}
            caption={`${caption}, page ${result.page} of ${result.pageCount}`}
            note={rowNote}
          />
          <Pagination
            label={`Pages of ${title.toLowerCase()}`}
            page={result.page}
            pageCount={result.pageCount}
            href={pageHref}
          />
        </>
      ) : (
        <p className="text-slate-600">{empty}</p>
      )}
    </Section>
  );
}
