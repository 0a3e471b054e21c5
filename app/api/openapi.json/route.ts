import { openApiDocument } from '@/lib/openapi';

export const dynamic = 'force-dynamic';

let document: ReturnType<typeof openApiDocument> | undefined;

/** GET /api/openapi.json — the OpenAPI 3.1 description of /api, built from the zod schemas. */
export async function GET() {
  document ??= openApiDocument();
  return Response.json(document, { headers: { 'Cache-Control': 'public, max-age=300' } });
}
