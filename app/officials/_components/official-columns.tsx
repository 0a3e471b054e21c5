import Link from 'next/link';
import type { DataTableColumn } from '@/components/data-table';
import { MeetingDate } from '@/components/meeting-date';
import { CountLink } from '@/components/profile/count-link';
import type { OfficialListItem } from '@/db/queries/profiles/official-list';
import { countryName } from '@/lib/countries';
import { emptyFilters } from '@/lib/filters';

/** The officials table: name (and aliases), country, current post, meetings, latest meeting. */
export const officialColumns: DataTableColumn<OfficialListItem>[] = [
  {
    header: 'Name',
    rowHeader: true,
    cell: (o) => (
      <>
        <Link href={`/officials/${o.id}`} className="link">
          {o.displayName}
        </Link>
        {o.aliases.length ? (
          <span className="block text-xs font-normal text-slate-600">
            Also {o.aliases.join(', ')}
          </span>
        ) : null}
      </>
    ),
  },
  {
    header: 'Country',
    cell: (o) => (o.countryCode ? countryName(o.countryCode) : 'International'),
  },
  {
    header: 'Current position',
    cell: (o) =>
      o.position
        ? [o.position.title, o.position.organizationAcronym || o.position.organizationName]
            .filter(Boolean)
            .join(', ')
        : '—',
  },
  {
    header: 'Meetings',
    numeric: true,
    cell: (o) =>
      o.meetingCount ? (
        <CountLink
          compact
          count={o.meetingCount}
          filters={{ ...emptyFilters, official: [o.id] }}
          context={`of ${o.displayName}`}
        />
      ) : (
        0
      ),
  },
  {
    header: 'Latest meeting',
    className: 'md:whitespace-nowrap',
    cell: (o) =>
      o.latestMeeting ? (
        <Link href={`/meetings/${o.latestMeeting.id}`} className="link">
          <MeetingDate
            startDate={o.latestMeeting.startDate}
            endDate={o.latestMeeting.endDate}
            datePrecision={o.latestMeeting.datePrecision}
          />
        </Link>
      ) : (
        '—'
      ),
  },
];
