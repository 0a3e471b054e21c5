import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import type { Viewer } from '@/lib/domain/viewer';
import { type Session, sessionFromHeaders } from './server';

/** The session of the request being rendered or the server action being run (once per request). */
export const currentSession = cache(async (): Promise<Session> =>
  sessionFromHeaders(await headers()),
);

/** Header the proxy sets to the path and query of a page request, for "sign in, then back". */
export const PATH_HEADER = 'x-parley-path';

/** Where /sign-in sends the user back to: a local path only (never another site). */
export function safeNext(next: string | null | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')
    ? next
    : '/';
}

/**
 * The viewer of a page that reads data: every page requires sign-in, so without a valid
 * session this redirects to /sign-in and back to the page after. Pages pass the result to the
 * db/queries functions, which show each role what it may see.
 */
export async function pageViewer(): Promise<Viewer> {
  const { viewer } = await currentSession();
  if (viewer.userId !== null) return viewer;
  const path = (await headers()).get(PATH_HEADER);
  redirect(path ? `/sign-in?next=${encodeURIComponent(safeNext(path))}` : '/sign-in');
}
