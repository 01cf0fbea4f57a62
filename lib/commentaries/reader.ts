/**
 * Reads the bundled commentaries a part at a time, as the worker needs them:
 * one source's index first (small), then only the part files that hold the
 * chapter asked for. Parts are kept in a small recency cache, like Bible books.
 *
 * Every file is checked against what was asked for, so a misplaced or stale
 * file gives a clear error instead of the wrong comment.
 */
import { bookByOsis, type OsisBook } from '../bible/books';
import type { PassageRange } from '../bible/osis';
import { createPromiseCache } from '../promise-cache';
import type { CommentaryBlock, CommentaryChapter, CommentaryIndex, CommentaryPart, CommentaryPartRef, CommentarySourceId } from './types';

export const COMMENTARY_SOURCES: readonly CommentarySourceId[] = ['mhcc', 'tdavid'];

export function isCommentarySource(value: unknown): value is CommentarySourceId {
  return COMMENTARY_SOURCES.includes(value as CommentarySourceId);
}

/** Reads `content/commentaries/<source>/<file>` as parsed JSON. */
export type CommentaryFileLoader = (source: CommentarySourceId, file: string) => Promise<unknown>;

/** Parts kept in memory: a chapter view plus a few hovers in other books. */
const DEFAULT_PART_CACHE = 6;
/** A hover over a long cross-chapter range reads at most this many chapters' comments. */
const MAX_CHAPTERS_PER_LOOKUP = 3;

/** One chapter's comment, gathered from every part that holds some of it. */
interface ChapterComment {
  readonly source: CommentarySourceId;
  readonly book: OsisBook;
  readonly intro?: readonly string[];
  readonly chapter: CommentaryChapter;
}

export interface CoveringBlock {
  readonly book: OsisBook;
  readonly chapter: number;
  readonly block: CommentaryBlock;
}

export interface CommentaryReader {
  index(source: CommentarySourceId): Promise<CommentaryIndex>;
  /** Undefined when the source does not comment on that chapter. */
  chapter(source: CommentarySourceId, book: OsisBook, chapter: number): Promise<ChapterComment | undefined>;
  /** The blocks whose verses overlap the passage, in reading order. */
  blocksCovering(source: CommentarySourceId, range: PassageRange): Promise<CoveringBlock[]>;
  /** Every part of a source, for search; not kept in the part cache. */
  allParts(source: CommentarySourceId): Promise<CommentaryPart[]>;
}

function checkIndex(value: unknown, source: CommentarySourceId): CommentaryIndex {
  const index = value as Partial<CommentaryIndex> | null;
  if (!index || index.source !== source || typeof index.title !== 'string' || typeof index.books !== 'object' || !index.books) {
    throw new Error(`The ${source} commentary index is missing or damaged in the extension package.`);
  }
  return index as CommentaryIndex;
}

function checkPart(value: unknown, source: CommentarySourceId, book: string, file: string): CommentaryPart {
  const part = value as Partial<CommentaryPart> | null;
  if (!part || part.source !== source || part.book !== book || !Array.isArray(part.chapters)) {
    throw new Error(`The commentary file ${source}/${file} is not the ${source} comment on ${book}.`);
  }
  return part as CommentaryPart;
}

export function createCommentaryReader(load: CommentaryFileLoader, options: { partCacheSize?: number } = {}): CommentaryReader {
  const indexes = createPromiseCache<CommentaryIndex>(COMMENTARY_SOURCES.length);
  const parts = createPromiseCache<CommentaryPart>(options.partCacheSize ?? DEFAULT_PART_CACHE);

  const index = (source: CommentarySourceId) => indexes.get(source, async () => checkIndex(await load(source, 'index.json'), source));

  const readPart = async (source: CommentarySourceId, book: string, ref: CommentaryPartRef) =>
    checkPart(await load(source, ref.file), source, book, ref.file);

  async function chapter(source: CommentarySourceId, book: OsisBook, chapterNumber: number): Promise<ChapterComment | undefined> {
    const refs = ((await index(source)).books[book] ?? []).filter((p) => p.firstChapter <= chapterNumber && chapterNumber <= p.lastChapter);
    if (refs.length === 0) return undefined;
    const loaded = await Promise.all(refs.map((ref) => parts.get(`${source}/${ref.file}`, () => readPart(source, book, ref))));
    // A very long chapter may be split across parts: its blocks are joined in part order.
    const pieces = loaded.flatMap((part) => part.chapters.filter((c) => c.chapter === chapterNumber));
    if (pieces.length === 0) return undefined;
    const intro = chapterNumber === 1 ? loaded.find((part) => part.intro)?.intro : undefined;
    return {
      source,
      book,
      ...(intro ? { intro } : {}),
      chapter: { chapter: chapterNumber, outline: pieces.flatMap((c) => c.outline), blocks: pieces.flatMap((c) => c.blocks) },
    };
  }

  async function blocksCovering(source: CommentarySourceId, range: PassageRange): Promise<CoveringBlock[]> {
    const { start, end } = range;
    const wanted: Array<{ book: OsisBook; chapter: number }> = [];
    for (let c = start.chapter; wanted.length < MAX_CHAPTERS_PER_LOOKUP; c++) {
      if (start.book !== end.book && c > start.chapter) break; // cross-book: the start's chapter is enough
      if (start.book === end.book && c > end.chapter) break;
      wanted.push({ book: start.book, chapter: c });
    }
    const comments = await Promise.all(wanted.map((w) => chapter(source, w.book, w.chapter)));
    const found: CoveringBlock[] = [];
    for (const comment of comments) {
      if (!comment) continue;
      const c = comment.chapter.chapter;
      const first = c === start.chapter ? start.verse : 1;
      const last = start.book === end.book && c === end.chapter ? end.verse : Infinity;
      for (const block of comment.chapter.blocks) {
        if (block.startVerse <= last && block.endVerse >= first) found.push({ book: comment.book, chapter: c, block });
      }
    }
    return found;
  }

  async function allParts(source: CommentarySourceId): Promise<CommentaryPart[]> {
    const { books } = await index(source);
    const jobs = Object.entries(books).flatMap(([book, refs]) => (bookByOsis(book) ? refs.map((ref) => readPart(source, book, ref)) : []));
    return Promise.all(jobs);
  }

  return { index, chapter, blocksCovering, allParts };
}
