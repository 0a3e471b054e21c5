import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from './extract';

const dir = path.join(__dirname, 'corpus', 'dev');
const texts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));

describe('extract on any text', () => {
  it('answers an empty text and a text without meetings with a warning', () => {
    expect(extract({ text: '', published: null })).toEqual({
      meetings: [],
      warnings: ['No meeting found in the text.'],
    });
    expect(extract({ text: 'The weather was fine.', published: '2024-01-01' }).meetings).toEqual(
      [],
    );
  });
  it('never throws on a text cut anywhere, and its evidence stays inside the text', () => {
    for (const whole of texts) {
      for (const cut of [0.13, 0.37, 0.61, 0.89]) {
        const text = whole.slice(Math.floor(whole.length * cut));
        const { meetings } = extract({ text, published: '2024-06-01' });
        for (const m of meetings)
          for (const [a, b] of m.evidence) expect(a >= 0 && b <= text.length && a < b).toBe(true);
      }
    }
  });
  it('reads all the releases pasted as one text', () => {
    const { meetings } = extract({ text: texts.join('\n\n'), published: '2024-06-01' });
    expect(meetings.length).toBeGreaterThan(50);
  });
  it('is deterministic', () => {
    const text = texts[3]!;
    expect(extract({ text, published: null })).toEqual(extract({ text, published: null }));
  });
});
