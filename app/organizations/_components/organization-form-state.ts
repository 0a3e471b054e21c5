import { organizationLabel } from '@/components/entity-form/labels';
import { type ChosenRecord, unchosenText } from '@/components/entity-form/record-select';
import type { Organization } from '@/db/schema';
import type { OrganizationKind } from '@/lib/domain/vocabularies';
import { type FieldErrors, fieldErrorsOf } from '@/lib/validation/common';
import { organizationInput, type OrganizationFormValues } from '@/lib/validation/entities';

/** What the organization form holds while the user types. */
export interface OrganizationFormState {
  name: string;
  acronym: string;
  kind: OrganizationKind;
  countryCode: string;
  parent: ChosenRecord | null;
  /** The text in the Parent box (may name nothing yet). */
  parentText: string;
  website: string;
  aliases: string[];
}

export const emptyOrganizationForm = (): OrganizationFormState => ({
  name: '',
  acronym: '',
  kind: 'ministry',
  countryCode: '',
  parent: null,
  parentText: '',
  website: '',
  aliases: [],
});

/** A stored organization, with its parent's name, as form state. */
export function organizationToFormState(
  o: Pick<Organization, 'name' | 'acronym' | 'kind' | 'countryCode' | 'website' | 'aliases'>,
  parent: { id: number; name: string; acronym: string | null } | null,
): OrganizationFormState {
  const parentLabel = parent ? organizationLabel(parent) : '';
  return {
    name: o.name,
    acronym: o.acronym ?? '',
    kind: o.kind,
    countryCode: o.countryCode ?? '',
    parent: parent ? { id: parent.id, label: parentLabel } : null,
    parentText: parentLabel,
    website: o.website ?? '',
    aliases: [...o.aliases],
  };
}

/** The form as the input of `organizationInput`. */
export function toOrganizationValues(s: OrganizationFormState): OrganizationFormValues {
  return {
    name: s.name,
    acronym: s.acronym,
    kind: s.kind,
    countryCode: s.kind === 'international' ? '' : s.countryCode,
    parentId: s.parent?.id ?? null,
    website: s.website,
    aliases: s.aliases,
  };
}

/** The schema's messages, plus one for parent text that was typed but never chosen. */
export function validateOrganizationForm(s: OrganizationFormState): FieldErrors {
  const result = organizationInput.safeParse(toOrganizationValues(s));
  const errors = result.success ? {} : fieldErrorsOf(result.error);
  if (unchosenText(s.parent, s.parentText)) {
    errors.parentId ??= 'Choose an organization from the list, or leave the box empty.';
  }
  return errors;
}

const labels: Record<string, string> = {
  name: 'Name',
  acronym: 'Acronym',
  kind: 'Kind',
  countryCode: 'Country',
  parentId: 'Part of',
  website: 'Website',
  aliases: 'Other names',
};

export function organizationFieldLabel(target: string): string {
  const [list = '', index] = target.split('.');
  if (list === 'aliases' && index !== undefined) return `Other name ${Number(index) + 1}`;
  return labels[list] ?? list;
}

export const organizationFieldOrder = Object.keys(labels);
