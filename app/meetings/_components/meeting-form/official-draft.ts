import type { OrganizationKind } from '@/lib/domain/vocabularies';
import type { OrganizationOption } from '@/lib/queries/organizations';
import { type FieldErrors, fieldErrorsOf } from '@/lib/validation/common';
import { officialInput, type OfficialFormValues } from '@/lib/validation/entities';

export interface NewOrganizationDraft {
  name: string;
  acronym: string;
  kind: OrganizationKind;
  countryCode: string;
}

/** What the "New official" panel holds while the user types. */
export interface OfficialDraft {
  displayName: string;
  /** Other spellings, comma-separated. */
  aliases: string;
  countryCode: string;
  organization: OrganizationOption | null;
  /** The text in the Organization box (may name nothing yet). */
  organizationQuery: string;
  newOrganization: NewOrganizationDraft | null;
  title: string;
}

export const emptyOfficialDraft: OfficialDraft = {
  displayName: '',
  aliases: '',
  countryCode: '',
  organization: null,
  organizationQuery: '',
  newOrganization: null,
  title: '',
};

/** The draft as the input of `officialInput` (what the server action receives). */
export function toOfficialValues(d: OfficialDraft): OfficialFormValues {
  const org = d.newOrganization;
  return {
    displayName: d.displayName,
    aliases: d.aliases
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    countryCode: d.countryCode,
    notes: '',
    organizationId: org ? null : (d.organization?.id ?? null),
    newOrganization: org
      ? {
          name: org.name,
          acronym: org.acronym,
          kind: org.kind,
          countryCode: org.kind === 'international' ? '' : org.countryCode,
          parentId: null,
          website: '',
          aliases: [],
        }
      : null,
    title: d.title,
    positionStart: '',
  };
}

/** The schema's messages, plus one for organization text that was typed but never chosen. */
export function validateOfficial(d: OfficialDraft): FieldErrors {
  const result = officialInput.safeParse(toOfficialValues(d));
  const errors = result.success ? {} : fieldErrorsOf(result.error);
  const query = d.organizationQuery.trim();
  const named = d.organization && organizationLabel(d.organization) === query;
  if (!d.newOrganization && query && !named) {
    errors.organizationId ??=
      'Choose an organization from the list, or choose “New organization” to add it.';
  }
  return errors;
}

/** The organization's name as shown after the person: "Organization for … (OSCE)". */
export function organizationLabel(o: { name: string; acronym: string | null }): string {
  return o.acronym && !o.name.includes(`(${o.acronym})`) ? `${o.name} (${o.acronym})` : o.name;
}
