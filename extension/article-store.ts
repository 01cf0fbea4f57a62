/**
 * The reader's imported articles in `storage.local`.
 *
 * All of them live under ONE key, so every change is a single `set` call:
 * it either replaces the whole list or fails and leaves the stored list as it
 * was (a quota error included). Nothing is ever half-written.
 *
 * Articles are stored as Markdown (HTML imports are reduced to Markdown
 * first), which is also what "Export" gives back, and compiled when read.
 */
import { browser } from 'wxt/browser';
import { compileArticle } from '../lib/articles/compile';
import { readMarkdown } from '../lib/articles/markdown';
import type { Article } from '../lib/articles/types';

export const IMPORTED_ARTICLES_KEY = 'importedArticles';

export interface StoredArticle {
  readonly slug: string;
  readonly title: string;
  /** ISO date of the import. */
  readonly date: string;
  /** The article as Markdown with front matter (title, slug, date). */
  readonly markdown: string;
  readonly refCount: number;
  readonly verseCount: number;
}

function isStoredArticle(value: unknown): value is StoredArticle {
  const v = value as Partial<StoredArticle> | null;
  return !!v && typeof v.slug === 'string' && typeof v.title === 'string' && typeof v.markdown === 'string';
}

export async function loadStoredArticles(): Promise<StoredArticle[]> {
  const stored = (await browser.storage.local.get(IMPORTED_ARTICLES_KEY))[IMPORTED_ARTICLES_KEY];
  return Array.isArray(stored) ? stored.filter(isStoredArticle) : [];
}

const compiled = new Map<string, Article>();

/** Compiles stored articles, reusing earlier results for unchanged text. */
export function compileStoredArticles(stored: readonly StoredArticle[]): Article[] {
  return stored.map((item) => {
    const key = `${item.slug}\n${item.markdown}`;
    let article = compiled.get(key);
    if (!article) {
      article = compileArticle(readMarkdown(item.markdown), { source: 'imported', fallbackTitle: item.title });
      compiled.set(key, article);
    }
    return article;
  });
}

export async function loadImportedArticles(): Promise<Article[]> {
  return compileStoredArticles(await loadStoredArticles());
}

/** Calls `onChange` whenever the imported articles change. */
export function watchStoredArticles(onChange: (articles: StoredArticle[]) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(IMPORTED_ARTICLES_KEY in changes)) return;
    const next = changes[IMPORTED_ARTICLES_KEY].newValue;
    onChange(Array.isArray(next) ? next.filter(isStoredArticle) : []);
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
