/**
 * Runs once when the server starts: create, migrate and fill the database, and build the search's
 * in-memory facet index, before any request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getDb } = await import('./db');
    const { warmFacetIndex } = await import('./db/queries/search/memory/store');
    warmFacetIndex(await getDb());
  }
}
