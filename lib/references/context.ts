/**
 * Context between blocks: the book and chapter a section is about, taken from
 * the last reference of a block or from a heading ("Hebrews", "Romans 8").
 */
import type { OsisBook } from '../bible/books';
import { bookBefore } from './book-scan';
import { chapterCount } from '../bible/versification';

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
 * The book (and chapter) a heading or a context string names at its end:
 * "Hebrews", "The Letter to the Hebrews", "Romans 8", "John 3:16 NIV". Any
 * known name counts, abbreviations included, but it must be capitalised.
 */
export function bookOfHeading(text: string): DetectorContext | undefined {
  const m = /(?:[\s.]+(\d{1,3})(?:[:.](\d{1,3}))?)?(?:\s+\(?[A-Z]{2,6}\)?)?[\s.]*$/.exec(text);
  const end = m ? m.index : text.length;
  const hit = bookBefore(text, end, 0, false);
  if (!hit || !hit.capitalised) return undefined;
  const chapter = m?.[1] ? Number(m[1]) : undefined;
  if (chapter !== undefined && (chapter < 1 || chapter > chapterCount(hit.book))) return { book: hit.book };
  return chapter === undefined ? { book: hit.book } : { book: hit.book, chapter };
}
