import 'server-only';
import { z } from 'zod';
import { type Db, getDb } from '@/db';
import { popoloLookup } from '@/db/queries/api/popolo';
import { iterateMeetingsForExport } from '@/db/queries/meeting-search';
import { parseQuery } from '@/lib/server/params';
import {
  EXPORT_BATCH,
  type ExportFile,
  contentTypes,
  downloadName,
  exportChunks,
} from '@/lib/export/formats';
import type { CalendarOptions } from '@/lib/export/ics';
import { readableFrom } from '@/lib/export/stream';
import { readerOf } from '@/lib/server/auth/server';
import type { Viewer } from '@/lib/domain/viewer';

interface ExportResponseOptions {
  /** `attachment` for a download, `inline` for a calendar feed. */
  disposition: 'attachment' | 'inline';
  cacheControl: string;
  calendar?: CalendarOptions;
}

/**
 * The app's origin as the client reached it (Host header), for links to meeting pages; Next's
 * request.url may name the bind address instead.
 */
function originOf(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('host') ?? url.host;
  const proto =
    request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || url.protocol.slice(0, -1);
  return `${proto}://${host}`;
}

/**
 * The response for an export of the meetings the request's filters select, in the list's order:
 * 400 naming each bad parameter, else a stream written batch by batch as the client reads.
 */
export async function exportResponse(
  request: Request,
  file: ExportFile,
  options: ExportResponseOptions,
): Promise<Response> {
  const parsed = parseQuery(request, z.object({}), true);
  if (!parsed.ok) {
    return Response.json(
      { error: 'Invalid parameters.', fieldErrors: parsed.fieldErrors },
      { status: 400 },
    );
  }
  let db: Db;
  let viewer: Viewer;
  try {
    db = await getDb();
    viewer = await readerOf(request);
  } catch (error) {
    console.error('Export could not open the database', error);
    return Response.json({ error: 'Something went wrong on our side.' }, { status: 500 });
  }
  const now = new Date();
  const ctx = { baseUrl: originOf(request), now };
  const chunks = exportChunks(
    file,
    {
      batches: iterateMeetingsForExport(db, viewer, parsed.filters, EXPORT_BATCH),
      popolo: popoloLookup(db),
    },
    ctx,
    options.calendar,
  );
  const body = readableFrom(chunks, (error) => console.error(`Export ${file} failed`, error));
  return new Response(body, {
    headers: {
      'Content-Type': contentTypes[file],
      'Content-Disposition': `${options.disposition}; filename="${downloadName(file, now)}"`,
      // What a signed-in user sees may include restricted meetings: never in a shared cache.
      'Cache-Control': viewer.userId === null ? options.cacheControl : 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
