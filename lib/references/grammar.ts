/**
 * The grammar after a book name: chapter and verse numbers, ranges, suffixes
 * and lists. It reads forwards from the first digit and returns one match per
 * reference element ("Heb 7:23–25; 4:16" → two elements).
 *
 *   sequence := element (separator keyword? element)*
 *   element  := point suffix* (range-mark (book? point | point))?
 *   point    := N | N ":" M | N "." M | N ":" "title"
 *   suffix   := "a" | "b" | "f" | "ff" | "title"
 */
import type { OsisBook } from '../bible/books';
import { chapterCount, isSingleChapterBook, isValidVerse } from '../bible/versification';
import { bookAfter, type BookHit } from './book-scan';
import { isDash, isDigit, isLetter, isSpace, isUpper, skipSpaces } from './chars';
import { CHAPTER_WORDS, LIST_WORDS, RANGE_WORDS, TRANSLATIONS, VERSE_WORDS, wordAt } from './keywords';
import { pointOsis, rangeOsis, type Point } from './passage';
import { trapAfter } from './traps';

export interface RawMatch {
  start: number;
  end: number;
  osis: string;
  /** Book and chapter the element ends in, for the context that follows it. */
  book: OsisBook;
  chapter: number;
  contextual?: true;
}

/** How a bare number is read: first after a book, inside a list, or after "ch."/"v.". */
export type Mode = 'first' | 'list' | 'chapter' | 'verse';

interface State {
  book: OsisBook;
  chapter: number;
  lastVerse: boolean;
}

interface Element {
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
}

let numEnd = 0;
/** Reads 1–3 digits at i (sets numEnd); -1 when there are none or more than three. */
function readNumber(text: string, i: number): number {
  let j = i;
  let v = 0;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) break;
    v = v * 10 + c - 48;
    j++;
  }
  if (j === i || j - i > 3) return -1;
  numEnd = j;
  return v;
}

/** Offset after a "word" (case-insensitive) at i that is not followed by a letter, else -1. */
function wordEnd(text: string, i: number, word: string): number {
  const end = i + word.length;
  if (end > text.length || text.slice(i, end).toLowerCase() !== word) return -1;
  return end < text.length && isLetter(text.charCodeAt(end)) ? -1 : end;
}

/** Skips an "a"/"b" partial-verse letter glued to a number ("28a"). */
function skipPartial(text: string, j: number): number {
  const c = text.charCodeAt(j) | 32;
  if ((c === 97 || c === 98) && !isLetter(text.charCodeAt(j + 1))) return j + 1;
  return j;
}

/** "ff"/"f" after a number, with or without a space; returns the end or -1. */
function followingEnd(text: string, j: number): number {
  const k = skipSpaces(text, j);
  if (k - j > 1) return -1;
  let e = wordEnd(text, k, 'ff');
  if (e < 0) e = wordEnd(text, k, 'f');
  if (e < 0) return -1;
  return text.charCodeAt(e) === 46 ? e + 1 : e;
}

/** " title" after a Psalm number; returns the end or -1. */
function titleEnd(text: string, j: number): number {
  const k = skipSpaces(text, j);
  return k - j > 1 ? -1 : wordEnd(text, k, 'title');
}

/** Expands "captive" end digits: 16–7 → 16–17, 125–26 → 125–126. */
function captive(start: number, end: number, endDigits: number): number {
  const s = String(start);
  if (end >= start || endDigits >= s.length) return end;
  const full = Number(s.slice(0, s.length - endDigits) + String(end).padStart(endDigits, '0'));
  return full > start ? full : end;
}

/**
 * Reads one point (N, N:M, N.M) at i in `book`, interpreted by `mode`.
 * Returns undefined when there is no number.
 */
