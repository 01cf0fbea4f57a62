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
});
