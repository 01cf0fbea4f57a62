import { describe, expect, it } from 'vitest';
import { parseToBackgroundMessage } from '../../lib/messages';

describe('parseToBackgroundMessage', () => {
  it('accepts well-formed messages', () => {
    expect(parseToBackgroundMessage({ type: 'toBackground/getPassage', osis: 'Heb.7.23-Heb.7.25', translation: 'kjv' })).toEqual({
      type: 'toBackground/getPassage',
      osis: 'Heb.7.23-Heb.7.25',
      translation: 'kjv',
    });
    expect(parseToBackgroundMessage({ type: 'toBackground/openArticle' })).toEqual({ type: 'toBackground/openArticle' });
    expect(parseToBackgroundMessage({ type: 'toBackground/openArticle', slug: 'how-jesus-intercedes', blockId: 'x-1', extra: 1 })).toEqual({
      type: 'toBackground/openArticle',
      slug: 'how-jesus-intercedes',
      blockId: 'x-1',
    });
  });

  it('says what is wrong with a bad message', () => {
    expect(parseToBackgroundMessage(null)).toBe('message must be an object');
    expect(parseToBackgroundMessage({ type: 'nope' })).toMatch(/unknown message type "nope"/);
    expect(parseToBackgroundMessage({ type: 'toBackground/getPassage', osis: 'Rom.8.34', translation: 'niv' })).toMatch(/translation/);
    expect(parseToBackgroundMessage({ type: 'toBackground/getPassage', osis: '<img>', translation: 'web' })).toMatch(/osis/);
    expect(parseToBackgroundMessage({ type: 'toBackground/openArticle', slug: '../etc' })).toMatch(/slug/);
    expect(parseToBackgroundMessage({ type: 'toBackground/getPassage', osis: 'Ps.119', translation: 'web', limit: 0 })).toMatch(/limit/);
    expect(parseToBackgroundMessage({ type: 'toBackground/getPassage', osis: 'Ps.119', translation: 'web', limit: 1.5 })).toMatch(/limit/);
    expect(parseToBackgroundMessage({ type: 'toBackground/getPassage', osis: 'Ps.119', translation: 'web', limit: 176 })).toMatchObject({ limit: 176 });
  });

  it('validates the reading view\'s messages', () => {
    expect(parseToBackgroundMessage({ type: 'toBackground/listCatalogue' })).toEqual({ type: 'toBackground/listCatalogue' });
    expect(parseToBackgroundMessage({ type: 'toBackground/getArticle', slug: 'a-b' })).toEqual({ type: 'toBackground/getArticle', slug: 'a-b' });
    expect(parseToBackgroundMessage({ type: 'toBackground/getArticle', slug: '' })).toMatch(/slug/);
    expect(parseToBackgroundMessage({ type: 'toBackground/getCommentaryChapter', source: 'mhcc', book: 'Rom', chapter: 8 })).toEqual({
      type: 'toBackground/getCommentaryChapter',
      source: 'mhcc',
      book: 'Rom',
      chapter: 8,
    });
    expect(parseToBackgroundMessage({ type: 'toBackground/getCommentaryChapter', source: 'gill', book: 'Rom', chapter: 8 })).toMatch(/source/);
    expect(parseToBackgroundMessage({ type: 'toBackground/getCommentaryChapter', source: 'mhcc', book: 'Romans', chapter: 8 })).toMatch(/book/);
    expect(parseToBackgroundMessage({ type: 'toBackground/getCommentaryChapter', source: 'mhcc', book: 'Rom', chapter: 0 })).toMatch(/chapter/);
    expect(parseToBackgroundMessage({ type: 'toBackground/search', query: 'x'.repeat(500) })).toEqual({ type: 'toBackground/search', query: 'x'.repeat(200) });
    expect(parseToBackgroundMessage({ type: 'toBackground/search' })).toMatch(/query/);
  });

  it('takes an excluded block on getExplanation, and checks it', () => {
    const exclude = { slug: 'mhcc', blockId: 'rom-8-31-39' };
    expect(parseToBackgroundMessage({ type: 'toBackground/getExplanation', osis: 'Rom.8.34', exclude })).toEqual({
      type: 'toBackground/getExplanation',
      osis: 'Rom.8.34',
      exclude,
    });
    expect(parseToBackgroundMessage({ type: 'toBackground/getExplanation', osis: 'Rom.8.34', exclude: { slug: 'mhcc' } })).toMatch(/exclude/);
  });
});