function readPoint(
  text: string,
  i: number,
  book: OsisBook,
  st: State,
  mode: Mode,
): { p: Point; end: number; colon: boolean } | undefined {
  const n = readNumber(text, i);
  if (n < 0) return undefined;
  let j = numEnd;
  let verse = -1;
  // "1,000" is a number, not chapter 1.
  if (text.charCodeAt(j) === 44 && isDigit(text.charCodeAt(j + 3)) && !isDigit(text.charCodeAt(j + 4)) && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2))) return undefined;
  // "Matthew 6 : 25" (a spaced colon).
  if (text.charCodeAt(j) === 32 && text.charCodeAt(j + 1) === 58 && text.charCodeAt(j + 2) === 32 && isDigit(text.charCodeAt(j + 3))) j++;
  const c = text.charCodeAt(j);
  if (c === 58 || c === 46) {
    let k = j + 1;
    if (c === 58 && text.charCodeAt(k) === 32) k++;
    if (isDigit(text.charCodeAt(k))) {
      const m = readNumber(text, k);
      if (m < 0) return undefined;
      verse = m;
      j = numEnd;
    } else if (c === 58 && book === 'Ps') {
      const t = wordEnd(text, k, 'title');
      if (t > 0) {
        verse = 1;
        j = t;
      }
    }
  }
  if (isDigit(text.charCodeAt(j))) return undefined;
  // "1st Psalm", "2nd": an ordinal is not a chapter or verse.
  if (/^(?:st|nd|rd|th)(?![a-z])/i.test(text.slice(j, j + 3))) return undefined;
  if (verse >= 0) return { p: { book, chapter: n, verse }, end: j, colon: true };
  if (mode === 'verse') return { p: { book, chapter: st.chapter || 1, verse: n }, end: j, colon: false };
  if (mode === 'chapter') return { p: { book, chapter: n }, end: j, colon: false };
  if (isSingleChapterBook(book)) return { p: { book, chapter: 1, verse: n }, end: j, colon: false };
  if (mode === 'list' && st.lastVerse) return { p: { book, chapter: st.chapter, verse: n }, end: j, colon: false };
  return { p: { book, chapter: n }, end: j, colon: false };
}

