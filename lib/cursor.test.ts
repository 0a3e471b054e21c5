import { describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/domain/errors';
import { decodeCursor, encodeCursor, keyOfArity } from './cursor';

const isPage = (v: unknown): v is { page: number } =>
  typeof v === 'object' && v !== null && Number.isSafeInteger((v as { page?: unknown }).page);

describe('cursors', () => {
  it('give back what they were made of', () => {
    const cursor = encodeCursor(['Umarov, Kairat', 12]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, keyOfArity(2))).toEqual(['Umarov, Kairat', 12]);
    expect(decodeCursor(encodeCursor({ page: 3 }), isPage)).toEqual({ page: 3 });
  });

  it('refuse, as a 400 naming cursor, what the list could not have made', () => {
    const bad = [
      '%%%',
      'not-a-cursor',
      encodeCursor([]),
      encodeCursor(['a']),
      encodeCursor(['a', 1, 2]),
      encodeCursor([{ x: 1 }, 1]),
      Buffer.from('[1,').toString('base64url'),
    ];
    for (const cursor of bad) {
      let error: unknown;
      try {
        decodeCursor(cursor, keyOfArity(2));
      } catch (e) {
        error = e;
      }
      expect(error, cursor).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('invalid');
      expect((error as DomainError).fieldErrors?.cursor).toMatch(/^cursor /);
    }
  });

  it('refuse a cursor of another kind of list', () => {
    expect(() => decodeCursor(encodeCursor(['a', 1]), isPage)).toThrow(DomainError);
    expect(() => decodeCursor(encodeCursor({ page: 1 }), keyOfArity(2))).toThrow(DomainError);
  });
});
