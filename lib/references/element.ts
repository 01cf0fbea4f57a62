/**
 * One reference element: a point with its suffixes and an optional range end
 * ("8:28", "8:28–30", "1:1–2:3", "Gen 1:1–Exod 2:3", "5ff", "23 title").
 *
 *   element := point suffix* (range-mark (book? point | point))?
 *   suffix  := "a" | "b" | "f" | "ff" | "title"
 */
import type { OsisBook } from '../bible/books';
import { chapterCount, isSingleChapterBook, isValidVerse } from '../bible/versification';
import { bookAfter } from './book-scan';
import { PERIOD, isBookNumberDigit, isDash, isDigit, isLetter, skipSpaces } from './chars';
import { CHAPTER_WORDS, RANGE_WORDS, VERSE_WORDS, wordAt } from './keywords';
import { pointOsis, rangeOsis, type Point } from './to-osis';
import { captive, followingEnd, readPoint, skipPartial, titleEnd, type Mode, type ReadPoint, type State } from './point';

export interface Element {
  end: number;
  osis: string | undefined;
  /** The element names a verse (chapter:verse, or a verse of a one-chapter book). */
  verse: boolean;
  /** It was written with chapter:verse (or chapter.verse). */
  colon: boolean;
  last: Point;
  /** A backwards range ended at a book name here ("Psalm 121-Gen 2"): the list goes on there. */
  nextBook?: number;
  /** A backwards range in the same book was split at its mark ("Ps 21:6-1:4"). */
  split?: true;
  /** Offset of the "ff"/"f" it was read with ("Gen 6ff", "ge 50-50f"), or -1: evidence of a citation. */
  following: number;
  /** Offset of the other book a range ran to ("Titus 2-Philemon 1", "Mark 2-Matthew 11"), or -1. */
  otherAt: number;
}

/** An element while it is being read. */
interface Draft {
  start: Point;
  end?: Point;
  /** Offset after what has been read. */
  at: number;
  colon: boolean;
  /** Where the range mark begins: the element ends there if the range is dropped. */
  rangeFrom: number;
  /** Offset of the book name that ends the range ("Gen 2" in "Psalm 121-Gen 2"), or -1. */
  otherAt: number;
  /** Offset of "ff"/"f", or -1. */
  following: number;
}

/** The end of a chapter or book: "ff" after a verse runs to the end of its chapter, after a chapter to the end of the book. */
const toEndOf = (p: Point): Point => (p.verse === undefined ? { book: p.book, chapter: 999 } : { book: p.book, chapter: p.chapter, verse: 999 });

/** Reads one element at i; undefined when there is no number there. */
export function readElement(text: string, i: number, book: OsisBook, st: State, mode: Mode): Element | undefined {
  const first = readPoint(text, i, book, st, mode);
  if (!first) return undefined;
  const d: Draft = { start: first.p, at: skipPartial(text, first.end), colon: first.colon, rangeFrom: -1, otherAt: -1, following: -1 };
  readPsalmTitle(text, book, d);
  const ff = followingEnd(text, d.at);
  if (ff > 0) {
    d.following = skipSpaces(text, d.at);
    d.at = ff;
    d.end = toEndOf(d.start);
  } else {
    const mark = rangeMarkEnd(text, d.at);
    if (mark > 0) {
      const verses = readRangeEnd(text, skipSpaces(text, mark), book, st, mode, d);
      if (verses) return verses;
    }
  }
  return finish(book, mode, d);
}

/** "Ps 23 title": the title is verse 1. */
function readPsalmTitle(text: string, book: OsisBook, d: Draft): void {
  if (d.start.verse !== undefined || book !== 'Ps') return;
  const t = titleEnd(text, d.at);
  if (t > 0) {
    d.start = { book, chapter: d.start.chapter, verse: 1 };
    d.at = t;
  }
}

/** Offset after a range mark ("-", "–", "to", "through") at most one space after j, or -1. */
function rangeMarkEnd(text: string, j: number): number {
  const k = skipSpaces(text, j);
  if (k - j > 1 || k >= text.length) return -1;
  if (isDash(text.charCodeAt(k))) return k + 1;
  const w = wordAt(text, k);
  return RANGE_WORDS.has(w) ? k + w.length : -1;
}

/**
 * The end of a range starting at k (after the mark). Returns an element only when the range
 * turns out to be a chapter's verses ("Deut 15 – v19-23"); otherwise fills in the draft.
 */
function readRangeEnd(text: string, k: number, book: OsisBook, st: State, mode: Mode, d: Draft): Element | undefined {
  let endMode: Mode | undefined;
  // "Genesis 1:2-ch 7", "Genesis 49:2-chapter 52": the end is a chapter.
  const w = wordAt(text, k);
  if (CHAPTER_WORDS.has(w) || (VERSE_WORDS.has(w) && d.start.verse === undefined && mode !== 'verse')) {
    const after = skipSpaces(text, text.charCodeAt(k + w.length) === PERIOD ? k + w.length + 1 : k + w.length);
    if (isDigit(text.charCodeAt(after))) {
      if (CHAPTER_WORDS.has(w)) {
        k = after;
        endMode = 'chapter';
      } else {
        // "Deut 15 – v19-23", "Genesis 1 through verse 25": the verses of that chapter.
        const verses = readElement(text, after, book, { book, chapter: d.start.chapter, lastVerse: true }, 'verse');
        if (verses && !verses.colon) return verses;
      }
    }
  }
  const c = text.charCodeAt(k);
  const other = isLetter(c) || isBookNumberDigit(c) ? bookAfter(text, k) : undefined;
  if (other) {
    d.otherAt = k;
    rangeToBook(text, readPoint(text, other.digit, other.hit.book, st, 'first'), d);
  } else if (isDigit(c)) {
    rangeInBook(text, k, book, st, endMode, d);
  }
  return undefined;
}