/** Reads one element: a point with its suffixes and an optional range end. */
function readElement(text: string, i: number, book: OsisBook, st: State, mode: Mode): Element | undefined {
  const first = readPoint(text, i, book, st, mode);
  if (!first) return undefined;
  let start = first.p;
  let j = skipPartial(text, first.end);
  const colon = first.colon;
  let end: Point | undefined;
  let rangeFrom = -1;
  let endAt = -1;
  let otherAt = -1;
  // Psalm titles: "Ps 23 title".
  if (start.verse === undefined && book === 'Ps') {
    const t = titleEnd(text, j);
    if (t > 0) {
      start = { book, chapter: start.chapter, verse: 1 };
      j = t;
    }
  }
  const ff = followingEnd(text, j);
  if (ff > 0) {
    j = ff;
    end = start.verse === undefined ? { book, chapter: 999 } : { book, chapter: start.chapter, verse: 999 };
  } else {
    let k = skipSpaces(text, j);
    let k2 = -1;
    if (k - j <= 1 && k < text.length) {
      if (isDash(text.charCodeAt(k))) k2 = k + 1;
      else {
        const w = wordAt(text, k);
        if (RANGE_WORDS.has(w)) k2 = k + w.length;
      }
    }
    let endMode: Mode | undefined;
    if (k2 > 0) {
      k2 = skipSpaces(text, k2);
      // "Genesis 1:2-ch 7", "Genesis 49:2-chapter 52": the end is a chapter.
      const w = wordAt(text, k2);
      if (CHAPTER_WORDS.has(w) || (VERSE_WORDS.has(w) && start.verse === undefined && mode !== 'verse')) {
        const after = skipSpaces(text, text.charCodeAt(k2 + w.length) === 46 ? k2 + w.length + 1 : k2 + w.length);
        if (isDigit(text.charCodeAt(after))) {
          if (CHAPTER_WORDS.has(w)) {
            k2 = after;
            endMode = 'chapter';
          } else {
            // "Deut 15 – v19-23", "Genesis 1 through verse 25": the verses of that chapter.
            const inner = readElement(text, after, book, { book, chapter: start.chapter, lastVerse: true }, 'verse');
            if (inner && !inner.colon) return inner;
          }
        }
      }
      const c = text.charCodeAt(k2);
      const other = isLetter(c) || (c >= 49 && c <= 51) ? bookAfter(text, k2) : undefined;
      if (other) {
        otherAt = k2;
        const second = readPoint(text, other.digit, other.hit.book, st, 'first');
        if (second) {
          end = second.p;
          // "Genesis 49-Obadiah 1": a lone 1 after a one-chapter book is the whole book, as alone.
          if (!second.colon && end.verse === 1 && isSingleChapterBook(end.book)) end = { book: end.book, chapter: 1 };
          endAt = skipPartial(text, second.end);
          rangeFrom = j;
        }
      } else if (isDigit(c)) {
        const digitsStart = k2;
        const second = readPoint(text, k2, book, st, endMode ?? (start.verse === undefined ? 'chapter' : 'verse'));
        if (second) {
          let p = second.p;
          if (second.colon && p.verse !== undefined && p.chapter < start.chapter) {
            // "Ps 121-22:4" is 121:1–122:4, "Ps 21:6-2:4" is 21:6–22:4, as the parser reads them.
            const digits = text.slice(digitsStart, second.end).search(/[:.]/);
            const chapter = captive(start.chapter, p.chapter, digits);
            if (chapter > start.chapter) p = { book, chapter, verse: p.verse };
          }
          if (second.colon && start.verse === undefined && p.chapter > start.chapter) start = { book, chapter: start.chapter, verse: 1 };
          if (!second.colon && !endMode) {
            const digits = second.end - digitsStart;
            if (start.verse !== undefined && p.verse !== undefined) {
              p = { book, chapter: start.chapter, verse: captive(start.verse, p.verse, digits) };
            } else if (start.verse === undefined && !isSingleChapterBook(book)) {
              p = { book, chapter: captive(start.chapter, p.chapter, digits) };
            }
          }
          end = p;
          rangeFrom = j;
          endAt = skipPartial(text, second.end);
          const ff2 = followingEnd(text, endAt);
          if (ff2 > 0) {
            endAt = ff2;
            end = p.verse === undefined ? { book, chapter: 999 } : { book, chapter: p.chapter, verse: 999 };
          } else if (start.verse === undefined && p.verse === undefined && !isSingleChapterBook(book)) {
            // "Heb 13-15", "Jer 33-11": no such chapter range, but a verse ("Heb 13:15").
            if ((p.chapter > chapterCount(book) || p.chapter < start.chapter) && isValidVerse(book, start.chapter, p.chapter)) {
              start = { book, chapter: start.chapter, verse: p.chapter };
              end = undefined;
            }
          }
        }
      }
    }
  }
  if (rangeFrom >= 0) j = endAt;
  // A lone "1" after a one-chapter book is the whole book ("Jude 1"), as in the parser.
  if (!end && !colon && mode === 'first' && isSingleChapterBook(book) && start.verse === 1) {
    start = { book, chapter: 1 };
  }
  // "Genesis 0-12", "Genesis 0:0-chapter 14": no chapter 0, so the parser keeps the end.
  if (end && start.chapter === 0 && end.book === book) {
    start = end;
    end = undefined;
  }
  let osis = end ? rangeOsis(start, end) : pointOsis(start);
  let split = false;
  if (end && osis === undefined && rangeFrom >= 0) {
    // A range that runs backwards ("Exodus 8 to Genesis 2", "Ps 21:6-1:4") is two
    // references in the parser; keep the first, and read on from the mark: the
    // sequence continues after it in the same book ("Ps 21:6-1:4" → 21:6, 1:4).
    split = otherAt < 0 && start.verse !== undefined && osis === undefined && pointOsis(start) !== undefined;
    end = undefined;
    osis = pointOsis(start);
    j = rangeFrom;
  } else otherAt = -1;
  const last = end ?? start;
  const lastPoint: Point =
    last.chapter > chapterCount(last.book) ? { book: last.book, chapter: chapterCount(last.book) } : last;
  const el: Element = { end: j, osis, verse: start.verse !== undefined, colon, last: lastPoint };
  if (otherAt >= 0) el.nextBook = otherAt;
  if (split) el.split = true;
  return el;
}

