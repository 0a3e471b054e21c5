import type { ExportMeeting } from '@/lib/domain/meetings';

export type { ExportMeeting, ExportParticipant } from '@/lib/domain/meetings';

/**
 * The meetings to export, in batches, in the list's order: the export engine's generator in the
 * app, a plain array in tests. Batches keep memory bounded however many meetings there are.
 */
export type MeetingBatches = Iterable<ExportMeeting[]> | AsyncIterable<ExportMeeting[]>;

/** What every format needs besides the meetings. */
export interface ExportContext {
  /** Origin of the app (`https://parley.example.org`), for links to meeting pages. */
  baseUrl: string;
  /** When the export was made: iCalendar's DTSTAMP, file names. */
  now: Date;
}

/** The URL of a meeting's page. */
export function meetingUrl(baseUrl: string, id: number): string {
  return `${baseUrl.replace(/\/+$/, '')}/meetings/${id}`;
}
