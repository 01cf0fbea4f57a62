import { describe, expect, it } from 'vitest';
import { compileArticle } from '../../../lib/articles/compile';
import { findArticleExplanations } from '../../../lib/articles/explain';
import { cutExcerpt } from '../../../lib/explanations/excerpt';
import { readMarkdown } from '../../../lib/articles/markdown';
import type { Article } from '../../../lib/articles/types';
import { parseOsisRange } from '../../../lib/bible/osis';

const compile = (md: string, source: Article['source'] = 'bundled', slug = 'a') =>
  compileArticle(readMarkdown(`---\ntitle: ${slug}\nslug: ${slug}\n---\n${md}`), { source });
const explain = (articles: Article[], osis: string, order?: 'bundled-first' | 'mine-first') =>
  findArticleExplanations(articles, parseOsisRange(osis)!, order);

const article = compile(
  [
    '## Lists',
    'Romans 8:34 and Hebrews 7:25 are two references that appear together often, with 1 John 2:1.',
    '## Subjects',
    'Hebrews 7:23–25 contrasts many priests with one.',
    'In Romans 8:34, Paul asks who is the one who condemns.',
    '> Let us draw near with boldness.\n> — Hebrews 4:16',
    'Boldness here is not arrogance but access.',
    '',
    'Ephesians 1:13 speaks of a seal.',
  ].join('\n\n'),
);

describe('findArticleExplanations', () => {
  it('(a) prefers the block whose subject is the passage over one that lists it', () => {
    const [best] = explain([article], 'Rom.8.34');
    expect(best?.match).toBe('same');
    expect(best?.excerpt.map((r) => r.text).join('')).toMatch(/^In Romans 8:34, Paul asks/);
    expect(best?.sectionHeading).toBe('Subjects');
  });

  it('(a) takes a listing block when it is the only one citing the exact passage', () => {
    const [best] = explain([article], '1John.2.1');
    expect(best?.match).toBe('same');
    expect(best?.blockId).toBe('lists--1');
  });

  it('(b) finds a containing range when no block cites the exact verse', () => {
    const [best] = explain([article], 'Heb.7.24');
    expect(best?.match).toBe('overlap');
    expect(best?.excerpt.map((r) => r.text).join('')).toMatch(/^Hebrews 7:23–25/);
  });

  it('(a) beats (b): Hebrews 7:25 is cited exactly by the list paragraph', () => {
    expect(explain([article], 'Heb.7.25')[0]?.match).toBe('same');
  });

  it('(c) a quoted passage is explained by the paragraph after the quote', () => {
    const [best] = explain([article], 'Heb.4.16');
    expect(best?.match).toBe('quoted');
    expect(best?.excerpt.map((r) => r.text).join('')).toBe('Boldness here is not arrogance but access.');
  });

  it('(d) a nearby verse of the same chapter is offered as related', () => {
    const [best] = explain([article], 'Eph.1.14');
    expect(best?.match).toBe('related');
    expect(best?.relatedLabel).toBe('Ephesians 1:13');
    expect(explain([article], 'Eph.1.23')).toEqual([]);
  });

  it('returns nothing for a passage no article touches', () => {
    expect(explain([article], 'Gen.1.1')).toEqual([]);
  });

  it('across articles, gives the best block of each, in the reader\'s order', () => {
    const mine = compile('In Romans 8:34 my own notes say more.', 'imported', 'mine');
    expect(explain([article, mine], 'Rom.8.34')).toHaveLength(2);
    expect(explain([article, mine], 'Rom.8.34', 'mine-first').map((e) => e.slug)).toEqual(['mine', 'a']);
    expect(explain([article, mine], 'Rom.8.34', 'bundled-first').map((e) => e.slug)).toEqual(['a', 'mine']);
    expect(explain([article, mine], 'Rom.8.34')[0]).toMatchObject({ source: 'bundled', title: 'a' });
  });
});

describe('cutExcerpt', () => {
  it('cuts at a sentence end within the budget', () => {
    const text = 'First sentence here. ' + 'Second sentence is much longer than the budget allows for sure.';
    const { excerpt, cut } = cutExcerpt([{ text }], 40);
    expect(cut).toBe(true);
    expect(excerpt.map((r) => r.text).join('')).toBe('First sentence here.');
  });

  it('falls back to a word boundary with an ellipsis', () => {
    const { excerpt } = cutExcerpt([{ text: 'word '.repeat(40) }], 30);
    const text = excerpt.map((r) => r.text).join('');
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(31);
  });

  it('keeps short text whole', () => {
    expect(cutExcerpt([{ text: 'Short.' }], 500)).toEqual({ excerpt: [{ text: 'Short.' }], cut: false });
  });
});
