import { formatMeetingDate } from '@/lib/dates';
import { type ExportContext, type ExportMeeting, type MeetingBatches, meetingUrl } from './types';

/**
 * A meeting as the JSON export gives it: every recorded field by an explicit list (so that a new
 * internal column never leaks into exports unnoticed), the date as shown and the page's URL.
 */
export function jsonMeeting(m: ExportMeeting, ctx: ExportContext) {
  return {
    id: m.id,
    url: meetingUrl(ctx.baseUrl, m.id),
    title: m.title,
    date: formatMeetingDate(m),
    startDate: m.startDate,
    endDate: m.endDate,
    datePrecision: m.datePrecision,
    time: m.time,
    venue: m.venue,
    city: m.city,
    countryCode: m.countryCode,
    eventId: m.eventId,
    eventName: m.eventName,
    format: m.format,
    status: m.status,
    classification: m.classification,
    summary: m.summary,
    outcomes: m.outcomes,
    participants: m.participants.map((p) => ({
      officialId: p.officialId,
      officialName: p.officialName,
      organizationId: p.organizationId,
      organizationName: p.organizationName,
      organizationAcronym: p.organizationAcronym,
      role: p.role,
      title: p.title,
      countryCode: p.countryCode,
    })),
    topics: m.topics.map((t) => ({ id: t.id, name: t.name })),
    sources: m.sources.map((s) => ({
      url: s.url,
      title: s.title,
      publisher: s.publisher,
      publishedDate: s.publishedDate,
    })),
    followUps: m.followUps.map((f) => ({
      description: f.description,
      owner: f.owner,
      dueDate: f.dueDate,
      status: f.status,
    })),
    version: m.version,
    createdAt: new Date(m.createdAt * 1000).toISOString(),
    updatedAt: new Date(m.updatedAt * 1000).toISOString(),
  };
}

export type JsonMeeting = ReturnType<typeof jsonMeeting>;

/**
 * The JSON export as text chunks: one array of meetings, written a batch at a time so that the
 * whole array is never in memory.
 */
export async function* jsonChunks(
  batches: MeetingBatches,
  ctx: ExportContext,
): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for await (const batch of batches) {
    if (!batch.length) continue;
    const text = batch.map((m) => JSON.stringify(jsonMeeting(m, ctx))).join(',\n');
    yield (first ? '\n' : ',\n') + text;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}
