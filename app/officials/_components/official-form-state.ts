import type { ChosenRecord } from '@/components/entity-form/record-select';
import { unchosenText } from '@/components/entity-form/record-select';
import { organizationLabel } from '@/components/entity-form/labels';
import { newRowKey } from '@/lib/meeting-form-values';
import { type FieldErrors, fieldErrorsOf } from '@/lib/validation/common';
import { officialRecordInput, type OfficialRecordValues } from '@/lib/validation/entities';

/** One position row while it is being edited. */
export interface PositionRow {
  key: string;
  /** The stored position, or null for a row added here. */
  id: number | null;
  organization: ChosenRecord | null;
  /** The text in the Organization box (may name nothing yet). */
  organizationText: string;
  title: string;
  startDate: string;
  endDate: string;
}

/** What the official form holds while the user types. */
export interface OfficialFormState {
  displayName: string;
  sortName: string;
  aliases: string[];
  countryCode: string;
  wikidataId: string;
  notes: string;
  positions: PositionRow[];
}

export const emptyOfficialForm = (): OfficialFormState => ({
  displayName: '',
  sortName: '',
  aliases: [],
  countryCode: '',
  wikidataId: '',
  notes: '',
  positions: [],
});

export const emptyPosition = (): PositionRow => ({
  key: newRowKey('position'),
  id: null,
  organization: null,
  organizationText: '',
  title: '',
  startDate: '',
  endDate: '',
});

/** A stored official (as db/queries/officials.ts getOfficial gives them) as form state. */
export function officialToFormState(o: {
  displayName: string;
  sortName: string;
  aliases: string[];
  countryCode: string | null;
  wikidataId: string | null;
  notes: string | null;
  positions: ReadonlyArray<{
    id: number;
    title: string;
    startDate: string | null;
    endDate: string | null;
    organizationId: number | null;
    organizationName: string | null;
    organizationAcronym: string | null;
  }>;
}): OfficialFormState {
  return {
    displayName: o.displayName,
    sortName: o.sortName,
    aliases: [...o.aliases],
    countryCode: o.countryCode ?? '',
    wikidataId: o.wikidataId ?? '',
    notes: o.notes ?? '',
    // Oldest first, as a career reads.
    positions: [...o.positions].reverse().map((p) => {
      const label =
        p.organizationId && p.organizationName
          ? organizationLabel({ name: p.organizationName, acronym: p.organizationAcronym })
          : '';
      return {
        key: `position-${p.id}`,
        id: p.id,
        organization: p.organizationId ? { id: p.organizationId, label } : null,
        organizationText: label,
        title: p.title,
        startDate: p.startDate ?? '',
        endDate: p.endDate ?? '',
      };
    }),
  };
}

/** The form as the input of `officialRecordInput` (what the server action receives). */
export function toOfficialRecordValues(s: OfficialFormState): OfficialRecordValues {
  return {
    displayName: s.displayName,
    sortName: s.sortName,
    aliases: s.aliases,
    countryCode: s.countryCode,
    wikidataId: s.wikidataId,
    notes: s.notes,
    positions: s.positions.map((p) => ({
      id: p.id,
      organizationId: p.organization?.id ?? null,
      title: p.title,
      startDate: p.startDate,
      endDate: p.endDate,
    })),
  };
}

/** The schema's messages, plus one for organization text that was typed but never chosen. */
export function validateOfficialForm(s: OfficialFormState): FieldErrors {
  const result = officialRecordInput.safeParse(toOfficialRecordValues(s));
  const errors = result.success ? {} : fieldErrorsOf(result.error);
  s.positions.forEach((p, i) => {
    if (unchosenText(p.organization, p.organizationText)) {
      errors[`positions.${i}.organizationId`] ??=
        'Choose an organization from the list, or leave the box empty.';
    }
  });
  return errors;
}

const labels: Record<string, string> = {
  displayName: 'Name',
  sortName: 'Sort name',
  aliases: 'Other names',
  countryCode: 'Country',
  wikidataId: 'Wikidata id',
  notes: 'Notes',
  positions: 'Positions',
};

const positionFields: Record<string, string> = {
  organizationId: 'organization',
  title: 'title',
  startDate: 'start',
  endDate: 'end',
};

/** What the error summary calls a field: 'positions.1.title' → 'Position 2 title'. */
export function officialFieldLabel(target: string): string {
  const [list = '', index, field] = target.split('.');
  if (list === 'aliases' && index !== undefined) return `Other name ${Number(index) + 1}`;
  if (list === 'positions' && index !== undefined) {
    return `Position ${Number(index) + 1}${field ? ` ${positionFields[field] ?? field}` : ''}`;
  }
  return labels[list] ?? list;
}

export const officialFieldOrder = [
  'displayName',
  'sortName',
  'aliases',
  'countryCode',
  'wikidataId',
  'notes',
  'positions',
] as const;