/** "Gen 1:1–Exod 2:3", "Genesis 49-Obadiah 1". */
function rangeToBook(text: string, second: ReadPoint | undefined, d: Draft): void {
  if (!second) return;
  let end = second.p;
  // "Genesis 49-Obadiah 1": a lone 1 after a one-chapter book is the whole book, as alone.
  if (!second.colon && end.verse === 1 && isSingleChapterBook(end.book)) end = { book: end.book, chapter: 1 };
  d.end = end;
  d.rangeFrom = d.at;
  d.at = skipPartial(text, second.end);
}

/** "8:28–30", "1:1–2:3", "5–7", "16–7" (16–17), "Ps 121-22:4" (121:1–122:4), "Heb 13-15" (13:15). */
function rangeInBook(text: string, k: number, book: OsisBook, st: State, endMode: Mode | undefined, d: Draft): void {
  const second = readPoint(text, k, book, st, endMode ?? (d.start.verse === undefined ? 'chapter' : 'verse'));
  if (!second) return;
  const start = d.start;
  let p = second.p;
  if (second.colon) {
    if (p.chapter < start.chapter) {
      // "Ps 121-22:4" is 121:1–122:4, "Ps 21:6-2:4" is 21:6–22:4, as the parser reads them.
      const digits = text.slice(k, second.end).search(/[:.]/);
      const chapter = captive(start.chapter, p.chapter, digits);
      if (chapter > start.chapter) p = { book, chapter, verse: p.verse };
    }
    if (start.verse === undefined && p.chapter > start.chapter) d.start = { book, chapter: start.chapter, verse: 1 };
  } else if (!endMode) {
    const digits = second.end - k;
    if (start.verse !== undefined && p.verse !== undefined) {
      p = { book, chapter: start.chapter, verse: captive(start.verse, p.verse, digits) };
    } else if (start.verse === undefined && !isSingleChapterBook(book)) {
      p = { book, chapter: captive(start.chapter, p.chapter, digits) };
    }
  }
  d.end = p;
  d.rangeFrom = d.at;
  d.at = skipPartial(text, second.end);
  const ff = followingEnd(text, d.at);
  if (ff > 0) {
    d.following = skipSpaces(text, d.at);
    d.at = ff;
    d.end = toEndOf(p);
  } else if (d.start.verse === undefined && p.verse === undefined && !isSingleChapterBook(book)) {
    // "Heb 13-15", "Jer 33-11": no such chapter range, but a verse ("Heb 13:15").
    if ((p.chapter > chapterCount(book) || p.chapter < d.start.chapter) && isValidVerse(book, d.start.chapter, p.chapter)) {
      d.start = { book, chapter: d.start.chapter, verse: p.chapter };
      d.end = undefined;
    }
  }
}

/** Checks the element against the versification and gives its OSIS. */
function finish(book: OsisBook, mode: Mode, d: Draft): Element {
  let { start, end } = d;
  // A lone "1" after a one-chapter book is the whole book ("Jude 1"), as in the parser.
  if (!end && !d.colon && mode === 'first' && isSingleChapterBook(book) && start.verse === 1) start = { book, chapter: 1 };
  // "Genesis 0-12", "Genesis 0:0-chapter 14": no chapter 0, so the parser keeps the end.
  if (end && start.chapter === 0 && end.book === book) {
    start = end;
    end = undefined;
  }
  let osis = end ? rangeOsis(start, end) : pointOsis(start);
  let at = d.at;
  let nextBook = -1;
  let split = false;
  if (end && osis === undefined && d.rangeFrom >= 0) {
    // A range that runs backwards ("Exodus 8 to Genesis 2", "Ps 21:6-1:4") is two
    // references in the parser; keep the first, and read on from the mark: the
    // sequence continues after it in the same book ("Ps 21:6-1:4" → 21:6, 1:4)
    // or at the other book ("Psalm 121-Gen 2").
    osis = pointOsis(start);
    split = d.otherAt < 0 && start.verse !== undefined && osis !== undefined;
    nextBook = d.otherAt;
    end = undefined;
    at = d.rangeFrom;
  }
  // The point the list goes on from. A range end past the book is clamped ("Ps 119-150ff"); a point
  // that does not exist is kept as written, so the numbers after it fail too ("Ps 151:2, 3").
  const last = end ?? start;
  const lastPoint: Point = osis !== undefined && last.chapter > chapterCount(last.book) ? { book: last.book, chapter: chapterCount(last.book) } : last;
  const el: Element = { end: at, osis, verse: start.verse !== undefined, colon: d.colon, last: lastPoint, following: d.following, otherAt: d.otherAt };
  if (nextBook >= 0) el.nextBook = nextBook;
  if (split) el.split = true;
  return el;
}
