/**
 * The stores as the pages' components take them: the settings and the
 * reader's imported articles, over the storage items.
 */
import type { Settings } from '../lib/settings';
import { deleteArticle, loadStoredArticles, restoreArticle, saveArticle, watchStoredArticles, type DeletedArticle, type StoredArticle } from './article-store';
import { loadSettings, saveSettings, settingsSaveErrorMessage, watchSettings } from './settings-store';

/** What a page needs of the settings; tests pass fakes. */
export interface SettingsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  /** Follows saves made anywhere until the signal aborts. */
  watch(onChange: (settings: Settings) => void, signal: AbortSignal): void;
  /** A refused save, in words for the reader. */
  errorMessage(error: unknown): string;
}

/** What "Your articles" needs of the imported articles; tests pass fakes. */
export interface ArticleStoreApi {
  load(): Promise<StoredArticle[]>;
  save(article: StoredArticle, options?: { readonly replace?: readonly string[] }): Promise<StoredArticle[]>;
  remove(slug: string): Promise<{ articles: StoredArticle[]; deleted?: DeletedArticle }>;
  restore(deleted: DeletedArticle): Promise<StoredArticle[]>;
  /** Changes made elsewhere (another options tab). */
  watch?(onChange: (articles: StoredArticle[]) => void, signal: AbortSignal): void;
}

export const settingsStore: SettingsStore = {
  load: () => loadSettings(),
  save: (settings) => saveSettings(settings),
  watch: (onChange, signal) => watchSettings(onChange, signal),
  errorMessage: settingsSaveErrorMessage,
};

export const articleStore: ArticleStoreApi = {
  load: () => loadStoredArticles(),
  save: (article, options) => saveArticle(article, options),
  remove: (slug) => deleteArticle(slug),
  restore: (deleted) => restoreArticle(deleted),
  watch: (onChange, signal) => watchStoredArticles(onChange, signal),
};
