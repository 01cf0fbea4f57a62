import { describe, expect, it, vi } from 'vitest';
import {
  ArticleStorageError,
  deleteArticle,
  listWithSaved,
  loadStoredArticles,
  restoreArticle,
  saveArticle,
  storageErrorMessage,
  watchStoredArticles,
  type StoredArticle,
} from '../../../platform/article-store';
import { fakeStoredItem } from '../../fixtures/platform/fake-stored-item';

const DATE = '2026-11-26';
const stored = (title: string, slug = title.toLowerCase()): StoredArticle => ({
  slug,
  title,
  date: DATE,
  markdown: `---\ntitle: "${title}"\n---\n\nIn Philippians 4:13 Paul says he can do all things.\n`,
  refCount: 1,
  verseCount: 1,
});
const fakeArea = (initial: StoredArticle[] = []) => fakeStoredItem(initial);
const QUOTA = 'Resource::kQuotaBytes quota exceeded';

describe('article store (one write per change)', () => {
  it('saves, refuses a silent overwrite, replaces in place', async () => {
    const area = fakeArea([stored('A'), stored('B')]);
    await saveArticle(stored('C'), {}, area);
    expect((await loadStoredArticles(area)).map((a) => a.slug)).toEqual(['a', 'b', 'c']);
    await expect(saveArticle(stored('B'), {}, area)).rejects.toMatchObject({ code: 'clash' });
    await saveArticle({ ...stored('B2', 'b'), title: 'B new' }, { replace: ['b'] }, area);
    expect((await loadStoredArticles(area)).map((a) => a.title)).toEqual(['A', 'B new', 'C']);
    expect(listWithSaved([stored('A'), stored('B'), stored('C')], stored('N', 'n'), ['b', 'c']).map((a) => a.slug)).toEqual(['a', 'n']);
  });

  it('a quota error leaves storage as it was and says so clearly', async () => {
    const area = fakeArea([stored('A')]);
    const before = structuredClone(area.value);
    area.failNext = new Error(QUOTA);
    const error = await saveArticle(stored('B'), {}, area).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArticleStorageError);
    expect((error as ArticleStorageError).code).toBe('quota');
    expect((error as Error).message).toMatch(/storage for this extension is full.*unchanged/);
    expect(area.value).toEqual(before);
    expect(storageErrorMessage(new Error('disk error'))).toContain('(disk error)');
  });

  it('delete returns what undo needs; restore puts the article back where it was', async () => {
    const area = fakeArea([stored('A'), stored('B'), stored('C')]);
    const { articles, deleted } = await deleteArticle('b', area);
    expect(articles.map((a) => a.slug)).toEqual(['a', 'c']);
    expect(deleted).toEqual({ article: stored('B'), index: 1 });
    expect((await restoreArticle(deleted!, area)).map((a) => a.slug)).toEqual(['a', 'b', 'c']);
    await expect(restoreArticle(deleted!, area)).rejects.toMatchObject({ code: 'undo' });
    expect(await deleteArticle('nope', area)).toEqual({ articles: (await loadStoredArticles(area)) });
  });

  it('reads only well-formed articles, and tells watchers the new list', async () => {
    const area = fakeStoredItem([stored('A'), { slug: 'broken' }, 'nonsense']);
    expect((await loadStoredArticles(area)).map((a) => a.slug)).toEqual(['a']);
    expect(await loadStoredArticles(fakeStoredItem(null))).toEqual([]);
    const onChange = vi.fn();
    watchStoredArticles(onChange, undefined, area);
    await saveArticle(stored('B'), {}, area);
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith([stored('A'), stored('B')]));
  });
});
