import { z } from 'zod';
import { getDb } from '@/db';
import { getEvent } from '@/db/queries/events';
import { idParam, readRoute } from '@/lib/api';

export const dynamic = 'force-dynamic';

interface RouteContext {
  params: Promise<{ id: string }>;
}

const path = z.object({ id: idParam('event') });

/** GET /api/events/:id — the event with its organizer; 404 if none. */
export async function GET(_request: Request, context: RouteContext) {
  return readRoute(
    await context.params,
    path,
    async ({ id }) => getEvent(await getDb(), id),
    'The event was not found.',
  );
}
