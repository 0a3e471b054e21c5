import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import { goldDate, normalizeName, type GoldFile } from './score';

const dir = path.join(__dirname, 'corpus', 'dev');
const text = fs.readFileSync(path.join(dir, '00-seed.txt'), 'utf8');
const gold = JSON.parse(fs.readFileSync(path.join(dir, '00-seed.gold.json'), 'utf8')) as GoldFile;

describe('the seed article, published 2023-03-20', () => {
  const { meetings } = extract({ text, published: '2023-03-20' });

  it('gives its five gold meetings', () => {
    expect(meetings).toHaveLength(gold.meetings.length);
  });

  it.each(gold.meetings.map((g, i) => [i + 1, g] as const))(
    'meeting %i has the gold date, precision, venue, format and participants',
    (i, g) => {
      const m = meetings[i - 1]!;
      const want = goldDate(g);
      expect({
        date: m.date,
        endDate: m.endDate,
        precision: m.datePrecision,
        city: m.city,
        country: m.countryCode,
        format: m.format,
        names: m.participants.map((p) => normalizeName(p.name)).sort(),
      }).toEqual({
        date: want.date,
        endDate: want.endDate,
        precision: g.date_precision,
        city: g.city,
        country: g.country_iso2,
        format: g.format,
        names: g.participants.map((p) => normalizeName(p.name)).sort(),
      });
    },
  );

  it('points every meeting back to sentences of the text', () => {
    for (const m of meetings) {
      expect(m.evidence.length).toBeGreaterThan(0);
      for (const [a, b] of m.evidence) expect(text.slice(a, b).trim().length).toBe(b - a);
    }
    expect(text.slice(...meetings[4]!.evidence[0]!)).toContain('Helga Schmid');
  });
});
