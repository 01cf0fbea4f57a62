import { describe, expect, it, vi } from 'vitest';
import { compileArticle } from '../../../lib/articles/compile';
import { readMarkdown } from '../../../lib/articles/markdown';
import type { Article } from '../../../lib/articles/types';
import { parseOsisRange } from '../../../lib/bible/osis';
import { createExplanationCatalogue, type CataloguePreferences } from '../../../lib/explanations/catalogue';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { fixtureReader } from '../../fixtures/commentaries/load';

const compile = (slug: string, source: Article['source'], md: string) =>
  compileArticle(readMarkdown(`---\ntitle: Title ${slug}\nslug: ${slug}\n---\n${md}`), { source });

const ours = compile('ours', 'bundled', '## Intercession\n\nIn Romans 8:34, Paul says Christ intercedes.\n\nEphesians 1:13 speaks of a seal.');
const mine = compile('mine', 'imported', 'My notes on Romans 8:34 and what it means.');

function catalogue(preferences: Partial<CataloguePreferences> = {}, articles: readonly Article[] = [ours, mine]) {
  const logError = vi.fn();
  const c = createExplanationCatalogue({
    loadArticles: async () => articles,
    commentaries: fixtureReader(),
    preferences: async () => ({ order: 'bundled-first', sources: DEFAULT_SETTINGS.explanationSources, ...preferences }),
    logError,
  });
  return Object.assign(c, { logError });
}
const explain = async (osis: string, preferences?: Partial<CataloguePreferences>) =>
  (await catalogue(preferences).explain(parseOsisRange(osis)!)).explanations;

