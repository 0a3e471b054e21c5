import { csvChunks } from './csv';
import { type CalendarOptions, icsChunks } from './ics';
import { jsonChunks } from './json';
import { type PopoloLookup, popoloChunks } from './popolo';
import type { ExportContext, MeetingBatches } from './types';

/** Meetings read and formatted per step: big enough to amortize queries, small enough to stream. */
export const EXPORT_BATCH = 500;

/** The export files the app serves, by the name in the URL (/api/exports/meetings.csv). */
export const exportFiles = [
  'meetings.csv',
  'meetings-long.csv',
  'meetings.json',
  'meetings.ics',
  'popolo.json',
] as const;
export type ExportFile = (typeof exportFiles)[number];

export function isExportFile(name: string): name is ExportFile {
  return (exportFiles as readonly string[]).includes(name);
}

export const contentTypes: Record<ExportFile, string> = {
  'meetings.csv': 'text/csv; charset=utf-8',
  'meetings-long.csv': 'text/csv; charset=utf-8',
  'meetings.json': 'application/json; charset=utf-8',
  'meetings.ics': 'text/calendar; charset=utf-8',
  'popolo.json': 'application/json; charset=utf-8',
};

/** "parley-meetings-2026-11-29.csv": what was exported and on which day. */
export function downloadName(file: ExportFile, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  const dot = file.indexOf('.');
  const base = file.slice(0, dot);
  const stem = base.startsWith('meetings') ? base : `meetings-${base}`;
  return `parley-${stem}-${day}${file.slice(dot)}`;
}

/** Where an export reads from: the filtered meetings in batches, and (Popolo) records by id. */
export interface ExportSource {
  batches: MeetingBatches;
  popolo: PopoloLookup;
}

/** The export file's content as text chunks, written as the batches arrive. */
export function exportChunks(
  file: ExportFile,
  source: ExportSource,
  ctx: ExportContext,
  calendar: CalendarOptions = { name: 'Parley meetings' },
): AsyncGenerator<string> {
  switch (file) {
    case 'meetings.csv':
      return csvChunks(source.batches, 'meetings', ctx);
    case 'meetings-long.csv':
      return csvChunks(source.batches, 'participants', ctx);
    case 'meetings.json':
      return jsonChunks(source.batches, ctx);
    case 'meetings.ics':
      return icsChunks(source.batches, ctx, calendar);
    case 'popolo.json':
      return popoloChunks(source.batches, source.popolo);
  }
}
