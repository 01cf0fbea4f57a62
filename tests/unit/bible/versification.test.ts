import { describe, expect, it } from 'vitest';
import { BOOKS, bookByName, bookByOsis, bookBySwordName } from '../../../lib/bible/books';
import {
  chapterCount,
  isValidVerse,
  totalVerseCount,
  verseCount,
} from '../../../lib/bible/versification';

describe('KJV versification', () => {
  it('has 66 books and 31,102 verses', () => {
    expect(BOOKS).toHaveLength(66);
    expect(totalVerseCount()).toBe(31_102);
  });

  it('knows well-known chapter and verse counts', () => {
    expect(chapterCount('Ps')).toBe(150);
    expect(verseCount('Ps', 119)).toBe(176);
    expect(verseCount('John', 3)).toBe(36);
    expect(chapterCount('Jude')).toBe(1);
    expect(verseCount('Jude', 1)).toBe(25);
    expect(verseCount('John', 22)).toBe(0);
    expect(isValidVerse('Rom', 16, 27)).toBe(true);
    expect(isValidVerse('Rom', 16, 28)).toBe(false);
  });
});

describe('book names', () => {
  it('maps OSIS codes, full names and SWORD names both ways', () => {
    expect(bookByOsis('1Tim')?.name).toBe('1 Timothy');
    expect(bookByName('song of solomon')?.osis).toBe('Song');
    expect(bookBySwordName('Revelation of John')?.osis).toBe('Rev');
    expect(bookBySwordName('III John')?.osis).toBe('3John');
    for (const book of BOOKS) expect(bookByOsis(book.osis)).toBe(book);
  });
});
