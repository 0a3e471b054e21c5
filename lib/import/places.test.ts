import { describe, expect, it } from 'vitest';
import { findPlaces, placeCode } from './places';

describe('findPlaces', () => {
  it('finds country names, demonyms and capitals with their codes', () => {
    const found = findPlaces(
      'Kazakh officials in Austria’s capital Vienna met Czech Republic envoys',
    );
    expect(found.map((p) => [p.kind, p.code])).toEqual([
      ['demonym', 'KZ'],
      ['country', 'AT'],
      ['city', 'AT'],
      ['country', 'CZ'],
    ]);
  });
  it('knows cities that are not capitals', () => {
    expect(placeCode('Geneva')).toBe('CH');
    expect(placeCode('Skopje')).toBe('MK');
  });
  it('does not take two-letter codes for countries', () => {
    expect(findPlaces('IT experts and CH staff')).toEqual([]);
  });
});
