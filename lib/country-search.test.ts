import { describe, expect, it } from 'vitest';
import { countries } from '@/lib/countries';
import { searchCountries } from './country-search';

describe('searchCountries', () => {
  it('finds Australia and Austria for "Aus", and nothing unrelated first', () => {
    const names = searchCountries(countries, 'Aus').map((c) => c.name);
    expect(names.slice(0, 2).sort()).toEqual(['Australia', 'Austria']);
  });

  it('puts an exact ISO code first and ignores case and accents', () => {
    expect(searchCountries(countries, 'at')[0]?.name).toBe('Austria');
    expect(searchCountries(countries, 'turk').map((c) => c.code)).toContain('TR');
  });

  it('matches the start of a later word', () => {
    expect(searchCountries(countries, 'kingdom').map((c) => c.code)).toContain('GB');
  });

  it('returns every country for an empty query', () => {
    expect(searchCountries(countries, '  ')).toHaveLength(countries.length);
  });
});
