/**
 * What the popup's reading view shows, as plain data: the list, an article,
 * or a commentary chapter, and where a target or a saved position opens it.
 * Pure, so the rules are tested in Node; the components only render it.
 */
import type { OsisBook } from './bible/books';
import { parseOsisRange } from './bible/osis';
import { isCommentarySource } from './commentaries/reader';
import type { CommentarySourceId } from './commentaries/types';

export type PopupView =
  | { readonly kind: 'list' }
  | { readonly kind: 'article'; readonly slug: string }
  | { readonly kind: 'commentary'; readonly source: CommentarySourceId; readonly book: OsisBook; readonly chapter: number };

/** Where "Read in full" or a search hit sends the popup. */
export interface PopupTarget {
  /** An article's slug or a commentary's source id; absent: the list. */
  readonly slug?: string;
  readonly blockId?: string;
  /** The passage: for a commentary, the chapter to open. */
  readonly osis?: string;
}

/** Where the reader was, restored when the popup opens again. */
export interface ReadingPosition {
  readonly view: PopupView;
  readonly scrollTop: number;
}

export const LIST_VIEW: PopupView = { kind: 'list' };

export function viewForTarget(target: PopupTarget): PopupView {
  if (!target.slug) return LIST_VIEW;
  if (!isCommentarySource(target.slug)) return { kind: 'article', slug: target.slug };
  const range = target.osis ? parseOsisRange(target.osis) : undefined;
  return range ? { kind: 'commentary', source: target.slug, book: range.start.book, chapter: range.start.chapter } : LIST_VIEW;
}

/** Where the popup opens, and the block to bring into view. */
export interface OpeningPlace extends ReadingPosition {
  readonly blockId?: string;
}

/**
 * Where the popup opens: at the target of "Read in full" or a search hit,
 * else where the reader left off, else the list at the top.
 */
export function openingPlace(target?: PopupTarget, restore?: ReadingPosition): OpeningPlace {
  if (target) return { view: viewForTarget(target), blockId: target.blockId, scrollTop: 0 };
  return restore ?? { view: LIST_VIEW, scrollTop: 0 };
}

/**
 * A saved position, whatever version of the extension saved it: the
 * current shape, or the older `{ slug, scrollTop }` of an article. Anything
 * else opens the list at the top.
 */
export function readingPositionFrom(stored: unknown): ReadingPosition | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const value = stored as { view?: unknown; slug?: unknown; scrollTop?: unknown };
  const scrollTop = typeof value.scrollTop === 'number' && value.scrollTop >= 0 ? value.scrollTop : 0;
  if (typeof value.slug === 'string') return { view: viewForTarget({ slug: value.slug }), scrollTop };
  const view = value.view as Partial<Record<string, unknown>> | undefined;
  if (view?.kind === 'article' && typeof view.slug === 'string') return { view: { kind: 'article', slug: view.slug }, scrollTop };
  if (view?.kind === 'commentary' && isCommentarySource(view.source) && typeof view.book === 'string' && Number.isInteger(view.chapter)) {
    const range = parseOsisRange(`${view.book}.${view.chapter as number}`);
    if (range) return { view: { kind: 'commentary', source: view.source, book: range.start.book, chapter: range.start.chapter }, scrollTop };
  }
  return { view: LIST_VIEW, scrollTop: 0 };
}
