import { describe, expect, it } from 'vitest';
import { officialInput } from '@/lib/validation/entities';
import {
  emptyOfficialDraft,
  organizationLabel,
  toOfficialValues,
  validateOfficial,
} from './official-draft';

const osce = {
  id: 8,
  name: 'OSCE secretariat',
  acronym: 'OSCE',
  kind: 'international' as const,
  countryCode: null,
};

describe('official draft', () => {
  it('sends a new international organization without a country', () => {
    const values = toOfficialValues({
      ...emptyOfficialDraft,
      displayName: 'Helga Schmid',
      aliases: 'H. Schmid, ',
      title: 'Secretary General',
      newOrganization: { name: 'OSCE', acronym: 'OSCE', kind: 'international', countryCode: 'AT' },
    });
    const parsed = officialInput.parse(values);
    expect(parsed).toMatchObject({
      displayName: 'Helga Schmid',
      aliases: ['H. Schmid'],
      organizationId: null,
      newOrganization: { name: 'OSCE', kind: 'international', countryCode: null },
      title: 'Secretary General',
    });
  });

  it('sends the chosen organization’s id', () => {
    const values = toOfficialValues({
      ...emptyOfficialDraft,
      displayName: 'X',
      organization: osce,
    });
    expect(values.organizationId).toBe(8);
    expect(values.newOrganization).toBeNull();
  });

  it('flags organization text that was typed but never chosen', () => {
    const errors = validateOfficial({
      ...emptyOfficialDraft,
      displayName: 'X',
      organizationQuery: 'OSC',
    });
    expect(errors.organizationId).toMatch(/Choose an organization/);
    const chosen = validateOfficial({
      ...emptyOfficialDraft,
      displayName: 'X',
      organization: osce,
      organizationQuery: organizationLabel(osce),
    });
    expect(chosen).toEqual({});
  });

  it('requires a name', () => {
    expect(validateOfficial(emptyOfficialDraft).displayName).toBe('Enter the official’s name.');
  });
});