/** Offset after a translation tag ("(NIV)", "KJV", "[ESV, NIV]") at j, or -1. */
export function translationEnd(text: string, j: number): number {
  let k = skipSpaces(text, j);
  if (k - j > 2) return -1;
  const open = text.charCodeAt(k);
  const bracket = open === 40 || open === 91;
  if (bracket) k = skipSpaces(text, k + 1);
  let found = false;
  for (;;) {
    const w = wordAt(text, k);
    if (!w || !TRANSLATIONS.has(w) || isDigit(text.charCodeAt(k + w.length))) break;
    found = true;
    k += w.length;
    if (!bracket) break;
    k = skipSpaces(text, k);
    if (text.charCodeAt(k) === 44) k = skipSpaces(text, k + 1);
  }
  if (!found) return -1;
  if (bracket) {
    k = skipSpaces(text, k);
    const close = text.charCodeAt(k);
    if (close !== 41 && close !== 93) return -1;
    k++;
  }
  return k;
}

/** Separators between list elements; returns the offset after them, or -1. */
function separatorEnd(text: string, j: number): number {
  let k = j;
  let seen = false;
  for (let n = 0; n < 3; n++) {
    const s = skipSpaces(text, k);
    if (s - k > 2) break;
    const c = text.charCodeAt(s);
    if (c === 44 || c === 59 || c === 38) {
      k = s + 1;
      seen = true;
      continue;
    }
    const w = wordAt(text, s);
    if (LIST_WORDS.has(w)) {
      k = s + w.length;
      if (text.charCodeAt(k) === 46) k++;
      seen = true;
      continue;
    }
    break;
  }
  return seen ? k : -1;
}

/** A chapter/verse keyword at k ("ch.", "verses"); returns the mode and its end. */
function keywordAt(text: string, k: number): { mode: Mode; end: number } | undefined {
  const w = wordAt(text, k);
  if (!w) return undefined;
  const mode: Mode | undefined = CHAPTER_WORDS.has(w) ? 'chapter' : VERSE_WORDS.has(w) ? 'verse' : undefined;
  if (!mode) return undefined;
  let e = k + w.length;
  if (text.charCodeAt(e) === 46) e++;
  return { mode, end: skipSpaces(text, e) };
}

/** A lower-case word after a bare list number ("5 times") ends the list. */
function proseAfter(text: string, j: number): boolean {
  if (!isSpace(text.charCodeAt(j))) return false;
  const k = skipSpaces(text, j);
  const c = text.charCodeAt(k);
  if (!isLetter(c) || isUpper(c)) return false;
  const w = wordAt(text, k);
  return !(LIST_WORDS.has(w) || RANGE_WORDS.has(w) || CHAPTER_WORDS.has(w) || VERSE_WORDS.has(w) || w === 'ff' || w === 'f' || w === 'title');
}

export interface SequenceOptions {
  /** The sequence continues a list begun by a full reference. */
  inList: boolean;
  chapterOnlyAbbreviations: boolean;
  /** Mode of the first number ("first", or "chapter"/"verse" after a keyword). */
  mode: Mode;
  /** Resolved from context ("v. 28", "(12:2)"): every match is contextual. */
  contextual: boolean;
  /** Chapter already known (contextual verse references). */
  chapter?: number;
  /** Where the cue ("v.", "ch.") of a contextual reference starts; the match includes it. */
  cueStart?: number;
}

export interface SequenceResult {
  matches: RawMatch[];
  end: number;
  /** Offset of a book name that continues the list ("…; Gen 3"), or -1. */
  nextBook: number;
}

const FAIL: SequenceResult = { matches: [], end: -1, nextBook: -1 };

