import { describe, expect, it } from 'vitest';
import { readLayout } from './layout';

describe('readLayout', () => {
  it('blanks the headline and the dateline, keeping every offset', () => {
    const text =
      'Minister meets envoy\n\nLIMA, 10 May (Andes Press) — Minister Ana Ruiz met Juan Soto.';
    const { body, dateline } = readLayout(text, '2024-05-10');
    expect(body).toHaveLength(text.length);
    expect(body.trim()).toBe('Minister Ana Ruiz met Juan Soto.');
    expect(dateline).toEqual({ city: 'Lima', countryCode: 'PE', date: '2024-05-10' });
  });
  it('reads a dateline on its own line and one in parentheses', () => {
    expect(
      readLayout('Headline\n\nQuito, 9 May 2024\n\nThe minister met.', null).dateline?.city,
    ).toBe('Quito');
    expect(
      readLayout('Headline\n\n(Tallinn, 3 March 2025) The minister met.', null).dateline,
    ).toMatchObject({
      city: 'Tallinn',
      date: '2025-03-03',
    });
  });
  it('blanks boilerplate and all-capital lines', () => {
    const { body } = readLayout(
      'PRESS RELEASE\n\nHeadline here\n\nThe minister met.\n\nISSUED BY THE MINISTRY',
      null,
    );
    expect(body.trim()).toBe('The minister met.');
  });
});
