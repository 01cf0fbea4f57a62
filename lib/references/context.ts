/**
 * Context between blocks: the book and chapter a section is about, taken from
 * the last reference of a block or from a heading ("Hebrews", "Romans 8").
 */
import type { OsisBook } from '../bible/books';
import { bookBefore } from './book-scan';
import { isSpace } from './chars';

export interface DetectorContext {
  book: OsisBook;
  chapter?: number;
}

/** The book and chapter an OSIS reference ends in ("Heb.7.23-Heb.7.25" → Heb 7). */
export function contextOfOsis(osis: string): DetectorContext | undefined {
  const last = osis.slice(osis.lastIndexOf('-') + 1).split('.');
  const chapter = Number(last[1]);
  return { book: last[0] as OsisBook, chapter: chapter > 0 ? chapter : undefined };
}

/** Last book/chapter named in `matches`, else `previous`. */
export function contextAfter(
  matches: ReadonlyArray<{ osis: string }>,
  previous?: DetectorContext,
): DetectorContext | undefined {
  if (matches.length === 0) return previous;
  return contextOfOsis(matches[matches.length - 1].osis) ?? previous;
}

/**
 * A heading that names only a book ("Hebrews", "The Letter to the Hebrews",
 * "1 John") gives the book as context for the blocks under it.
 */
export function bookOfHeading(text: string): DetectorContext | undefined {
  let end = text.length;
  while (end > 0 && (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 46)) end--;
  const hit = bookBefore(text, end, 0, false);
  if (!hit || !hit.key.full || !hit.capitalised) return undefined;
  return { book: hit.book };
}
