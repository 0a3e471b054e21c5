import { z } from 'zod';
import { auditActions } from '@/lib/domain/vocabularies';
import { isIsoDay } from '@/lib/dates';

/**
 * The filters of /admin/audit as they stand in the URL (`user`, `entity`, `action`, `from`,
 * `to`, `page`). A value that does not parse is dropped, so a hand-edited link still shows the
 * trail rather than an error.
 */
const fields = {
  user: z.coerce.number().int().positive(),
  entity: z
    .string()
    .trim()
    .regex(/^[a-z_]{1,40}$/),
  action: z.enum(auditActions),
  from: z.string().refine(isIsoDay),
  to: z.string().refine(isIsoDay),
};

export interface AuditQuery {
  user?: number;
  entity?: string;
  action?: (typeof auditActions)[number];
  from?: string;
  to?: string;
}

/** The audit filters of a query string; values that do not parse are left out. */
export function parseAuditQuery(params: Record<string, string | string[] | undefined>): AuditQuery {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(fields)) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (!value) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as AuditQuery;
}

/** The query string of audit filters (for links that keep them). */
export function auditQueryString(query: AuditQuery): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]),
  );
}
