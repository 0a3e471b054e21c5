import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsChunks, icsEvent, nextDay } from './ics';
import { collect, sampleMeeting, testContext } from './testing';

/** Content lines after unfolding (RFC 5545 §3.1): CRLF followed by one space is removed. */
const unfold = (text: string) => text.replace(/\r\n /g, '').split('\r\n').filter(Boolean);

describe('iCalendar export', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'é🌍x'.repeat(40)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n').filter(Boolean);
    expect(physical.length).toBeGreaterThan(1);
    for (const p of physical) expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toEqual([line]);
    expect(foldLine('SHORT:line')).toBe('SHORT:line\r\n');
  });

  it('gives an approximate span as all-day dates with an exclusive end', () => {
    const lines = unfold(icsEvent(sampleMeeting(), testContext));
    expect(lines).toContain('DTSTART;VALUE=DATE:20230313');
    expect(lines).toContain('DTEND;VALUE=DATE:20230318');
    expect(lines).toContain('UID:meeting-12@parley');
    expect(lines).toContain('DTSTAMP:20261129T101500Z');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines).toContain('URL:https://parley.example.org/meetings/12');
    expect(lines).toContain('LOCATION:Vienna International Centre\\, Vienna\\, Austria');
    expect(lines).toContain('SEQUENCE:1');
    const description = lines.find((l) => l.startsWith('DESCRIPTION:')) ?? '';
    expect(description).toContain('Date: between 13 and 17 March 2023');
    expect(description).toContain(
      '- Kairat Umarov (First Deputy Foreign Minister\\, Ministry of Foreign Affairs of Kazakhstan)',
    );
  });

  it('spans a whole month, and gives a timed day a floating local start', () => {
    const month = unfold(
      icsEvent(
        sampleMeeting({ datePrecision: 'month', startDate: '2024-02-01', endDate: '2024-02-29' }),
        testContext,
      ),
    );
    expect(month).toContain('DTSTART;VALUE=DATE:20240201');
    expect(month).toContain('DTEND;VALUE=DATE:20240301');
    const timed = unfold(
      icsEvent(
        sampleMeeting({
          datePrecision: 'day',
          endDate: '2023-03-13',
          time: '10:30',
          status: 'planned',
        }),
        testContext,
      ),
    );
    expect(timed).toContain('DTSTART:20230313T103000');
    expect(timed.some((l) => l.startsWith('DTEND'))).toBe(false);
    expect(timed).toContain('STATUS:TENTATIVE');
    expect(unfold(icsEvent(sampleMeeting({ status: 'cancelled' }), testContext))).toContain(
      'STATUS:CANCELLED',
    );
  });

  it('crosses month and year ends', () => {
    expect(nextDay('2023-12-31')).toBe('2024-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
  });

  it('writes one VEVENT per meeting inside one VCALENDAR, CRLF throughout', async () => {
    const text = await collect(
      icsChunks(
        [[sampleMeeting(), sampleMeeting({ id: 13 })], [sampleMeeting({ id: 14 })]],
        testContext,
        {
          name: 'Parley meetings',
          refresh: 'PT1H',
        },
      ),
    );
    const lines = unfold(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual([
      'UID:meeting-12@parley',
      'UID:meeting-13@parley',
      'UID:meeting-14@parley',
    ]);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
