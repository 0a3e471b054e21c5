/**
 * How the audit trail's field-level differences read to people: field names in words, values
 * as text, lists (participants, topics, sources, follow-ups) as what was added and removed.
 * Shared by the History panel, /admin/audit and the conflict message of the meeting form.
 */

const labels: Record<string, string> = {
  title: 'Title',
  datePrecision: 'Date precision',
  startDate: 'Start date',
  endDate: 'End date',
  time: 'Time',
  venue: 'Venue',
  city: 'City',
  countryCode: 'Country',
  eventId: 'Event',
  format: 'Format',
  status: 'Status',
  classification: 'Classification',
  summary: 'Summary',
  outcomes: 'Outcomes',
  participants: 'Participants',
  topics: 'Topics',
  sources: 'Sources',
  followUps: 'Follow-ups',
  deleted: 'Deleted',
  name: 'Name',
  email: 'Email',
  role: 'Role',
  disabled: 'Disabled',
  password: 'Password',
  displayName: 'Name',
  acronym: 'Acronym',
  kind: 'Kind',
  parentId: 'Parent',
  aliases: 'Other names',
};

/** "countryCode" → "Country"; unknown fields are split at capitals ("sortName" → "Sort name"). */
export function fieldLabel(field: string): string {
  const known = labels[field];
  if (known) return known;
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A value as text: "(empty)" for nothing, yes/no for booleans, JSON for anything odd. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? value.map(valueText).join('; ') : '(none)';
  return JSON.stringify(value);
}

/** A change as the UI shows it: a list's added and removed lines, or a value before and after. */
export type ChangeView =
  | { kind: 'list'; field: string; label: string; added: string[]; removed: string[] }
  | { kind: 'value'; field: string; label: string; before: string; after: string };

/** How one field's change reads. */
export function changeView(change: { field: string; before: unknown; after: unknown }): ChangeView {
  const label = fieldLabel(change.field);
  if (Array.isArray(change.before) || Array.isArray(change.after)) {
    const before = (Array.isArray(change.before) ? change.before : []).map(valueText);
    const after = (Array.isArray(change.after) ? change.after : []).map(valueText);
    return {
      kind: 'list',
      field: change.field,
      label,
      added: after.filter((line) => !before.includes(line)),
      removed: before.filter((line) => !after.includes(line)),
    };
  }
  return {
    kind: 'value',
    field: change.field,
    label,
    before: valueText(change.before),
    after: valueText(change.after),
  };
}

export const actionLabels: Record<string, string> = {
  create: 'Created',
  update: 'Edited',
  delete: 'Deleted',
  restore: 'Restored',
  merge: 'Merged',
};
