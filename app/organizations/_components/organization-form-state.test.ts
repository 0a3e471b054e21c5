import { describe, expect, it } from 'vitest';
import { organizationInput } from '@/lib/validation/entities';
import {
  emptyOrganizationForm,
  organizationToFormState,
  toOrganizationValues,
  validateOrganizationForm,
} from './organization-form-state';

describe('the organization form state', () => {
  it('round-trips a stored organization with its parent', () => {
    const state = organizationToFormState(
      {
        name: 'United Nations Office on Drugs and Crime',
        acronym: 'UNODC',
        kind: 'international',
        countryCode: null,
        website: 'https://www.unodc.org',
        aliases: ['ONUDC'],
      },
      { id: 1, name: 'United Nations', acronym: 'UN' },
    );
    expect(state).toMatchObject({ parentText: 'United Nations (UN)', parent: { id: 1 } });
    expect(organizationInput.parse(toOrganizationValues(state))).toMatchObject({
      parentId: 1,
      aliases: ['ONUDC'],
      countryCode: null,
    });
  });

  it('drops the country of an international organization, and flags a parent never chosen', () => {
    const state = {
      ...emptyOrganizationForm(),
      name: 'OSCE',
      kind: 'international' as const,
      countryCode: 'AT',
      parentText: 'United Nat',
    };
    expect(toOrganizationValues(state).countryCode).toBe('');
    expect(validateOrganizationForm(state)).toEqual({
      parentId: 'Choose an organization from the list, or leave the box empty.',
    });
  });
});
