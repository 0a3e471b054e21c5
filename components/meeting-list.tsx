import type { ReactNode } from 'react';
import type { DatePrecision, MeetingFormat, MeetingStatus } from '@/lib/domain/vocabularies';
import { countryName } from '@/lib/countries';
import { MeetingTable, placeOf } from './meeting-table';
import { type ParticipantNameItem, ParticipantNames } from './participant-names';

export interface MeetingListRow {
  id: number;
  title: string;
  startDate: string;
  endDate: string;
  datePrecision: DatePrecision;
  venue?: string | null;
  city?: string | null;
  countryCode?: string | null;
  format: MeetingFormat;
  status: MeetingStatus;
  participants: ParticipantNameItem[];
}

export interface MeetingListProps {
  meetings: MeetingListRow[];
  /** Names the table for assistive technology, e.g. "Meetings, page 2 of 40". */
  caption: string;
  /** An extra line under the title, e.g. the official's title at the time. */
  note?: (meeting: MeetingListRow) => ReactNode;
}

/** The server-side meeting table: country names from the country list. */
export function MeetingList({ meetings, caption, note }: MeetingListProps) {
  return (
    <MeetingTable
      caption={caption}
      rows={meetings.map((m) => ({
        ...m,
        place: placeOf(m, countryName),
        title: m.title,
        details: note?.(m),
        participants: <ParticipantNames participants={m.participants} />,
      }))}
    />
  );
}
