import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('keeps offsets that point back into the text', () => {
    const text = 'Title line\n\nUmarov met Floyd. They discussed trade.';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([
      'Title line',
      'Umarov met Floyd.',
      'They discussed trade.',
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s[2]?.paragraph).toBe(1);
  });
  it('does not end a sentence after an initial or a title abbreviation', () => {
    expect(
      splitSentences('Mr. K. Umarov met Ms. Schmid. Then he left.').map((x) => x.text),
    ).toEqual(['Mr. K. Umarov met Ms. Schmid.', 'Then he left.']);
  });
});
