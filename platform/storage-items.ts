/**
 * Everything the extension keeps in browser storage, each defined once as a
 * WXT storage item: its area, key and fallback. Nothing else touches
 * `browser.storage`; the stores beside this file read and write these items,
 * and validate what they read (storage may hold an older version's shape).
 *
 * | item               | area    | why there                                                   |
 * | syncedSettings     | sync    | small, fixed-size settings that follow the reader's account |
 * | disabledSites      | local   | a list that grows, and a trace of browsing kept on device   |
 * | importedArticles   | local   | megabytes of the reader's articles, in one key              |
 * | popupTarget        | session | where "Read in full" sends the popup; never outlives the session |
 * | readingPosition    | local   | where the reader left the popup                             |
 *
 * Migrations: older versions kept `disabledSites` inside the sync item;
 * settings-store.ts reads it there until the local item exists. That move
 * spans two items, so it is written there rather than as a WXT item migration.
 */
import { storage } from 'wxt/utils/storage';

/** What the stores need of an item: WXT's storage items have exactly these; tests pass fakes. */
export interface StoredItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  watch(onChange: (value: T) => void): () => void;
}

/**
 * An item defined on first use, then the same item every time. WXT reads an
 * item from storage as it defines it, so defining every item up front would
 * make each page's content script read the imported articles (megabytes) and
 * touch storage.session, which content scripts may not read.
 */
function lazyItem(key: `${'local' | 'session' | 'sync'}:${string}`, fallback: unknown): () => StoredItem<unknown> {
  let item: StoredItem<unknown> | undefined;
  return () => (item ??= storage.defineItem<unknown>(key, { fallback }));
}

// Stored values are `unknown`: whatever is there is validated by the store that reads it.
export const syncedSettings = lazyItem('sync:settings', null);
/** `null` until the first save of this version: then a legacy list in the sync item still counts. */
export const disabledSites = lazyItem('local:disabledSites', null);
export const importedArticles = lazyItem('local:importedArticles', []);
export const popupTarget = lazyItem('session:popupTarget', null);
export const readingPosition = lazyItem('local:popupReading', null);

/** Calls `onChange` whenever any of the items changes, until `signal` aborts: the one watch helper. */
export function watchItems(items: ReadonlyArray<Pick<StoredItem<unknown>, 'watch'>>, onChange: () => void, signal?: AbortSignal): void {
  if (signal?.aborted) return;
  const unwatch = items.map((item) => item.watch(() => onChange()));
  signal?.addEventListener(
    'abort',
    () => {
      for (const stop of unwatch) stop();
    },
    { once: true },
  );
}
