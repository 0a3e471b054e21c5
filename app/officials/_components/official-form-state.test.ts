import { describe, expect, it } from 'vitest';
import { officialRecordInput } from '@/lib/validation/entities';
import {
  emptyOfficialForm,
  emptyPosition,
  officialFieldLabel,
  officialToFormState,
  toOfficialRecordValues,
  validateOfficialForm,
} from './official-form-state';

const stored = {
  displayName: 'Kairat Umarov',
  sortName: 'Umarov, Kairat',
  aliases: ['Kayrat Umarov'],
  countryCode: 'KZ',
  wikidataId: null,
  notes: null,
  // Newest first, as db/queries/officials.ts gives them.
  positions: [
    {
      id: 2,
      title: 'First Deputy Foreign Minister',
      startDate: '2022-01-05',
      endDate: null,
      organizationId: 4,
      organizationName: 'Ministry of Foreign Affairs of Kazakhstan',
      organizationAcronym: 'MFA',
    },
    {
      id: 1,
      title: 'Ambassador to the United States',
      startDate: '2016-01-01',
      endDate: '2021-12-31',
      organizationId: null,
      organizationName: null,
      organizationAcronym: null,
    },
  ],
};

describe('the official form state', () => {
  it('round-trips a stored official, positions oldest first, ids kept', () => {
    const state = officialToFormState(stored);
    expect(state.positions.map((p) => [p.id, p.organizationText])).toEqual([
      [1, ''],
      [2, 'Ministry of Foreign Affairs of Kazakhstan (MFA)'],
    ]);
    const parsed = officialRecordInput.parse(toOfficialRecordValues(state));
    expect(parsed).toMatchObject({
      displayName: 'Kairat Umarov',
      aliases: ['Kayrat Umarov'],
      wikidataId: null,
      positions: [
        { id: 1, organizationId: null, endDate: '2021-12-31' },
        { id: 2, organizationId: 4, startDate: '2022-01-05', endDate: null },
      ],
    });
    expect(validateOfficialForm(state)).toEqual({});
  });

  it('flags organization text typed but never chosen, and keeps it', () => {
    const state = {
      ...emptyOfficialForm(),
      displayName: 'Aida Nurlanova',
      positions: [{ ...emptyPosition(), title: 'Director', organizationText: 'Ministry of Fo' }],
    };
    expect(validateOfficialForm(state)).toEqual({
      'positions.0.organizationId': 'Choose an organization from the list, or leave the box empty.',
    });
    expect(state.positions[0]?.organizationText).toBe('Ministry of Fo');
  });

  it('names fields for the error summary', () => {
    expect(officialFieldLabel('positions.1.endDate')).toBe('Position 2 end');
    expect(officialFieldLabel('aliases.0')).toBe('Other name 1');
    expect(officialFieldLabel('wikidataId')).toBe('Wikidata id');
  });
});
