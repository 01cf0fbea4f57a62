import { describe, expect, it } from 'vitest';
import { LIST_VIEW, openingPlace, readingPositionFrom, viewForTarget } from '../../lib/popup-view';

describe('popup view', () => {
  it('opens an article, a commentary chapter, or the list for a target', () => {
    expect(viewForTarget({ slug: 'how-jesus-intercedes', blockId: 'x--1' })).toEqual({ kind: 'article', slug: 'how-jesus-intercedes' });
    expect(viewForTarget({ slug: 'mhcc', blockId: 'rom-8-31-39', osis: 'Rom.8.31-Rom.8.39' })).toEqual({
      kind: 'commentary',
      source: 'mhcc',
      book: 'Rom',
      chapter: 8,
    });
    // A commentary without a passage, or with an impossible one, has no chapter to open.
    expect(viewForTarget({ slug: 'tdavid' })).toEqual(LIST_VIEW);
    expect(viewForTarget({ slug: 'tdavid', osis: 'Ps.151.1' })).toEqual(LIST_VIEW);
    expect(viewForTarget({})).toEqual(LIST_VIEW);
  });

  it('reads a saved position of this version and of the previous one', () => {
    const commentary = { kind: 'commentary', source: 'tdavid', book: 'Ps', chapter: 23 } as const;
    expect(readingPositionFrom({ view: commentary, scrollTop: 120 })).toEqual({ view: commentary, scrollTop: 120 });
    expect(readingPositionFrom({ slug: 'how-jesus-intercedes', scrollTop: 1500 })).toEqual({
      view: { kind: 'article', slug: 'how-jesus-intercedes' },
      scrollTop: 1500,
    });
  });

  it('falls back to the list at the top for anything else', () => {
    expect(readingPositionFrom(undefined)).toBeUndefined();
    expect(readingPositionFrom({ view: { kind: 'commentary', source: 'gill', book: 'Ps', chapter: 1 }, scrollTop: 9 })).toEqual({ view: LIST_VIEW, scrollTop: 0 });
    expect(readingPositionFrom({ view: { kind: 'commentary', source: 'mhcc', book: 'Ps', chapter: 151 }, scrollTop: 9 })).toEqual({ view: LIST_VIEW, scrollTop: 0 });
    expect(readingPositionFrom({ view: { kind: 'article', slug: 'a' }, scrollTop: -5 })).toEqual({ view: { kind: 'article', slug: 'a' }, scrollTop: 0 });
  });

  it('opens at the target, else where the reader left off, else the list at the top', () => {
    const left = { view: { kind: 'article', slug: 'a' }, scrollTop: 300 } as const;
    const target = { slug: 'mhcc', blockId: 'rom-8-31-39', osis: 'Rom.8.31' };
    expect(openingPlace(target, left)).toEqual({ view: { kind: 'commentary', source: 'mhcc', book: 'Rom', chapter: 8 }, blockId: 'rom-8-31-39', scrollTop: 0 });
    expect(openingPlace({ slug: 'b' }, left)).toEqual({ view: { kind: 'article', slug: 'b' }, blockId: undefined, scrollTop: 0 });
    expect(openingPlace(undefined, left)).toEqual(left);
    expect(openingPlace()).toEqual({ view: LIST_VIEW, scrollTop: 0 });
  });
});