/** Parses a whole sequence whose first number starts at `digit`. */
export function parseSequence(text: string, hit: BookHit, digit: number, o: SequenceOptions): SequenceResult {
  const st: State = { book: hit.book, chapter: o.chapter ?? 0, lastVerse: o.mode === 'verse' };
  const el = readElement(text, digit, hit.book, st, o.mode);
  if (!el || el.osis === undefined) return FAIL;
  if (!o.contextual) {
    if (!el.verse && !firstChapterAllowed(text, hit, el, o)) return FAIL;
    if (!el.colon && hit.fuzzy) return FAIL;
    if (el.verse && !el.colon && hit.key.ambiguous && !hit.key.full && o.mode === 'first') return FAIL;
  }
  if (trapAfter(text, el.end, hit, el.colon)) return FAIL;
  // "Is 10:30 too early?", "So 2:1 it is": a short common word as a book, then prose.
  if (!o.contextual && hit.key.capital && (hit.end - hit.start <= 2 || hit.key.loose) && text.charCodeAt(hit.end) !== 46 && proseAfter(text, el.end)) return FAIL;
  const matches: RawMatch[] = [];
  const push = (start: number, e: Element) => {
    const m: RawMatch = { start, end: e.end, osis: e.osis!, book: e.last.book, chapter: e.last.chapter };
    if (o.contextual) m.contextual = true;
    matches.push(m);
    st.book = e.last.book;
    st.chapter = e.last.chapter;
    st.lastVerse = e.last.verse !== undefined;
  };
  push(o.contextual ? (o.cueStart ?? digit) : hit.start, el);
  let end = el.end;
  let nextBook = el.nextBook ?? -1;
  if (nextBook >= 0) return { matches, end, nextBook };
  let split = el.split === true;
  for (;;) {
    let k = end;
    const t = translationEnd(text, k);
    if (t > 0) k = t;
    let sep = separatorEnd(text, k);
    if (split && sep < 0) {
      // The second half of a backwards range: "-1:4", " to 1:4".
      const s = skipSpaces(text, k);
      const w = wordAt(text, s);
      sep = isDash(text.charCodeAt(s)) ? s + 1 : RANGE_WORDS.has(w) ? s + w.length : -1;
    }
    split = false;
    let mode: Mode = 'list';
    if (sep > 0) k = skipSpaces(text, sep);
    else k = skipSpaces(text, k);
    const kw = keywordAt(text, k);
    const itemStart = kw ? k : -1;
    if (kw) {
      mode = kw.mode;
      k = kw.end;
    } else if (sep < 0) break;
    const c = text.charCodeAt(k);
    if (isLetter(c) || (c >= 49 && c <= 51)) {
      // Another book ("…; Gen 3", "…, 1 Cor 13:4"): the scanner continues the list there.
      if (mode === 'list' && bookAfter(text, k)) {
        nextBook = k;
        break;
      }
    }
    if (!isDigit(c)) break;
    const item = readElement(text, k, st.book, st, mode);
    if (!item) break;
    split = item.split === true;
    // "1,000" is a number, not a list.
    if (text.charCodeAt(item.end) === 44 && /^\d{3}(?!\d)/.test(text.slice(item.end + 1, item.end + 5))) break;
    if (trapAfter(text, item.end, hit, item.colon)) break;
    const prev = matches[matches.length - 1];
    if (mode === 'verse' && !item.colon && !st.lastVerse && prev && item.osis !== undefined && !o.contextual) {
      // "Isaiah 54 verse 15", "23rd Psalm, verse 6": one reference, chapter then verse.
      prev.end = item.end;
      prev.osis = item.osis;
      st.lastVerse = true;
    } else if (item.osis !== undefined) push(itemStart >= 0 ? itemStart : k, item);
    end = item.end;
  }
  if (t(end)) end = t(end);
  return { matches, end, nextBook };

  function t(e: number): number {
    const x = translationEnd(text, e);
    return x > 0 ? x : 0;
  }
}

function firstChapterAllowed(text: string, hit: BookHit, el: Element, o: SequenceOptions): boolean {
  if (hit.fuzzy) return false;
  // An OSIS string ("Gen.1", "Rom.8") is unmistakable.
  if (text.charCodeAt(hit.end) === 46 && text.slice(hit.start, hit.end) === hit.book) return true;
  if (o.inList || o.mode === 'chapter') return true;
  if (hit.key.full && hit.capitalised && !hit.key.ambiguous) return true;
  if (o.chapterOnlyAbbreviations && !hit.key.ambiguous) return true;
  // A translation tag makes a chapter reference unmistakable: "Lev 1 (NIV)".
  return translationEnd(text, el.end) > 0;
}
