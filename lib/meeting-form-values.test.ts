import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/validation/common';
import { meetingInput } from '@/lib/validation/meeting';
import { errorTarget, fieldId } from './meeting-form-errors';
import {
  convertDate,
  emptyMeetingForm,
  type MeetingRecordForForm,
  meetingToFormState,
  searchDateOf,
  toMeetingValues,
} from './meeting-form-values';

const names: Record<string, string> = { KZ: 'Kazakhstan', AT: 'Austria' };
const countryName = (code: string) => names[code] ?? code;

function record(overrides: Partial<MeetingRecordForForm> = {}): MeetingRecordForForm {
  return {
    title: 'Umarov – Schmid (OSCE)',
    datePrecision: 'range',
    startDate: '2023-03-13',
    endDate: '2023-03-17',
    time: null,
    venue: null,
    city: 'Vienna',
    countryCode: 'AT',
    eventId: 4,
    format: 'bilateral',
    status: 'held',
    classification: 'public',
    summary: null,
    outcomes: 'Agreed to intensify cooperation',
    participants: [
      {
        id: 11,
        officialId: 1,
        officialName: 'Kairat Umarov',
        officialCountryCode: 'KZ',
        organizationId: 7,
        organizationName: 'Ministry of Foreign Affairs of Kazakhstan',
        organizationAcronym: null,
        role: 'head',
        title: 'First Deputy Foreign Minister',
        countryCode: 'KZ',
      },
      {
        id: 12,
        officialId: 2,
        officialName: 'Helga Schmid',
        officialCountryCode: null,
        organizationId: 8,
        organizationName: 'Organization for Security and Co-operation in Europe',
        organizationAcronym: 'OSCE',
        role: 'head',
        title: null,
        countryCode: null,
      },
    ],
    topics: [{ id: 3, name: 'Election observation' }],
    sources: [
      {
        id: 5,
        url: 'https://astanatimes.com/x',
        title: null,
        publisher: null,
        publishedDate: null,
      },
    ],
    followUps: [
      { id: 9, description: 'Invite Schmid', owner: null, dueDate: '2023-06-01', status: 'open' },
    ],
    ...overrides,
  };
}

describe('meetingToFormState', () => {
  it('maps a range to start and end, nulls to empty strings, rows with keys and details', () => {
    const s = meetingToFormState(record(), countryName);
    expect(s).toMatchObject({
      datePrecision: 'range',
      date: '2023-03-13',
      endDate: '2023-03-17',
      time: '',
      venue: '',
      summary: '',
      eventId: 4,
    });
    expect(s.participants[0]).toEqual({
      key: 'participant-11',
      officialId: 1,
      organizationId: 7,
      role: 'head',
      title: 'First Deputy Foreign Minister',
      name: 'Kairat Umarov',
      detail: 'Ministry of Foreign Affairs of Kazakhstan, Kazakhstan',
    });
    expect(s.participants[1]?.title).toBe('');
    expect(s.participants[1]?.detail).toBe('Organization for Security and Co-operation in Europe');
    expect(s.topics).toEqual([{ key: 'topic-3', id: 3, name: 'Election observation' }]);
    expect(s.sources[0]).toMatchObject({ url: 'https://astanatimes.com/x', title: '' });
    expect(s.followUps[0]).toMatchObject({ id: 9, owner: '', dueDate: '2023-06-01' });
  });

  it('shows a month-precision meeting as YYYY-MM and no end date', () => {
    const s = meetingToFormState(
      record({ datePrecision: 'month', startDate: '2023-06-01', endDate: '2023-06-30' }),
      countryName,
    );
    expect(s.date).toBe('2023-06');
    expect(s.endDate).toBe('');
  });

  it('round-trips through the schema to the same meeting', () => {
    const values = toMeetingValues(meetingToFormState(record(), countryName));
    const parsed = meetingInput.parse(values);
    expect(parsed).toMatchObject({
      title: 'Umarov – Schmid (OSCE)',
      datePrecision: 'range',
      date: '2023-03-13',
      endDate: '2023-03-17',
      time: null,
      countryCode: 'AT',
      eventId: 4,
      participants: [
        { officialId: 1, organizationId: 7, role: 'head', title: 'First Deputy Foreign Minister' },
        { officialId: 2, organizationId: 8, role: 'head', title: null },
      ],
      topics: [{ id: 3, name: 'Election observation' }],
    });
  });
});

describe('toMeetingValues', () => {
  it('drops the end date unless the precision is a range', () => {
    const s = { ...emptyMeetingForm(), datePrecision: 'day' as const, endDate: '2023-01-01' };
    expect(toMeetingValues(s).endDate).toBe('');
  });

  it('gives the schema keys that map back to field ids', () => {
    const s = emptyMeetingForm();
    s.sources = [{ key: 'a', url: 'not a url', title: '', publisher: '', publishedDate: '' }];
    const result = meetingInput.safeParse(toMeetingValues(s));
    expect(result.success).toBe(false);
    const errors = result.success ? {} : fieldErrorsOf(result.error);
    expect(Object.keys(errors)).toEqual(
      expect.arrayContaining(['title', 'date', 'participants', 'sources.0.url']),
    );
    expect(fieldId(errorTarget('sources.0.url'))).toBe('field-sources-0-url');
  });
});

describe('helpers', () => {
  it('searchDateOf gives the first day of the meeting, or null', () => {
    expect(searchDateOf({ datePrecision: 'day', date: '2023-03-13' })).toBe('2023-03-13');
    expect(searchDateOf({ datePrecision: 'month', date: '2023-03' })).toBe('2023-03-01');
    expect(searchDateOf({ datePrecision: 'range', date: '' })).toBeNull();
  });

  it('convertDate keeps the month when switching precision', () => {
    expect(convertDate('2023-03-13', 'month')).toBe('2023-03');
    expect(convertDate('2023-03', 'day')).toBe('2023-03-01');
    expect(convertDate('', 'range')).toBe('');
  });
});
