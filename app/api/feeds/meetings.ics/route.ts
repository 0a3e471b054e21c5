import { exportResponse } from '@/lib/server/export-download';

export const dynamic = 'force-dynamic';

/**
 * GET /api/feeds/meetings.ics?<filters> — the subscribable calendar of the meetings those filters
 * select: the same content as the .ics export, shown inline and cacheable for a while, since
 * calendar clients poll it.
 */
export async function GET(request: Request) {
  return exportResponse(request, 'meetings.ics', {
    disposition: 'inline',
    cacheControl: 'public, max-age=900',
    calendar: { name: 'Parley meetings', refresh: 'PT1H' },
  });
}
