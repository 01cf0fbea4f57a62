/**
 * The one contract between the pages (content script, popup, options) and
 * the background service worker, which owns the data.
 *
 * Message types are named by direction (`toBackground/...`). Every message
 * that crosses the boundary is validated at runtime with
 * `parseToBackgroundMessage`, because a content script runs next to page
 * code we do not control and a malformed request must get a clear error,
 * never a crash in the worker.
 */
import { TRANSLATIONS } from './bible/bible-data';
import { isOsisBook, type OsisBook } from './bible/books';
import type { Passage, TranslationId } from './bible/passage';
import type { Article } from './articles/types';
import { isCommentarySource } from './commentaries/reader';
import type { CommentarySourceId } from './commentaries/types';
import type { CatalogueListing, CommentaryChapterView } from './explanations/catalogue';
import type { ExplanationResult, ExplanationTarget, SearchResult } from './explanations/types';
import type { PopupTarget } from './popup-view';

/** What the reading view (the popup) asks the worker for; the pages' data client (hover/data-client.ts) offers it. */
export interface ReadingClient {
  listCatalogue(): Promise<CatalogueListing>;
  getArticle(slug: string): Promise<Article>;
  getCommentaryChapter(source: CommentarySourceId, book: OsisBook, chapter: number): Promise<CommentaryChapterView>;
  search(query: string): Promise<readonly SearchResult[]>;
}

interface GetPassageRequest {
  readonly type: 'toBackground/getPassage';
  /** One OSIS passage, e.g. "Heb.7.23-Heb.7.25". */
  readonly osis: string;
  readonly translation: TranslationId;
  /** Most verses to return; the reader asked for more than the card's default ("Read more"). */
  readonly limit?: number;
}

/** "Read more" asks for a whole passage, up to this many verses (Psalm 119 is 176). */
export const MAX_PASSAGE_LIMIT = 400;

interface GetExplanationRequest {
  readonly type: 'toBackground/getExplanation';
  readonly osis: string;
  /** A block the reader is already reading (in the popup): offer the others. */
  readonly exclude?: ExplanationTarget;
}

/** The popup's list: every article and commentary. */
interface ListCatalogueRequest {
  readonly type: 'toBackground/listCatalogue';
}

interface GetArticleRequest {
  readonly type: 'toBackground/getArticle';
  readonly slug: string;
}

interface GetCommentaryChapterRequest {
  readonly type: 'toBackground/getCommentaryChapter';
  readonly source: CommentarySourceId;
  readonly book: OsisBook;
  readonly chapter: number;
}

interface SearchRequest {
  readonly type: 'toBackground/search';
  readonly query: string;
}

/** Longest search query taken; a longer one is cut, never refused. */
const MAX_QUERY_CHARS = 200;

/** Opens the reading view at a target; without a slug, at the list. */
interface OpenArticleRequest extends PopupTarget {
  readonly type: 'toBackground/openArticle';
}

/**
 * A content script's error, sent to the worker so it is logged in the
 * extension's own console rather than the page's.
 */
interface ReportErrorRequest {
  readonly type: 'toBackground/reportError';
  readonly where: string;
  readonly message: string;
}

export type ToBackgroundMessage =
  | GetPassageRequest
  | GetExplanationRequest
  | ListCatalogueRequest
  | GetArticleRequest
  | GetCommentaryChapterRequest
  | SearchRequest
  | OpenArticleRequest
  | ReportErrorRequest;

/** Every reply is wrapped so that a failure travels as data, not as a throw. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export interface ReplyTypes {
  'toBackground/getPassage': Passage;
  'toBackground/getExplanation': ExplanationResult;
  'toBackground/listCatalogue': CatalogueListing;
  'toBackground/getArticle': Article;
  'toBackground/getCommentaryChapter': CommentaryChapterView;
  'toBackground/search': readonly SearchResult[];
  'toBackground/openArticle': { opened: 'popup' | 'tab' };
  'toBackground/reportError': null;
}

const OSIS_SHAPE = /^[1-3]?[A-Za-z]+(\.\d{1,3}){0,2}(-[1-3]?[A-Za-z]+(\.\d{1,3}){0,2})?$/;
const SLUG_SHAPE = /^[a-z0-9][a-z0-9-]{0,100}$/;
const BLOCK_SHAPE = /^[a-z0-9][a-z0-9-]{0,140}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates an incoming message. Returns the typed message, or a string that
 * says exactly what is wrong with it.
 */
