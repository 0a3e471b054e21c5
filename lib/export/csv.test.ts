import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BOM, csvChunks, meetingColumns, participantColumns } from './csv';
import { collect, sampleMeeting, testContext } from './testing';

const parseCsv = (text: string) =>
  parse(text, { bom: true, columns: true }) as Record<string, string>[];

describe('CSV export', () => {
  it('writes one row per meeting with readable cells, BOM and CRLF', async () => {
    const text = await collect(
      csvChunks(
        [
          [sampleMeeting()],
          [sampleMeeting({ id: 13, datePrecision: 'day', endDate: '2023-03-13' })],
        ],
        'meetings',
        testContext,
      ),
    );
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.split('\r\n')[0]).toBe(BOM + meetingColumns.map((c) => `"${c.header}"`).join(','));
    const rows = parseCsv(text);
    expect(rows.map((r) => r.id)).toEqual(['12', '13']);
    expect(rows[0]).toMatchObject({
      title: 'Umarov meets Schmid on the sidelines of the CND',
      date: 'between 13 and 17 March 2023',
      start_date: '2023-03-13',
      end_date: '2023-03-17',
      country: 'Austria',
      event: '66th session of the Commission on Narcotic Drugs',
      participants:
        'Kairat Umarov (First Deputy Foreign Minister, Ministry of Foreign Affairs of Kazakhstan); ' +
        'Helga Schmid (Secretary General, Organization for Security and Co-operation in Europe)',
      organizations:
        'Ministry of Foreign Affairs of Kazakhstan; Organization for Security and Co-operation in Europe',
      countries: 'Kazakhstan',
      topics: 'Border security; Counter-narcotics',
      summary: 'The parties discussed border security, drug trafficking; and "the 2024 agenda".',
      sources: 'https://www.gov.kz/press/123',
      url: 'https://parley.example.org/meetings/12',
    });
    expect(rows[1]?.date).toBe('13 March 2023');
  });

  it('keeps line breaks, quotes and commas inside their cell', async () => {
    const summary = 'Line one\nLine two, "quoted"\r\nLine three';
    const text = await collect(csvChunks([[sampleMeeting({ summary })]], 'meetings', testContext));
    expect(text).toContain('"Line one\nLine two, ""quoted""\r\nLine three"');
    expect(parseCsv(text)[0]?.summary).toBe(summary);
  });

  it('writes one row per participant in the long form', async () => {
    const text = await collect(
      csvChunks(
        [[sampleMeeting(), sampleMeeting({ id: 13, participants: [] })]],
        'participants',
        testContext,
      ),
    );
    const rows = parseCsv(text);
    expect(Object.keys(rows[0] ?? {})).toEqual([...participantColumns]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      meeting_id: '12',
      participant: 'Kairat Umarov',
      role: 'host',
      title: 'First Deputy Foreign Minister',
      organization: 'Ministry of Foreign Affairs of Kazakhstan',
      country: 'Kazakhstan',
    });
    expect(rows[1]).toMatchObject({ participant: 'Helga Schmid', country: '' });
  });

  it('writes just the header for an empty set', async () => {
    const text = await collect(csvChunks([], 'meetings', testContext));
    expect(text.split('\r\n')).toHaveLength(2);
    expect(parseCsv(text)).toEqual([]);
  });
});
