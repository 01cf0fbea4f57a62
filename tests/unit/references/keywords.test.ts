import { describe, expect, it } from 'vitest';
import { CHAPTER_WORDS, LIST_WORDS, RANGE_WORDS, TRANSLATIONS, VERSE_WORDS, wordAt } from '../../../lib/references/keywords';

describe('keywords', () => {
  it('has the issue keywords', () => {
    for (const w of ['to', 'through', 'thru']) expect(RANGE_WORDS.has(w)).toBe(true);
    for (const w of ['and', 'cf', 'see', 'also']) expect(LIST_WORDS.has(w)).toBe(true);
    for (const w of ['ch', 'chapter', 'chapters']) expect(CHAPTER_WORDS.has(w)).toBe(true);
    for (const w of ['v', 'vv', 'verse', 'verses']) expect(VERSE_WORDS.has(w)).toBe(true);
    expect(TRANSLATIONS.has('kjv')).toBe(true);
  });

  it('reads the lower-cased word at an offset', () => {
    expect(wordAt('Heb 7 Through 9', 6)).toBe('through');
    expect(wordAt('7:23', 0)).toBe('');
  });
});
