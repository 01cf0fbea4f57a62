import { describe, expect, it } from 'vitest';
import { pointOsis, rangeOsis } from '../../../lib/references/to-osis';

describe('passage OSIS', () => {
  it('writes points and checks them against the versification', () => {
    expect(pointOsis({ book: 'Rom', chapter: 8, verse: 34 })).toBe('Rom.8.34');
    expect(pointOsis({ book: 'Rom', chapter: 8 })).toBe('Rom.8');
    expect(pointOsis({ book: 'John', chapter: 22, verse: 1 })).toBeUndefined();
    expect(pointOsis({ book: 'Matt', chapter: 5, verse: 0 })).toBeUndefined();
  });

  it('writes ranges in the parser format', () => {
    expect(rangeOsis({ book: 'Heb', chapter: 7, verse: 23 }, { book: 'Heb', chapter: 7, verse: 25 })).toBe('Heb.7.23-Heb.7.25');
    expect(rangeOsis({ book: 'Matt', chapter: 5 }, { book: 'Matt', chapter: 7 })).toBe('Matt.5-Matt.7');
    expect(rangeOsis({ book: 'Gen', chapter: 1 }, { book: 'Gen', chapter: 2, verse: 3 })).toBe('Gen.1.1-Gen.2.3');
  });

  it('clamps an end past the last verse or chapter, and rejects a backwards range', () => {
    expect(rangeOsis({ book: 'Col', chapter: 2, verse: 6 }, { book: 'Col', chapter: 7, verse: 6 })).toBe('Col.2.6-Col.4.18');
    expect(rangeOsis({ book: 'Rom', chapter: 8, verse: 28 }, { book: 'Rom', chapter: 8, verse: 99 })).toBe('Rom.8.28-Rom.8.39');
    expect(rangeOsis({ book: 'Rom', chapter: 8, verse: 28 }, { book: 'Rom', chapter: 8, verse: 2 })).toBeUndefined();
  });
});
