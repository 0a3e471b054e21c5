import { exportResponse } from '@/lib/server/export-download';
import { exportFiles, isExportFile } from '@/lib/export/formats';

export const dynamic = 'force-dynamic';

interface RouteContext {
  params: Promise<{ file: string }>;
}

/**
 * GET /api/exports/{meetings.csv|meetings-long.csv|meetings.json|meetings.ics|popolo.json}
 * ?<filters> — exactly the meetings of the list for those filters, in its order, streamed.
 */
export async function GET(request: Request, context: RouteContext) {
  const { file } = await context.params;
  if (!isExportFile(file)) {
    return Response.json(
      { error: `There is no export called ${file}; try one of ${exportFiles.join(', ')}.` },
      { status: 404 },
    );
  }
  return exportResponse(request, file, { disposition: 'attachment', cacheControl: 'no-store' });
}
