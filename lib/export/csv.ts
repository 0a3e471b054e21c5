import { stringify } from 'csv-stringify/sync';
import { countryName } from '@/lib/countries';
import { formatMeetingDate } from '@/lib/dates';
import {
  describeParticipant,
  organizationNames,
  participantName,
  representedCountries,
} from './people';
import { type ExportContext, type ExportMeeting, type MeetingBatches, meetingUrl } from './types';

type Cell = string | number | null;

interface Column {
  header: string;
  value: (m: ExportMeeting, ctx: ExportContext) => Cell;
}

/** Several values in one readable cell. */
const joined = (values: string[]) => values.join('; ');

/** The columns of the one-row-per-meeting CSV. */
export const meetingColumns: readonly Column[] = [
  { header: 'id', value: (m) => m.id },
  { header: 'title', value: (m) => m.title },
  { header: 'date', value: (m) => formatMeetingDate(m) },
  { header: 'start_date', value: (m) => m.startDate },
  { header: 'end_date', value: (m) => m.endDate },
  { header: 'date_precision', value: (m) => m.datePrecision },
  { header: 'time', value: (m) => m.time },
  { header: 'venue', value: (m) => m.venue },
  { header: 'city', value: (m) => m.city },
  { header: 'country', value: (m) => countryName(m.countryCode) },
  { header: 'event', value: (m) => m.eventName },
  { header: 'format', value: (m) => m.format },
  { header: 'status', value: (m) => m.status },
  { header: 'classification', value: (m) => m.classification },
  { header: 'participants', value: (m) => joined(m.participants.map(describeParticipant)) },
  { header: 'organizations', value: (m) => joined(organizationNames(m)) },
  { header: 'countries', value: (m) => joined(representedCountries(m)) },
  { header: 'topics', value: (m) => joined(m.topics.map((t) => t.name)) },
  { header: 'summary', value: (m) => m.summary },
  { header: 'outcomes', value: (m) => m.outcomes },
  {
    header: 'sources',
    value: (m) => joined(m.sources.flatMap((s) => (s.url ? [s.url] : s.title ? [s.title] : []))),
  },
  { header: 'url', value: (m, ctx) => meetingUrl(ctx.baseUrl, m.id) },
];

/** The columns of the long CSV: one row per participant, with its meeting's id and dates. */
export const participantColumns = [
  'meeting_id',
  'meeting_title',
  'date',
  'start_date',
  'end_date',
  'participant',
  'role',
  'title',
  'organization',
  'country',
  'country_code',
  'official_id',
  'organization_id',
] as const;

/** One row per participant of `m`, in the recorded order. */
export function participantRows(m: ExportMeeting): Cell[][] {
  const date = formatMeetingDate(m);
  return m.participants.map((p) => [
    m.id,
    m.title,
    date,
    m.startDate,
    m.endDate,
    participantName(p),
    p.role,
    p.title,
    p.organizationName,
    countryName(p.countryCode),
    p.countryCode,
    p.officialId,
    p.organizationId,
  ]);
}

/**
 * Spreadsheet-safe CSV text: CRLF records, every text cell quoted (so that line breaks in a
 * summary, commas and quotes stay inside their cell), numbers bare, null as an empty cell.
 */
export function csvText(rows: Cell[][]): string {
  return stringify(rows, { record_delimiter: 'windows', quoted_string: true });
}

/** The byte order mark that makes Excel read the file as UTF-8 rather than the local code page. */
export const BOM = '\uFEFF';

export type CsvKind = 'meetings' | 'participants';

/**
 * The CSV export as text chunks, one per batch: BOM and header first, then the rows. Only one
 * batch is ever held, whatever the number of meetings.
 */
export async function* csvChunks(
  batches: MeetingBatches,
  kind: CsvKind,
  ctx: ExportContext,
): AsyncGenerator<string> {
  const header =
    kind === 'meetings' ? meetingColumns.map((c) => c.header) : [...participantColumns];
  yield BOM + csvText([header]);
  for await (const batch of batches) {
    const rows =
      kind === 'meetings'
        ? batch.map((m) => meetingColumns.map((c) => c.value(m, ctx)))
        : batch.flatMap(participantRows);
    if (rows.length) yield csvText(rows);
  }
}
