import Link from 'next/link';
import type { DatePrecision, MeetingFormat, MeetingStatus } from '@/lib/domain/vocabularies';
import { MeetingBadges } from './meeting-badges';
import { MeetingDate } from './meeting-date';
import { type ParticipantNameItem, ParticipantNames } from './participant-names';

export interface CompactMeetingItem {
  id: number;
  title: string;
  startDate: string;
  endDate: string;
  datePrecision: DatePrecision;
  format: MeetingFormat;
  status: MeetingStatus;
  participants?: ParticipantNameItem[];
}

export interface CompactMeetingListProps {
  meetings: CompactMeetingItem[];
  /** Names the list for assistive technology. */
  label: string;
}

/** Date and linked title per meeting, with participants when given: for dashboards and timelines. */
export function CompactMeetingList({ meetings, label }: CompactMeetingListProps) {
  return (
    <ul
      aria-label={label}
      className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
    >
      {meetings.map((m) => (
        <li key={m.id} className="gap-4 px-4 py-2.5 text-sm sm:grid sm:grid-cols-[8.5rem_1fr]">
          <div className="text-slate-700 tabular-nums">
            <MeetingDate
              startDate={m.startDate}
              endDate={m.endDate}
              datePrecision={m.datePrecision}
            />
          </div>
          <div className="min-w-0">
            <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <Link href={`/meetings/${m.id}`} className="link font-medium">
                {m.title}
              </Link>
              <MeetingBadges format={m.format} status={m.status} />
            </div>
            {m.participants ? (
              <div className="mt-0.5 text-slate-700">
                <ParticipantNames participants={m.participants} max={3} />
              </div>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
