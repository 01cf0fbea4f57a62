/**
 * What the background service worker does with each message, as plain
 * functions over injected data sources, so it is tested in Node without a
 * fake browser (WXT's fake `runtime.sendMessage` differs between versions).
 *
 * Nothing here may rely on surviving a service-worker restart: the reader's
 * book cache, the commentary parts and the article list are rebuilt on demand.
 */
import { parseOsisRange } from './bible/osis';
import type { Passage, TranslationId } from './bible/passage';
import type { ExplanationCatalogue } from './explanations/catalogue';
import type { PopupTarget } from './popup-view';
import { parseToBackgroundMessage, type Reply, type ReplyTypes, type ToBackgroundMessage } from './messages';

export interface BackgroundDeps {
  readonly getPassage: (translation: TranslationId, range: NonNullable<ReturnType<typeof parseOsisRange>>, limit?: number) => Promise<Passage>;
  /** Every explanation the extension has: articles and commentaries. */
  readonly catalogue: ExplanationCatalogue;
  /** Opens the popup (or a tab) at an article block; says which it used. */
  readonly openArticle: (target: PopupTarget) => Promise<'popup' | 'tab'>;
  /** Where content-script errors are logged: the worker's console. */
  readonly logError?: (where: string, message: string) => void;
}

type AnyReply = Reply<ReplyTypes[keyof ReplyTypes]>;

export function createBackgroundService(deps: BackgroundDeps) {
  async function dispatch(message: ToBackgroundMessage): Promise<ReplyTypes[ToBackgroundMessage['type']]> {
    switch (message.type) {
      case 'toBackground/getPassage': {
        const range = parseOsisRange(message.osis);
        if (!range) throw new Error(`"${message.osis}" is not a passage in the KJV versification`);
        return deps.getPassage(message.translation, range, message.limit);
      }
      case 'toBackground/getExplanation': {
        const range = parseOsisRange(message.osis);
        if (!range) throw new Error(`"${message.osis}" is not a passage in the KJV versification`);
        return deps.catalogue.explain(range, message.exclude);
      }
      case 'toBackground/listCatalogue':
        return deps.catalogue.listing();
      case 'toBackground/getArticle':
        return deps.catalogue.article(message.slug);
      case 'toBackground/getCommentaryChapter':
        return deps.catalogue.chapter(message.source, message.book, message.chapter);
      case 'toBackground/search':
        return deps.catalogue.search(message.query);
      case 'toBackground/openArticle':
        return { opened: await deps.openArticle({ slug: message.slug, blockId: message.blockId, osis: message.osis }) };
      case 'toBackground/reportError':
        (deps.logError ?? ((where, text) => console.warn(`[Scripture Tooltips] ${where}: ${text}`)))(message.where, message.message);
        return null;
    }
  }

  /** Validates and answers one message; failures come back as `{ ok: false }`. */
  async function handle(raw: unknown): Promise<AnyReply> {
    const message = parseToBackgroundMessage(raw);
    if (typeof message === 'string') return { ok: false, error: message };
    try {
      return { ok: true, value: await dispatch(message) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  return { handle };
}