describe('explanation catalogue', () => {
  it('puts articles that cite the passage before commentaries, and commentaries before related matches', async () => {
    const list = await explain('Rom.8.34');
    expect(list.map((e) => [e.source, e.match])).toEqual([
      ['bundled', 'same'],
      ['imported', 'same'],
      ['mhcc', 'covers'],
    ]);
    expect(list[2]).toMatchObject({ title: 'Fixture Commentary A', sectionHeading: 'Romans 8:31–39', blockId: 'rom-8-31-39', osis: 'Rom.8.31-Rom.8.39' });
  });

  it('marks references inside a commentary excerpt, as in an article', async () => {
    const [commentary] = (await explain('Rom.8.34')).filter((e) => e.source === 'mhcc');
    expect(commentary.excerpt.find((r) => r.ref)?.ref).toBe('Heb.7.25');
  });

  it('offers a commentary for a passage no article explains', async () => {
    const list = await explain('Jude.1.3');
    expect(list.map((e) => e.blockId)).toEqual(['jude-1-1-25']);
    expect(list[0].sectionHeading).toBe('Jude 1–25');
  });

  it('keeps a "related" article match after the commentary that covers the verse', async () => {
    const list = await explain('Rom.8.30');
    expect(list.map((e) => e.match)).toEqual(['covers', 'related', 'related']);
  });

  it('ranks the narrowest covering block first across commentaries (Spurgeon on Psalm 23:1 before the whole psalm)', async () => {
    const list = await explain('Ps.23.1');
    expect(list.map((e) => e.blockId)).toEqual(['ps-23-1', 'ps-23-1-6', 'ps-23-overview']);
  });

  it('leaves out every source the reader turned off', async () => {
    const sources = { bundled: false, imported: true, mhcc: false, tdavid: true };
    expect((await explain('Rom.8.34', { sources })).map((e) => e.source)).toEqual(['imported']);
    expect((await explain('Ps.23.1', { sources })).map((e) => e.source)).toEqual(['tdavid', 'tdavid']);
  });

  it('follows the article order setting', async () => {
    expect((await explain('Rom.8.34', { order: 'mine-first' })).map((e) => e.slug).slice(0, 2)).toEqual(['mine', 'ours']);
  });

  it('leaves out the block the reader is already reading', async () => {
    const list = await catalogue().explain(parseOsisRange('Rom.8.34')!, { slug: 'mhcc', blockId: 'rom-8-31-39' });
    expect(list.explanations.map((e) => e.slug)).toEqual(['ours', 'mine']);
  });

  it('still explains with the articles when a commentary fails to load, and says why', async () => {
    const broken = createExplanationCatalogue({
      loadArticles: async () => [ours],
      commentaries: { ...fixtureReader(), blocksCovering: async () => Promise.reject(new Error('damaged file')) },
      preferences: async () => ({ order: 'bundled-first', sources: DEFAULT_SETTINGS.explanationSources }),
      logError: vi.fn(),
    });
    expect((await broken.explain(parseOsisRange('Rom.8.34')!)).explanations.map((e) => e.slug)).toEqual(['ours']);
  });

  it('lists the articles in the reader\'s order and the commentaries with their books', async () => {
    const listing = await catalogue({ order: 'mine-first' }).listing();
    expect(listing.articles.map((a) => a.slug)).toEqual(['mine', 'ours']);
    expect(listing.commentaries.map((c) => [c.source, c.books.map((b) => `${b.book}:${b.chapters}`)])).toEqual([
      ['mhcc', ['Ps:150', 'Rom:16', 'Jude:1']],
      ['tdavid', ['Ps:150']],
    ]);
  });

  it('gives a commentary chapter with labels and its neighbours, across books', async () => {
    const c = catalogue();
    const chapter = await c.chapter('mhcc', 'Rom', 16);
    expect(chapter.blocks.map((b) => b.label)).toEqual(['Romans 16']);
    expect(chapter.previous).toEqual({ book: 'Rom', chapter: 15 });
    expect(chapter.next).toEqual({ book: 'Jude', chapter: 1 });
    expect((await c.chapter('mhcc', 'Ps', 23)).previous).toEqual({ book: 'Ps', chapter: 22 });
    await expect(c.chapter('mhcc', 'Rom', 5)).rejects.toThrow('Fixture Commentary A has no comment on Romans 5.');
  });

  it('searches by passage: articles first, then the commentaries on it', async () => {
    const results = await catalogue().search('ps 23');
    expect(results.map((r) => r.blockId)).toEqual(['ps-23-1-6', 'ps-23-overview', 'ps-23-1', 'ps-23-2']);
    expect((await catalogue().search('rom 8')).map((r) => r.source)).toEqual(['bundled', 'imported', 'mhcc', 'mhcc']);
  });

  it('searches the commentaries by words, whole phrase first', async () => {
    const results = await catalogue().search('the shepherd');
    expect(results.length).toBeGreaterThanOrEqual(2);
    expect(results.every((r) => r.snippet.some((s) => s.hit))).toBe(true);
    const commentary = results.filter((r) => r.source !== 'bundled' && r.source !== 'imported');
    expect(commentary[0].snippet.map((s) => s.text).join('')).toMatch(/the shepherd/);
    expect(await catalogue().search('x')).toEqual([]);
  });
});

describe('explanation catalogue with a damaged commentary', () => {
  it('still lists the articles and the other commentary, and says which one failed', async () => {
    const reader = fixtureReader();
    const logError = vi.fn();
    const c = createExplanationCatalogue({
      loadArticles: async () => [ours],
      commentaries: { ...reader, index: (source) => (source === 'tdavid' ? Promise.reject(new Error('tdavid index unreadable')) : reader.index(source)) },
      preferences: async () => ({ order: 'bundled-first', sources: DEFAULT_SETTINGS.explanationSources }),
      logError,
    });
    const listing = await c.listing();
    expect(listing.articles.map((a) => a.slug)).toEqual(['ours']);
    expect(listing.commentaries.map((s) => s.source)).toEqual(['mhcc']);
    expect(logError).toHaveBeenCalledWith('commentaries', 'tdavid index unreadable');
  });
});