export function parseToBackgroundMessage(value: unknown): ToBackgroundMessage | string {
  if (!isRecord(value)) return 'message must be an object';
  const { type } = value;
  switch (type) {
    case 'toBackground/getPassage': {
      if (typeof value.osis !== 'string' || !OSIS_SHAPE.test(value.osis))
        return 'getPassage: "osis" must be one OSIS passage such as "Rom.8.34"';
      if (!TRANSLATIONS.includes(value.translation as TranslationId))
        return `getPassage: "translation" must be one of ${TRANSLATIONS.join(', ')}`;
      if (value.limit !== undefined && !(Number.isInteger(value.limit) && (value.limit as number) >= 1 && (value.limit as number) <= MAX_PASSAGE_LIMIT))
        return `getPassage: "limit" must be a whole number from 1 to ${MAX_PASSAGE_LIMIT}`;
      return {
        type,
        osis: value.osis,
        translation: value.translation as TranslationId,
        ...(value.limit !== undefined ? { limit: value.limit as number } : {}),
      };
    }
    case 'toBackground/getExplanation': {
      if (typeof value.osis !== 'string' || !OSIS_SHAPE.test(value.osis))
        return 'getExplanation: "osis" must be one OSIS passage such as "Rom.8.34"';
      const exclude = value.exclude;
      if (exclude === undefined) return { type, osis: value.osis };
      if (!isRecord(exclude) || typeof exclude.slug !== 'string' || !SLUG_SHAPE.test(exclude.slug) || typeof exclude.blockId !== 'string' || !BLOCK_SHAPE.test(exclude.blockId))
        return 'getExplanation: "exclude" must name an article slug and a block id';
      return { type, osis: value.osis, exclude: { slug: exclude.slug, blockId: exclude.blockId } };
    }
    case 'toBackground/listCatalogue':
      return { type };
    case 'toBackground/getArticle': {
      if (typeof value.slug !== 'string' || !SLUG_SHAPE.test(value.slug)) return 'getArticle: "slug" must be an article slug';
      return { type, slug: value.slug };
    }
    case 'toBackground/getCommentaryChapter': {
      if (!isCommentarySource(value.source)) return 'getCommentaryChapter: "source" must be "mhcc" or "tdavid"';
      if (typeof value.book !== 'string' || !isOsisBook(value.book)) return 'getCommentaryChapter: "book" must be an OSIS book such as "Rom"';
      if (!Number.isInteger(value.chapter) || (value.chapter as number) < 1 || (value.chapter as number) > 150)
        return 'getCommentaryChapter: "chapter" must be a chapter number';
      return { type, source: value.source, book: value.book, chapter: value.chapter as number };
    }
    case 'toBackground/search': {
      if (typeof value.query !== 'string') return 'search: "query" must be a string';
      return { type, query: value.query.slice(0, MAX_QUERY_CHARS) };
    }
    case 'toBackground/openArticle': {
      if (value.slug !== undefined && (typeof value.slug !== 'string' || !SLUG_SHAPE.test(value.slug)))
        return 'openArticle: "slug" must be an article slug';
      if (value.blockId !== undefined && (typeof value.blockId !== 'string' || !BLOCK_SHAPE.test(value.blockId)))
        return 'openArticle: "blockId" must be a block id';
      if (value.osis !== undefined && (typeof value.osis !== 'string' || !OSIS_SHAPE.test(value.osis)))
        return 'openArticle: "osis" must be one OSIS passage';
      return {
        type,
        ...(value.slug !== undefined ? { slug: value.slug as string } : {}),
        ...(value.blockId !== undefined ? { blockId: value.blockId as string } : {}),
        ...(value.osis !== undefined ? { osis: value.osis as string } : {}),
      };
    }
    case 'toBackground/reportError': {
      if (typeof value.where !== 'string' || typeof value.message !== 'string')
        return 'reportError: "where" and "message" must be strings';
      return { type, where: value.where.slice(0, 200), message: value.message.slice(0, 2000) };
    }
    default:
      return `unknown message type ${JSON.stringify(type)}`;
  }
}
