import { describe, expect, it } from 'vitest';
import { bookAfter, bookBefore } from '../../../lib/references/book-scan';

const nameBefore = (text: string) => bookBefore(text, text.length, 0, true);

describe('bookBefore', () => {
  it('finds the longest name ending at the offset', () => {
    expect(nameBefore('see 1 Corinthians')).toMatchObject({ book: '1Cor', start: 4 });
    expect(nameBefore('First John')).toMatchObject({ book: '1John', start: 0 });
    expect(nameBefore('the Song of Solomon')).toMatchObject({ book: 'Song', start: 4 });
    expect(nameBefore('2nd. Tim')).toMatchObject({ book: '2Tim', start: 0 });
    expect(nameBefore('1Cor')).toMatchObject({ book: '1Cor', start: 0 });
  });

  it('respects word boundaries', () => {
    expect(nameBefore('Johnson')).toBeUndefined();
    expect(nameBefore('11Sam')?.book).not.toBe('1Sam');
  });

  it('requires a capital for short common words', () => {
    expect(nameBefore('Is')?.book).toBe('Isa');
    expect(nameBefore('is')).toBeUndefined();
  });

  it('resolves a capitalised misspelling, marked fuzzy', () => {
    expect(nameBefore('Mathhew')).toMatchObject({ book: 'Matt', fuzzy: true });
    expect(nameBefore('2nd Chorinthians')).toMatchObject({ book: '2Cor', fuzzy: true, start: 0 });
    expect(nameBefore('Isaaiah')?.book).toBe('Isa');
    expect(nameBefore('mathhew')).toBeUndefined();
    expect(nameBefore('Chapter')).toBeUndefined();
  });

  it('gives a misspelling written with the name\'s own letters one more edit', () => {
    expect(nameBefore('Hebwres')).toMatchObject({ book: 'Heb', fuzzy: true });
    expect(nameBefore('Deetronomy')?.book).toBe('Deut');
    expect(nameBefore('Plsssss')?.book).toBe('Ps');
    expect(nameBefore('Exekiel')?.book).toBe('Ezek');
    expect(nameBefore('Phlip')?.book).toBe('Phil');
    expect(nameBefore('2 Kis')).toMatchObject({ book: '2Kgs', start: 0 });
  });

  it('leaves common words near a name alone', () => {
    for (const word of ['Relation', 'Rooms', 'Palms', 'Pals', 'Number', 'Judge', 'Rams', 'Math', 'Seconds']) {
      expect(nameBefore(word), word).toBeUndefined();
    }
  });

  it('reads short abbreviations and numbered forms as facts', () => {
    expect(nameBefore('Qo')?.book).toBe('Eccl');
    expect(nameBefore('1 K')).toMatchObject({ book: '1Kgs', start: 0 });
    expect(nameBefore('Second K')).toMatchObject({ book: '2Kgs', start: 0 });
    expect(nameBefore('I Sa')).toMatchObject({ book: '1Sam', start: 0 });
    expect(nameBefore('4 Kingdoms')).toMatchObject({ book: '2Kgs', start: 0 });
    expect(nameBefore('rt')).toBeUndefined();
  });

  it('never reaches before the floor', () => {
    expect(bookBefore('Romans', 6, 2, false)).toBeUndefined();
  });
});

describe('bookAfter', () => {
  it('finds a book followed by a number', () => {
    expect(bookAfter('Gen 3:1', 0)).toMatchObject({ hit: { book: 'Gen' }, digit: 4 });
    expect(bookAfter('1 Cor 13', 0)).toMatchObject({ hit: { book: '1Cor' }, digit: 6 });
    expect(bookAfter('Genesis is long', 0)).toBeUndefined();
  });
});
