import { describe, expect, it } from 'vitest';
import { foldText, searchFolds, slugify, tokenFold } from './text';

describe('foldText', () => {
  it('folds case, diacritics and the letters that have no decomposition', () => {
    expect(foldText('Mevlüt Çavuşoğlu')).toBe('mevlut cavusoglu');
    expect(foldText('Kırışçı, Tromsø – Łódź Straße')).toBe('kirisci tromso lodz strasse');
    expect(slugify('Kazakhstan–OSCE cooperation')).toBe('kazakhstan-osce-cooperation');
  });
});

describe('searchFolds', () => {
  it('lists only the words the tokenizer folds differently, each once', () => {
    expect(tokenFold('Kırışçı')).toBe('kırıscı');
    expect(searchFolds('Ahmet Kırışçı met Kırışçı in Tromsø; Çavuşoğlu and Lajčák')).toBe(
      'kirisci tromso',
    );
    expect(searchFolds('Hauptstraße 5, Łódź')).toBe('hauptstrasse lodz');
    expect(searchFolds('Kairat Umarov')).toBe('');
    // Decomposed letters, and punctuation beyond ASCII between words.
    expect(searchFolds('Kırıs\u0327c\u0327ı – Austria–UNODC')).toBe('kirisci');
    expect(searchFolds('')).toBe('');
  });
});
