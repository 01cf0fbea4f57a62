/**
 * One point of a reference: a chapter, a verse or chapter:verse ("8", "8:28",
 * "8.28", "6 : 25", "23:title"), with the small suffixes around it.
 */
import type { OsisBook } from '../bible/books';
import { isSingleChapterBook } from '../bible/versification';
import { CASE_BIT, COLON, COMMA, DIGIT_0, LOWER_A, LOWER_B, NO_BREAK_SPACE, PERIOD, SPACE, isDigit, isLetter, skipSpaces } from './chars';
import { CHAPTER_WORDS, LIST_WORDS, RANGE_WORDS, TRANSLATIONS, VERSE_WORDS, wordAt } from './keywords';
import type { Point } from './to-osis';

/** How a bare number is read: first after a book, inside a list, or after "ch."/"v.". */
export type Mode = 'first' | 'list' | 'chapter' | 'verse';

/** Where a sequence stands: the book and chapter it is in, and whether the last element named a verse. */
export interface State {
  book: OsisBook;
  chapter: number;
  lastVerse: boolean;
}

export interface ReadPoint {
  p: Point;
  /** Offset after the point. */
  end: number;
  /** Written as chapter:verse (or chapter.verse). */
  colon: boolean;
}

/** End of a number of 1–3 digits at i; -1 when there is none or it is longer. */
export function numberEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  return j === i || j - i > 3 ? -1 : j;
}

/** The value of the digits from i to end. */
export function numberValue(text: string, i: number, end: number): number {
  let v = 0;
  for (let k = i; k < end; k++) v = v * 10 + text.charCodeAt(k) - DIGIT_0;
  return v;
}

/** Offset after a "word" (case-insensitive) at i that is not followed by a letter, else -1. */
function wordEnd(text: string, i: number, word: string): number {
  const end = i + word.length;
  if (end > text.length || text.slice(i, end).toLowerCase() !== word) return -1;
  return end < text.length && isLetter(text.charCodeAt(end)) ? -1 : end;
}

/** Skips an "a"/"b" partial-verse letter glued to a number ("28a"). */
export function skipPartial(text: string, j: number): number {
  const c = text.charCodeAt(j) | CASE_BIT;
  if ((c === LOWER_A || c === LOWER_B) && !isLetter(text.charCodeAt(j + 1))) return j + 1;
  return j;
}

/** "ff"/"f" after a number, with or without a space; returns the end or -1. */
export function followingEnd(text: string, j: number): number {
  const k = skipSpaces(text, j);
  if (k - j > 1) return -1;
  let e = wordEnd(text, k, 'ff');
  if (e < 0) e = wordEnd(text, k, 'f');
  if (e < 0) return -1;
  return text.charCodeAt(e) === PERIOD ? e + 1 : e;
}

/** " title" after a Psalm number; returns the end or -1. */
export function titleEnd(text: string, j: number): number {
  const k = skipSpaces(text, j);
  return k - j > 1 ? -1 : wordEnd(text, k, 'title');
}

/** "1,000" at a number ending at j: a thousands separator, not chapter 1 and verse 0. */
function thousandsAt(text: string, j: number): boolean {
  return (
    text.charCodeAt(j) === COMMA &&
    isDigit(text.charCodeAt(j + 1)) &&
    isDigit(text.charCodeAt(j + 2)) &&
    isDigit(text.charCodeAt(j + 3)) &&
    !isDigit(text.charCodeAt(j + 4))
  );
}

/** Offset of the ":" or "." between chapter and verse after a chapter ending at j ("8:28", "6 : 25"), or -1. */
function verseMarkAt(text: string, j: number): number {
  if (text.charCodeAt(j) === SPACE && text.charCodeAt(j + 1) === COLON && text.charCodeAt(j + 2) === SPACE && isDigit(text.charCodeAt(j + 3))) return j + 1;
  const c = text.charCodeAt(j);
  return c === COLON || c === PERIOD ? j : -1;
}

/** "1st", "2nd", "23rd": an ordinal is not a chapter or verse. */
const ordinalAt = (text: string, j: number): boolean => /^(?:st|nd|rd|th)(?![a-z])/i.test(text.slice(j, j + 3));

/**
 * "13:15, 34began": an ordinary lower-case word glued to the number makes it no reference. Glued
 * suffixes ("28a", "28ff", "13ab"), keywords and versions ("3v21", "10ESV", "7msg") and capitals
 * ("35Have", "43Psalms") are left to the rest of the grammar.
 */
function gluedWordAt(text: string, j: number): boolean {
  const w = wordAt(text, j);
  if (w.length < 4 || text.slice(j, j + w.length) !== w) return false;
  return !(RANGE_WORDS.has(w) || LIST_WORDS.has(w) || CHAPTER_WORDS.has(w) || VERSE_WORDS.has(w) || TRANSLATIONS.has(w) || w === 'title' || w === 'ff');
}

/** What a number without a verse means, by mode: "Rom 8" a chapter, "Jude 3" or "v. 3" a verse, "8:28, 31" a verse. */
function bareNumberPoint(book: OsisBook, n: number, st: State, mode: Mode): Point {
  if (mode === 'verse') return { book, chapter: st.chapter || 1, verse: n };
  if (mode === 'chapter') return { book, chapter: n };
  if (isSingleChapterBook(book)) return { book, chapter: 1, verse: n };
  if (mode === 'list' && st.lastVerse) return { book, chapter: st.chapter, verse: n };
  return { book, chapter: n };
}

/** Reads one point (N, N:M, N.M) at i in `book`, interpreted by `mode`; undefined when there is none. */
export function readPoint(text: string, i: number, book: OsisBook, st: State, mode: Mode): ReadPoint | undefined {
  const chapterEnd = numberEnd(text, i);
  if (chapterEnd < 0 || thousandsAt(text, chapterEnd)) return undefined;
  const n = numberValue(text, i, chapterEnd);
  let j = chapterEnd;
  let verse = -1;
  const mark = verseMarkAt(text, chapterEnd);
  if (mark >= 0) {
    const colon = text.charCodeAt(mark) === COLON;
    // "Rom 8: 28", "Mark 2: 5, 6": a colon may be followed by a space (a no-break space too).
    const k = colon && (text.charCodeAt(mark + 1) === SPACE || text.charCodeAt(mark + 1) === NO_BREAK_SPACE) ? mark + 2 : mark + 1;
    if (isDigit(text.charCodeAt(k))) {
      const verseEnd = numberEnd(text, k);
      if (verseEnd < 0) return undefined;
      verse = numberValue(text, k, verseEnd);
      j = verseEnd;
    } else if (colon && book === 'Ps') {
      const t = wordEnd(text, k, 'title');
      if (t > 0) {
        verse = 1;
        j = t;
      }
    }
  }
  if (isDigit(text.charCodeAt(j)) || ordinalAt(text, j) || gluedWordAt(text, j)) return undefined;
  if (verse >= 0) return { p: { book, chapter: n, verse }, end: j, colon: true };
  return { p: bareNumberPoint(book, n, st, mode), end: j, colon: false };
}

/** Expands "captive" end digits: 16–7 → 16–17, 125–26 → 125–126. */
export function captive(start: number, end: number, endDigits: number): number {
  const s = String(start);
  if (end >= start || endDigits >= s.length) return end;
  const full = Number(s.slice(0, s.length - endDigits) + String(end).padStart(endDigits, '0'));
  return full > start ? full : end;
}
