import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, isCursor } from './cursor';

describe('keyset cursors', () => {
  it('round-trips a sort key, opaquely', () => {
    const cursor = encodeCursor(['Umarov, Kairat', 12]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(['Umarov, Kairat', 12]);
  });

  it('refuses what encodeCursor could not have made', () => {
    for (const bad of [
      '',
      '%%%',
      'abc',
      encodeCursor([]),
      Buffer.from('{"a":1}').toString('base64url'),
    ]) {
      expect(isCursor(bad), bad).toBe(false);
    }
    expect(decodeCursor(Buffer.from('[{"x":1}]').toString('base64url'))).toBeNull();
  });
});
