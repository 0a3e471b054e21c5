import type { ExportContext, ExportMeeting } from './types';

/** A fixed context for format tests. */
export const testContext: ExportContext = {
  baseUrl: 'https://parley.example.org',
  now: new Date('2026-11-29T10:15:00Z'),
};

/** A meeting as the export engine gives it: the seed article's first bilateral, by default. */
export function sampleMeeting(overrides: Partial<ExportMeeting> = {}): ExportMeeting {
  return {
    id: 12,
    title: 'Umarov meets Schmid on the sidelines of the CND',
    startDate: '2023-03-13',
    endDate: '2023-03-17',
    datePrecision: 'range',
    time: null,
    venue: 'Vienna International Centre',
    city: 'Vienna',
    countryCode: 'AT',
    eventId: 3,
    format: 'bilateral',
    status: 'held',
    summary: 'The parties discussed border security, drug trafficking; and "the 2024 agenda".',
    outcomes: 'Agreed to meet again.',
    classification: 'public',
    createdAt: 1_700_000_000,
    updatedAt: 1_700_000_600,
    createdBy: null,
    updatedBy: null,
    version: 2,
    deletedAt: null,
    eventName: '66th session of the Commission on Narcotic Drugs',
    participants: [
      {
        officialId: 5,
        officialName: 'Kairat Umarov',
        organizationId: 7,
        organizationName: 'Ministry of Foreign Affairs of Kazakhstan',
        organizationAcronym: null,
        role: 'host',
        title: 'First Deputy Foreign Minister',
        countryCode: 'KZ',
      },
      {
        officialId: 6,
        officialName: 'Helga Schmid',
        organizationId: 8,
        organizationName: 'Organization for Security and Co-operation in Europe',
        organizationAcronym: 'OSCE',
        role: 'head',
        title: 'Secretary General',
        countryCode: null,
      },
    ],
    topics: [
      { id: 1, name: 'Border security' },
      { id: 2, name: 'Counter-narcotics' },
    ],
    sources: [
      {
        url: 'https://www.gov.kz/press/123',
        title: 'Press release',
        publisher: 'MFA of Kazakhstan',
        publishedDate: '2023-03-14',
      },
    ],
    followUps: [{ description: 'Send the draft', owner: null, dueDate: null, status: 'open' }],
    ...overrides,
  };
}

/** Collects an async generator of text chunks into one string. */
export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}
