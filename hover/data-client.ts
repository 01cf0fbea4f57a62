/**
 * The pages' side of the message contract: typed requests to the background
 * worker, replies unwrapped, and a small cache so that hovering the same
 * reference twice costs nothing.
 */
import type { Passage, TranslationId } from '../lib/bible/passage';
import type { ExplanationResult, ExplanationTarget } from '../lib/explanations/types';
import type { PopupTarget } from '../lib/popup-view';
import type { ReadingClient, Reply, ReplyTypes, ToBackgroundMessage } from '../lib/messages';
import { createPromiseCache } from '../lib/promise-cache';

export type SendMessage = (message: ToBackgroundMessage) => Promise<unknown>;

export interface DataClient extends ReadingClient {
  getPassage(osis: string, translation: TranslationId, limit?: number): Promise<Passage>;
  /** `exclude`: a block the reader is already reading, whose explanation would only repeat it. */
  getExplanation(osis: string, exclude?: ExplanationTarget): Promise<ExplanationResult>;
  openArticle(target: PopupTarget): Promise<void>;
  // The reading view's calls (ReadingClient) are never cached: the reader's articles may change.
  reportError(where: string, error: unknown): void;
  /** Forget cached replies (settings or articles changed). */
  clear(): void;
}

/** Enough for a page's worth of hovers; replies are small. */
const CACHE_LIMIT = 64;

async function request<K extends keyof ReplyTypes>(send: SendMessage, message: ToBackgroundMessage & { type: K }): Promise<ReplyTypes[K]> {
  const reply = (await send(message)) as Reply<ReplyTypes[K]> | undefined;
  if (!reply || typeof reply !== 'object') throw new Error('The extension did not answer. Reload the page to reconnect it.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export function createDataClient(send: SendMessage): DataClient {
  const cache = createPromiseCache<unknown>(CACHE_LIMIT);
  const cached = <T,>(key: string, load: () => Promise<T>): Promise<T> => cache.get(key, load) as Promise<T>;
  let reported = false;
  return {
    getPassage: (osis, translation, limit) =>
      cached(`p:${translation}:${osis}:${limit ?? ''}`, () =>
        request(send, { type: 'toBackground/getPassage', osis, translation, ...(limit !== undefined ? { limit } : {}) }),
      ),
    getExplanation: (osis, exclude) =>
      cached(`e:${osis}:${exclude ? `${exclude.slug}/${exclude.blockId}` : ''}`, () =>
        request(send, { type: 'toBackground/getExplanation', osis, ...(exclude ? { exclude } : {}) }),
      ),
    async openArticle(target) {
      await request(send, { type: 'toBackground/openArticle', ...target });
    },
    listCatalogue: () => request(send, { type: 'toBackground/listCatalogue' }),
    getArticle: (slug) => request(send, { type: 'toBackground/getArticle', slug }),
    getCommentaryChapter: (source, book, chapter) => request(send, { type: 'toBackground/getCommentaryChapter', source, book, chapter }),
    search: (query) => request(send, { type: 'toBackground/search', query }),
    reportError(where, error) {
      // Logged once per page, in the extension's console: never the page's.
      if (reported) return;
      reported = true;
      const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
      send({ type: 'toBackground/reportError', where, message }).catch(() => {});
    },
    clear: () => cache.clear(),
  };
}
