/**
 * Turns a parsed reference element into the parser's OSIS format, checking
 * it against the KJV versification. Follows the parser's leniency for range
 * ends only: an end past the last verse or chapter is clamped ("Col 2:6–7:6"
 * is Col.2.6–Col.4.18); a start that does not exist rejects the element.
 */
import { bookIndex, type OsisBook } from '../bible/books';
import { chapterCount, verseCount } from '../bible/versification';

export interface Point {
  book: OsisBook;
  chapter: number;
  /** Absent for a whole chapter. */
  verse?: number;
}

const point = (p: Point) => (p.verse === undefined ? `${p.book}.${p.chapter}` : `${p.book}.${p.chapter}.${p.verse}`);

function validStart(p: Point): boolean {
  if (p.chapter < 1 || p.chapter > chapterCount(p.book)) return false;
  return p.verse === undefined || (p.verse >= 1 && p.verse <= verseCount(p.book, p.chapter));
}

/** OSIS for a single point ("Rom.8.34", "Rom.8"), or undefined when it does not exist. */
export function pointOsis(p: Point): string | undefined {
  return validStart(p) ? point(p) : undefined;
}

/** OSIS for a range, or undefined when its start does not exist or its end comes first. */
export function rangeOsis(start: Point, end: Point): string | undefined {
  if (!validStart(start)) return undefined;
  if (end.chapter < 1 || (end.verse !== undefined && end.verse < 1)) return undefined;
  const last = chapterCount(end.book);
  let e: Point = end;
  if (e.chapter > last) e = { book: e.book, chapter: last };
  else if (e.verse !== undefined && e.verse > verseCount(e.book, e.chapter)) e = { book: e.book, chapter: e.chapter, verse: verseCount(e.book, e.chapter) };
  const order =
    bookIndex(start.book) - bookIndex(e.book) ||
    start.chapter - e.chapter ||
    (start.verse ?? 1) - (e.verse ?? verseCount(e.book, e.chapter));
  if (order > 0) return undefined;
  if (start.verse === undefined && e.verse === undefined) {
    return start.book === e.book && start.chapter === e.chapter ? point(start) : `${point(start)}-${point(e)}`;
  }
  const s: Point = { book: start.book, chapter: start.chapter, verse: start.verse ?? 1 };
  const f: Point = { book: e.book, chapter: e.chapter, verse: e.verse ?? verseCount(e.book, e.chapter) };
  return s.chapter === f.chapter && s.book === f.book && s.verse === f.verse ? point(s) : `${point(s)}-${point(f)}`;
}
