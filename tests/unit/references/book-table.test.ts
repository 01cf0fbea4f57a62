import { describe, expect, it } from 'vitest';
import { OSIS_BOOKS } from '../../../lib/bible/books';
import { lookupBookKey } from '../../../lib/references/book-table';

describe('book table', () => {
  it('knows every book by its OSIS code and full name', () => {
    for (const code of OSIS_BOOKS) expect(lookupBookKey(code.toLowerCase())?.book).toBe(code);
    expect(lookupBookKey('romans')).toMatchObject({ book: 'Rom', full: true, ambiguous: false });
    expect(lookupBookKey('songofsolomon')?.book).toBe('Song');
    expect(lookupBookKey('songofsongs')?.book).toBe('Song');
  });

  it('combines numbered books with every way of writing the number', () => {
    for (const n of ['1', 'i', 'first', '1st']) expect(lookupBookKey(`${n}corinthians`)?.book).toBe('1Cor');
    for (const n of ['2', 'ii', 'second', '2nd']) expect(lookupBookKey(`${n}tim`)?.book).toBe('2Tim');
    for (const n of ['3', 'iii', 'third', '3rd']) expect(lookupBookKey(`${n}john`)?.book).toBe('3John');
    expect(lookupBookKey('4kingdoms')?.book).toBe('2Kgs');
  });

  it('marks common words and first names as ambiguous, and short words as needing a capital', () => {
    expect(lookupBookKey('job')).toMatchObject({ book: 'Job', ambiguous: true, capital: true });
    expect(lookupBookKey('is')).toMatchObject({ book: 'Isa', ambiguous: true, capital: true });
    expect(lookupBookKey('mark')?.ambiguous).toBe(true);
    expect(lookupBookKey('1john')?.ambiguous).toBe(false);
  });

  it('has the Psalms in every form', () => {
    for (const k of ['psalm', 'psalms', 'ps', 'pss']) expect(lookupBookKey(k)?.book).toBe('Ps');
  });

  it('does not invent names', () => {
    expect(lookupBookKey('johnson')).toBeUndefined();
    expect(lookupBookKey('chapter')).toBeUndefined();
  });
});
