import { importExtractInput, type importExtractResult } from '@/lib/api-schemas/import';
import { extract } from '@/lib/import/extract';
import { writeRoute } from '@/lib/server/routes';
import type { z } from 'zod';

export const dynamic = 'force-dynamic';

/**
 * POST /api/import/extract with `{ text, published, sourceUrl }` — the meetings a pasted press
 * release proposes, as drafts to review; nothing is saved. Editors and admins only (401/403
 * before the body is read); 400 with field errors for empty or over-long text or a bad date.
 */
export async function POST(request: Request) {
  return writeRoute(
    request,
    { body: importExtractInput },
    async ({ data }): Promise<z.output<typeof importExtractResult>> =>
      extract({ text: data.text, published: data.published }),
  );
}
