import { formatMeetingDate } from '@/lib/dates';
import type { MeetingStatus } from '@/lib/domain/vocabularies';
import { describeParticipant, placeLine } from './people';
import { type ExportContext, type ExportMeeting, type MeetingBatches, meetingUrl } from './types';

/**
 * A small iCalendar (RFC 5545) writer for Parley's meetings: all-day spans for approximate
 * dates, floating local times (a meeting's time is local to its venue and Parley stores no time
 * zone), TEXT escaping and folding at 75 octets. Small enough to own and test rather than pull
 * in a calendar library that builds the whole calendar in memory.
 */

const CRLF = '\r\n';

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line so that no physical line exceeds 75 octets (RFC 5545 §3.1): CRLF and a
 * space before each continuation, never inside a UTF-8 character. Returns it CRLF-terminated.
 */
export function foldLine(line: string): string {
  let out = '';
  let width = 0;
  for (const char of line) {
    const size = octets(char.codePointAt(0) ?? 0);
    if (width + size > 75) {
      out += `${CRLF} `;
      width = 1;
    }
    out += char;
    width += size;
  }
  return out + CRLF;
}

const basicDate = (isoDay: string) => isoDay.replace(/-/g, '');

/** The day after an ISO day: DTEND of an all-day span is exclusive. */
export function nextDay(isoDay: string): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A UTC DATE-TIME: 20261129T101500Z. */
export function utcDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const statusOf: Record<MeetingStatus, string> = {
  held: 'CONFIRMED',
  planned: 'TENTATIVE',
  // iCalendar has no "postponed": the meeting is still expected, at a time not yet known.
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

const classOf = { public: 'PUBLIC', internal: 'PRIVATE', restricted: 'CONFIDENTIAL' } as const;

/** The meeting's DTSTART/DTEND: a floating time for a day with a time, else an all-day span. */
function when(m: ExportMeeting): string[] {
  if (m.datePrecision === 'day' && m.time) {
    // No end time is recorded: RFC 5545 then reads the event as ending when it starts.
    return [`DTSTART:${basicDate(m.startDate)}T${m.time.replace(':', '')}00`];
  }
  return [
    `DTSTART;VALUE=DATE:${basicDate(m.startDate)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(m.endDate))}`,
  ];
}

/** The human account of the meeting for DESCRIPTION: date as known, participants, topics, text. */
function description(m: ExportMeeting): string {
  const parts: string[] = [];
  if (m.datePrecision !== 'day') parts.push(`Date: ${formatMeetingDate(m)}`);
  if (m.participants.length) {
    parts.push(
      `Participants:\n${m.participants.map((p) => `- ${describeParticipant(p)}`).join('\n')}`,
    );
  }
  if (m.topics.length) parts.push(`Topics: ${m.topics.map((t) => t.name).join(', ')}`);
  if (m.eventName) parts.push(`Event: ${m.eventName}`);
  if (m.summary) parts.push(m.summary);
  if (m.outcomes) parts.push(`Outcomes: ${m.outcomes}`);
  return parts.join('\n\n');
}

const epoch = (seconds: number) => utcDateTime(new Date(seconds * 1000));

/** One VEVENT for a meeting, folded, CRLF-terminated. */
export function icsEvent(m: ExportMeeting, ctx: ExportContext): string {
  const place = placeLine(m);
  const text = description(m);
  const lines = [
    'BEGIN:VEVENT',
    `UID:meeting-${m.id}@parley`,
    `DTSTAMP:${utcDateTime(ctx.now)}`,
    ...when(m),
    `SUMMARY:${escapeText(m.title)}`,
    ...(place ? [`LOCATION:${escapeText(place)}`] : []),
    ...(text ? [`DESCRIPTION:${escapeText(text)}`] : []),
    `URL:${meetingUrl(ctx.baseUrl, m.id)}`,
    `STATUS:${statusOf[m.status]}`,
    `CLASS:${classOf[m.classification]}`,
    // Other people's meetings: shown, but never making the subscriber look busy.
    'TRANSP:TRANSPARENT',
    `CREATED:${epoch(m.createdAt)}`,
    `LAST-MODIFIED:${epoch(m.updatedAt)}`,
    `SEQUENCE:${Math.max(0, m.version - 1)}`,
    'END:VEVENT',
  ];
  return lines.map(foldLine).join('');
}

export interface CalendarOptions {
  /** The calendar's name as clients show it. */
  name: string;
  /** For a subscribed feed: how often clients should fetch it again. */
  refresh?: 'PT1H';
}

/** VCALENDAR's opening lines. */
export function icsStart({ name, refresh }: CalendarOptions): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Parley//Parley meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(name)}`,
    `X-WR-CALNAME:${escapeText(name)}`,
    ...(refresh
      ? [`REFRESH-INTERVAL;VALUE=DURATION:${refresh}`, `X-PUBLISHED-TTL:${refresh}`]
      : []),
  ]
    .map(foldLine)
    .join('');
}

export const icsEnd = `END:VCALENDAR${CRLF}`;

/** The calendar as text chunks: the opening, one chunk of VEVENTs per batch, the end. */
export async function* icsChunks(
  batches: MeetingBatches,
  ctx: ExportContext,
  options: CalendarOptions,
): AsyncGenerator<string> {
  yield icsStart(options);
  for await (const batch of batches) {
    if (batch.length) yield batch.map((m) => icsEvent(m, ctx)).join('');
  }
  yield icsEnd;
}
