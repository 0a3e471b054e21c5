import { describe, expect, it } from 'vitest';
import { parseId } from './ids';

describe('parseId', () => {
  it('reads a positive whole number', () => {
    expect(parseId('1')).toBe(1);
    expect(parseId('120034')).toBe(120034);
  });

  it('refuses anything else', () => {
    for (const raw of ['', '0', '-1', '012', '1e3', '12.0', ' 12', 'abc', '1234567890123456']) {
      expect(parseId(raw), raw).toBeNull();
    }
  });
});
