import { describe, expect, it } from 'vitest';
import { createArticleSearch } from '../../../lib/articles/search';
import { markHits } from '../../../lib/explanations/snippet';
import { compileBundledArticles } from '../../../scripts/articles-plugin';

const search = createArticleSearch(compileBundledArticles('content/articles'));
const texts = (query: string) => search.search(query).map((r) => r.snippet.map((s) => s.text).join(''));
const hits = (query: string) => search.search(query).flatMap((r) => r.snippet.filter((s) => s.hit).map((s) => s.text.toLowerCase()));

describe('article search', () => {
  it('finds word forms: "intercede" finds intercedes/intercession', () => {
    const results = search.search('intercede');
    expect(results.length).toBeGreaterThan(3);
    expect(hits('intercede').some((h) => h.startsWith('interced'))).toBe(true);
  });

  it('finds a phrase: "high priest"', () => {
    expect(texts('high priest').some((t) => /high priest/i.test(t))).toBe(true);
    expect(hits('high priest')).toContain('high priest');
    // Results that hold the whole phrase come before fuzzy ones.
    expect(texts('high priest')[0]).toMatch(/high priest/i);
  });

  it('reads "rom 8" as a passage and finds blocks citing Romans 8', () => {
    const results = search.search('rom 8');
    expect(results.length).toBeGreaterThanOrEqual(3);
    for (const t of texts('rom 8')) expect(t).toMatch(/Romans 8/);
    expect(hits('rom 8').every((h) => h.startsWith('romans 8'))).toBe(true);
  });

  it('finds nothing for nonsense and for one letter', () => {
    expect(search.search('zzzxqv')).toEqual([]);
    expect(search.search('a')).toEqual([]);
  });

  it('points each result at a block of a section', () => {
    const [first] = search.search('Hebrews 4:16');
    expect(first.slug).toBe('how-jesus-intercedes');
    expect(first.blockId).toMatch(/--\d+$/);
    expect(first.sectionId).toBe(first.blockId.split('--')[0]);
  });
});

describe('markHits', () => {
  it('marks every occurrence, case-insensitively', () => {
    expect(markHits('Grace upon grace', ['grace'])).toEqual([{ text: 'Grace', hit: true }, { text: ' upon ' }, { text: 'grace', hit: true }]);
  });
});
