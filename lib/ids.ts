/**
 * A record id as it appears in a path or a query string: a positive whole number written in
 * digits only ("12", not "012", "1e1" or "12.0"), or null. Pages 404 on null; the API answers
 * 400 naming the id (lib/server/params.ts's idParam).
 */
export function parseId(raw: string): number | null {
  return /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : null;
}
