/**
 * The reader's imported articles in `storage.local`.
 *
 * All of them live under ONE key, so every change is a single `set` call:
 * it either replaces the whole list or fails and leaves the stored list as it
 * was (a quota error included). Nothing is ever half-written.
 *
 * Articles are stored as Markdown (HTML imports are reduced to Markdown
 * first), which is also what "Export" gives back; the worker compiles them
 * when it reads them (compiled-articles.ts), so pages that only list or watch
 * them do not carry the Markdown reader.
 */
import type { DeletedArticle, StoredArticle } from '../lib/articles/import';
import { importedArticles, watchItems, type StoredItem } from './storage-items';

/** The item the imported articles live in (storage-items.ts); tests pass a fake. */
export type ArticleItem = Pick<StoredItem<unknown>, 'getValue' | 'setValue' | 'watch'>;

export type { DeletedArticle, StoredArticle };

function isStoredArticle(value: unknown): value is StoredArticle {
  const v = value as Partial<StoredArticle> | null;
  return !!v && typeof v.slug === 'string' && typeof v.title === 'string' && typeof v.markdown === 'string';
}

const storedArticlesIn = (value: unknown): StoredArticle[] => (Array.isArray(value) ? value.filter(isStoredArticle) : []);

export async function loadStoredArticles(item: ArticleItem = importedArticles()): Promise<StoredArticle[]> {
  return storedArticlesIn(await item.getValue());
}

/** Calls `onChange` whenever the imported articles change. */
export function watchStoredArticles(onChange: (articles: StoredArticle[]) => void, signal?: AbortSignal, item: ArticleItem = importedArticles()): void {
  watchItems([item], () => void loadStoredArticles(item).then(onChange), signal);
}

/** A write that failed; `message` is written for the page. Storage is unchanged. */
export class ArticleStorageError extends Error {
  constructor(
    message: string,
    readonly code: 'quota' | 'clash' | 'undo' | 'failed',
  ) {
    super(message);
    this.name = 'ArticleStorageError';
  }
}

/** A reader-facing message for a failed `storage.local.set`. */
export function storageErrorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(text)) {
    return 'The browser’s storage for this extension is full, so nothing was saved and your saved articles are unchanged. Export and delete an article you no longer need, then try again.';
  }
  return `The browser could not save the change (${text}). Nothing was saved and your saved articles are unchanged.`;
}

/** The one write of every change: the whole list under one key, so it lands entirely or not at all. */
async function writeAll(item: ArticleItem, articles: readonly StoredArticle[]): Promise<void> {
  try {
    await item.setValue(articles);
  } catch (error) {
    throw new ArticleStorageError(storageErrorMessage(error), /quota/i.test(String(error instanceof Error ? error.message : error)) ? 'quota' : 'failed');
  }
}

/**
 * The list with `article` saved: replacing the articles whose slugs are in
 * `replace` (it takes the place of the first of them), else added at the end.
 * Saving over an existing slug without naming it in `replace` is refused.
 */
export function listWithSaved(list: readonly StoredArticle[], article: StoredArticle, replace: readonly string[] = []): StoredArticle[] {
  const removed = new Set(replace);
  if (list.some((a) => a.slug === article.slug && !removed.has(a.slug))) {
    throw new ArticleStorageError(`An article called “${article.title}” is already saved. Choose “Replace” or “Keep both”.`, 'clash');
  }
  const at = list.findIndex((a) => removed.has(a.slug));
  const kept = list.filter((a) => !removed.has(a.slug));
  if (at < 0) return [...kept, article];
  const position = list.slice(0, at).filter((a) => !removed.has(a.slug)).length;
  return [...kept.slice(0, position), article, ...kept.slice(position)];
}

/** Saves a new article, or replaces the ones named in `replace`, in one write. Returns the new list. */
export async function saveArticle(
  article: StoredArticle,
  options: { readonly replace?: readonly string[] } = {},
  item: ArticleItem = importedArticles(),
): Promise<StoredArticle[]> {
  const next = listWithSaved(await loadStoredArticles(item), article, options.replace);
  await writeAll(item, next);
  return next;
}

/** Deletes one article in one write. Returns the new list and the undo token (none when it was already gone). */
export async function deleteArticle(
  slug: string,
  item: ArticleItem = importedArticles(),
): Promise<{ articles: StoredArticle[]; deleted?: DeletedArticle }> {
  const list = await loadStoredArticles(item);
  const index = list.findIndex((a) => a.slug === slug);
  if (index < 0) return { articles: list };
  const next = [...list.slice(0, index), ...list.slice(index + 1)];
  await writeAll(item, next);
  return { articles: next, deleted: { article: list[index], index } };
}

/** Undoes a delete: the article goes back where it was, in one write. */
export async function restoreArticle(deleted: DeletedArticle, item: ArticleItem = importedArticles()): Promise<StoredArticle[]> {
  const list = await loadStoredArticles(item);
  if (list.some((a) => a.slug === deleted.article.slug)) {
    throw new ArticleStorageError(`“${deleted.article.title}” cannot be put back: an article with the same name has been saved since.`, 'undo');
  }
  const at = Math.min(Math.max(0, deleted.index), list.length);
  const next = [...list.slice(0, at), deleted.article, ...list.slice(at)];
  await writeAll(item, next);
  return next;
}
