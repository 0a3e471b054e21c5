import { z } from 'zod';
import { getDb } from '@/db';
import { searchOfficials } from '@/db/queries/officials';
import { createOfficial } from '@/db/writes/officials';
import { resultResponse, runWrite } from '@/lib/server-action';
import { fieldErrorsOf, optionalDay } from '@/lib/validation/common';
import { officialInput } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

const searchParams = z.object({
  q: z.string().trim().max(200, 'q is too long (at most 200 characters).').default(''),
  date: optionalDay('date must be a day written YYYY-MM-DD.').default(''),
  limit: z.coerce
    .number('limit must be a number.')
    .int('limit must be a whole number.')
    .min(1, 'limit must be at least 1.')
    .max(50, 'limit must be at most 50.')
    .default(10),
});

/** GET /api/officials?q=&date=&limit= — type-ahead: officials with the position held on `date`. */
export async function GET(request: Request) {
  const params = searchParams.safeParse(
    Object.fromEntries(new URL(request.url).searchParams.entries()),
  );
  if (!params.success) {
    return Response.json(
      { error: 'Invalid query parameters.', fieldErrors: fieldErrorsOf(params.error) },
      { status: 400 },
    );
  }
  const { q, date, limit } = params.data;
  const db = await getDb();
  const officials = q ? await searchOfficials(db, q, { onDate: date, limit }) : [];
  return Response.json({ officials });
}

/** POST /api/officials — creates an official with their position (and a new organization). */
export async function POST(request: Request) {
  const body: unknown = await request.json().catch(() => undefined);
  const result = await runWrite(officialInput, body, async (data) =>
    createOfficial(await getDb(), data),
  );
  return resultResponse(result, 201);
}
