import { describe, expect, it } from 'vitest';
import { bookOfHeading, contextAfter, contextOfOsis } from '../../../lib/references/context';
import { findReferences } from '../../../lib/references';

const refs = (text: string, context?: Parameters<typeof findReferences>[1]) =>
  findReferences(text, context).map((m) => [m.text, m.osis, m.contextual ?? false]);

describe('context', () => {
  it('reads the book and chapter an OSIS reference ends in', () => {
    expect(contextOfOsis('Heb.7.23-Heb.7.25')).toEqual({ book: 'Heb', chapter: 7 });
    expect(contextOfOsis('Matt.5-Matt.7')).toEqual({ book: 'Matt', chapter: 7 });
    expect(contextAfter([{ osis: 'Rom.8.28' }])).toEqual({ book: 'Rom', chapter: 8 });
  });

  it('takes a book from a heading', () => {
    expect(bookOfHeading('Hebrews')).toEqual({ book: 'Heb' });
    expect(bookOfHeading('The Letter to the Hebrews')).toEqual({ book: 'Heb' });
    expect(bookOfHeading('Romans 8')).toEqual({ book: 'Rom', chapter: 8 });
    expect(bookOfHeading('Recent posts')).toBeUndefined();
  });

  it('resolves v., vv., verse(s) and ch. against the last full reference', () => {
    expect(refs('Romans 8:28. In v. 28a and vv. 31, 35 Paul goes on.')).toEqual([
      ['Romans 8:28', 'Rom.8.28', false],
      ['v. 28a', 'Rom.8.28', true],
      ['vv. 31', 'Rom.8.31', true],
      ['35', 'Rom.8.35', true],
    ]);
    expect(refs('James 1:2 (v.16-17)')).toEqual([
      ['James 1:2', 'Jas.1.2', false],
      ['v.16-17', 'Jas.1.16-Jas.1.17', true],
    ]);
    expect(refs('Read James 1:2. Verses 4 and 5 follow.')).toEqual([
      ['James 1:2', 'Jas.1.2', false],
      ['Verses 4', 'Jas.1.4', true],
      ['5', 'Jas.1.5', true],
    ]);
    expect(refs('Genesis 1:1; by ch. 3 it goes wrong')).toEqual([
      ['Genesis 1:1', 'Gen.1.1', false],
      ['ch. 3', 'Gen.3', true],
    ]);
  });

  it('resolves (C:V) and cues from the context option', () => {
    expect(refs('He endured the cross (12:2).', { context: { book: 'Heb' } })).toEqual([['12:2', 'Heb.12.2', true]]);
    expect(refs('see verse 5', { context: { book: 'Rom', chapter: 8 } })).toEqual([['verse 5', 'Rom.8.5', true]]);
  });

  it('never resolves a bare number without a cue', () => {
    expect(refs('He was 12 (and 28) then.', { context: { book: 'Rom', chapter: 8 } })).toEqual([]);
    expect(refs('It cost (12) dollars', { context: { book: 'Heb' } })).toEqual([]);
    expect(refs('see verse 5')).toEqual([]);
  });
});
