import { describe, expect, it } from 'vitest';
import { OSIS_BOOKS } from '../../../lib/bible/books';
import { AMBIGUOUS_NAMES, BOOK_NAMES, BOOK_NUMBERS } from '../../../lib/references/book-names';

describe('book names', () => {
  it('has full names and abbreviations for all 66 books', () => {
    expect(Object.keys(BOOK_NAMES).sort()).toEqual([...OSIS_BOOKS].sort());
    for (const entry of Object.values(BOOK_NAMES)) {
      const [full, abbr] = entry.split('|');
      expect(full.length).toBeGreaterThan(2);
      expect(abbr.length).toBeGreaterThan(0);
    }
  });

  it('includes the issue list of ambiguous names', () => {
    for (const w of 'job acts mark numbers song am is so mar pr rev ph ep est gal col phil dan john luke james ruth amos joel mic nah ex gen lev kings'.split(' ')) {
      expect(AMBIGUOUS_NAMES.has(w)).toBe(true);
    }
  });

  it('spells book numbers as 1, I, First, 1st', () => {
    expect(BOOK_NUMBERS['1st']).toBe(1);
    expect(BOOK_NUMBERS.ii).toBe(2);
    expect(BOOK_NUMBERS.third).toBe(3);
  });
});
