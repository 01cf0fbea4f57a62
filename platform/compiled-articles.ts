/**
 * The reader's imported articles, compiled for the worker's catalogue.
 * Kept apart from article-store.ts so that only the worker and the import
 * form carry the Markdown reader.
 */
import { compileArticle } from '../lib/articles/compile';
import { readMarkdown } from '../lib/articles/markdown';
import type { Article } from '../lib/articles/types';
import { loadStoredArticles, type StoredArticle } from './article-store';

let compiled = new Map<string, Article>();

/**
 * Compiles stored articles, reusing earlier results for unchanged text. Only
 * the current articles are kept, so edits and deletions do not pile up in a
 * long-lived worker.
 */
function compileStoredArticles(stored: readonly StoredArticle[]): Article[] {
  const next = new Map<string, Article>();
  const articles = stored.map((item) => {
    const key = `${item.slug}\n${item.markdown}`;
    const article =
      compiled.get(key) ?? compileArticle(readMarkdown(item.markdown), { source: 'imported', fallbackTitle: item.title });
    next.set(key, article);
    return article;
  });
  compiled = next;
  return articles;
}

export async function loadImportedArticles(): Promise<Article[]> {
  return compileStoredArticles(await loadStoredArticles());
}
