/** Runs once when the server starts: create, migrate and fill the database before any request. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getDb } = await import('./db');
    await getDb();
  }
}
