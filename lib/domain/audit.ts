import type { AuditAction } from './vocabularies';

/** One field's change: its value before and after (null when absent). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** An audit entry as History and /admin/audit show it. */
export interface HistoryEntry {
  id: number;
  at: number;
  action: AuditAction;
  entityType: string;
  entityId: number;
  entityVersion: number | null;
  userId: number | null;
  /** The user's name, or null for the system (demo data, scripts). */
  userName: string | null;
  changes: FieldChange[];
}
