import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { createBackgroundService } from '../../lib/background-service';
import { createBibleReader, type BookData } from '../../lib/bible/passage';
import { compileBundledArticles } from '../../scripts/articles-plugin';
import { createExplanationCatalogue } from '../../lib/explanations/catalogue';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { fixtureReader } from '../fixtures/commentaries/load';

const reader = createBibleReader(async (t, book) => JSON.parse(readFileSync(`content/bible/${t}/${book}.json`, 'utf8')) as BookData);
const articles = compileBundledArticles('content/articles');

function service() {
  const openArticle = vi.fn(async () => 'tab' as const);
  const logError = vi.fn();
  const s = createBackgroundService({
    getPassage: (t, r) => reader.getPassage(t, r),
    catalogue: createExplanationCatalogue({
      loadArticles: async () => articles,
      commentaries: fixtureReader(),
      preferences: async () => ({ order: 'bundled-first', sources: DEFAULT_SETTINGS.explanationSources }),
    }),
    openArticle,
    logError,
  });
  return { ...s, openArticle, logError };
}

describe('background service', () => {
  it('answers a passage request', async () => {
    const reply = await service().handle({ type: 'toBackground/getPassage', osis: 'Rom.8.34', translation: 'kjv' });
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(JSON.stringify(reply.value)).toContain('Christ that died, yea rather');
  });

  it('answers an explanation request from the bundled article', async () => {
    const reply = await service().handle({ type: 'toBackground/getExplanation', osis: 'Heb.7.23-Heb.7.25' });
    expect(reply.ok && reply.value !== null && 'explanations' in reply.value && reply.value.explanations[0]?.match).toBe('same');
  });

  it('answers the reading view: the list, an article, a commentary chapter, a search', async () => {
    const s = service();
    const listing = await s.handle({ type: 'toBackground/listCatalogue' });
    expect(listing.ok && listing.value !== null && 'articles' in listing.value && listing.value.articles.map((a) => a.slug)).toEqual(['how-jesus-intercedes']);
    const article = await s.handle({ type: 'toBackground/getArticle', slug: 'how-jesus-intercedes' });
    expect(article.ok && article.value !== null && 'sections' in article.value && article.value.sections.length).toBeGreaterThan(3);
    const chapter = await s.handle({ type: 'toBackground/getCommentaryChapter', source: 'mhcc', book: 'Rom', chapter: 8 });
    expect(chapter.ok && chapter.value !== null && 'blocks' in chapter.value && chapter.value.blocks.map((b) => b.id)).toEqual(['rom-8-1-30', 'rom-8-31-39']);
    const found = await s.handle({ type: 'toBackground/search', query: 'jude 3' });
    expect(found.ok && Array.isArray(found.value) && found.value.map((r) => r.blockId)).toContain('jude-1-1-25');
    expect(await s.handle({ type: 'toBackground/getArticle', slug: 'gone' })).toEqual({ ok: false, error: expect.stringMatching(/no longer in the extension/) });
  });

  it('refuses bad messages and impossible passages with a message', async () => {
    expect(await service().handle({ type: 'toBackground/getPassage', osis: 'Rom.8.34' })).toEqual({
      ok: false,
      error: expect.stringMatching(/translation/),
    });
    expect(await service().handle({ type: 'toBackground/getPassage', osis: 'John.22.1', translation: 'web' })).toEqual({
      ok: false,
      error: expect.stringMatching(/not a passage/),
    });
  });

  it('opens an article and logs content-script errors in the worker', async () => {
    const s = service();
    expect(await s.handle({ type: 'toBackground/openArticle', slug: 'how-jesus-intercedes', blockId: 'x--1' })).toEqual({ ok: true, value: { opened: 'tab' } });
    expect(s.openArticle).toHaveBeenCalledWith({ slug: 'how-jesus-intercedes', blockId: 'x--1', osis: undefined });
    await s.handle({ type: 'toBackground/reportError', where: 'scan', message: 'boom' });
    expect(s.logError).toHaveBeenCalledWith('scan', 'boom');
  });
});

describe('the bundled article', () => {
  const [article] = articles;
  const required = ['1Tim.2.5-1Tim.2.6', 'Rom.8.34', 'Heb.7.25', 'Heb.7.23-Heb.7.25', 'Heb.4.16', 'Rom.8.38-Rom.8.39', 'Eph.1.13-Eph.1.14'];

  it('has front matter and is long enough', () => {
    expect(article.slug).toBe('how-jesus-intercedes');
    expect(article.title).toBeTruthy();
    expect(article.summary).toBeTruthy();
    expect(article.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const words = article.sections.flatMap((s) => s.blocks.flatMap((b) => [...b.inlines, ...(b.items ?? []).flat()].map((r) => r.text))).join(' ').split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(1500);
  });

  it.each(required)('has a paragraph whose subject is %s', (osis) => {
    const blocks = article.sections.flatMap((s) => s.blocks);
    expect(blocks.some((b) => b.kind === 'paragraph' && b.subject === osis)).toBe(true);
  });
});
