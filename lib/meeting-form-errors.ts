/**
 * Field-error keys of the logging form ('sources.0.url', as `fieldErrorsOf` gives them): where
 * each message is shown, what the error summary calls it, and in which order.
 */

/** The DOM id of the input for a field-error key: 'sources.0.url' → 'field-sources-0-url'. */
export function fieldId(key: string): string {
  return `field-${key.replace(/\./g, '-')}`;
}

/**
 * The field that shows (and is focused for) an error key: a missing participant points at the
 * row's role, any topic problem at the topics input, a row-level problem at its first field.
 */
export function errorTarget(key: string): string {
  const participant = /^participants\.(\d+)\.(officialId|organizationId)$/.exec(key);
  if (participant) return `participants.${participant[1]}.role`;
  if (key.startsWith('topics')) return 'topics';
  const row = /^(sources|followUps)\.(\d+)$/.exec(key);
  if (row) return `${key}.${row[1] === 'sources' ? 'url' : 'description'}`;
  return key;
}

const fieldLabels: Record<string, string> = {
  title: 'Title',
  datePrecision: 'Date precision',
  date: 'Date',
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
};

/** The form's top-to-bottom order of fields, so the error summary reads like the form. */
const fieldOrder = [
  'title',
  'datePrecision',
  'date',
  'endDate',
  'time',
  'venue',
  'city',
  'countryCode',
  'eventId',
  'format',
  'status',
  'classification',
  'participants',
  'topics',
  'summary',
  'outcomes',
  'sources',
  'followUps',
];

const rowFieldRank = (list: string, field: string) =>
  Object.keys(rowFieldLabels[list] ?? {}).indexOf(field);

/** Sorts error keys as the fields appear in the form ('participants' before 'participants.0.role'). */
export function compareFieldKeys(a: string, b: string): number {
  const [listA = '', indexA = '-1', fieldA = ''] = a.split('.');
  const [listB = '', indexB = '-1', fieldB = ''] = b.split('.');
  const rank = (list: string) =>
    fieldOrder.includes(list) ? fieldOrder.indexOf(list) : fieldOrder.length;
  return (
    rank(listA) - rank(listB) ||
    Number(indexA) - Number(indexB) ||
    rowFieldRank(listA, fieldA) - rowFieldRank(listA, fieldB)
  );
}

const rowFieldLabels: Record<string, Record<string, string>> = {
  participants: { role: 'role', title: 'title at the time', officialId: '', organizationId: '' },
  sources: { url: 'URL', title: 'title', publisher: 'publisher', publishedDate: 'published date' },
  followUps: { description: 'description', owner: 'owner', dueDate: 'due date', status: 'status' },
};

const rowNames: Record<string, string> = {
  participants: 'Participant',
  sources: 'Source',
  followUps: 'Follow-up',
};

/** A human name for an error key, for the error summary: 'sources.0.url' → 'Source 1 URL'. */
export function fieldLabel(key: string): string {
  const [list, index, field] = key.split('.');
  if (!list) return 'Form';
  if (list === 'topics') return 'Topics';
  if (index !== undefined && rowNames[list]) {
    const sub = field ? (rowFieldLabels[list]?.[field] ?? field) : '';
    return `${rowNames[list]} ${Number(index) + 1}${sub ? ` ${sub}` : ''}`;
  }
  return fieldLabels[list] ?? list;
}
