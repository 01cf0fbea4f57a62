/**
 * The grammar after a book name: a sequence of reference elements joined by
 * list separators ("Heb 7:23–25; 4:16" → two elements). It reads forwards
 * from the first digit and returns one match per element.
 *
 *   sequence := element (separator keyword? element)*
 *
 * Elements are read by element.ts, points by point.ts, and the words between
 * them by list-syntax.ts.
 */
import type { OsisBook } from '../bible/books';
import { bookAfter, bookNameAt, type BookHit } from './book-scan';
import { CHAPTER_ABBREVIATIONS, CITATION_BEFORE_IN, CITATION_VERBS, TITLE_CASE_ONLY } from './book-names';
import { lookupBookKey } from './book-table';
import { CASE_BIT, COLON, COMMA, LOWER_F, PERIOD, isBookNumberDigit, isDash, isDigit, isLetter, isSpace, isUpper, skipSpaces } from './chars';
import { readElement, type Element } from './element';
import { RANGE_WORDS, wordAt } from './keywords';
import { afterTranslation, keywordAt, proseAfter, separatorEnd, translationEnd } from './list-syntax';
import type { Mode, State } from './point';
import { trapAfter } from './traps';

export type { Mode } from './point';

export interface RawMatch {
  start: number;
  end: number;
  osis: string;
  /** Book and chapter the element ends in, for the context that follows it. */
  book: OsisBook;
  chapter: number;
  contextual?: true;
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
  /** A colon separates the name from the numbers ("Luke: 8:4-11"). */
  colonAfterName?: boolean;
}

export interface SequenceResult {
  matches: RawMatch[];
  end: number;
  /** Offset of a book name that continues the list ("…; Gen 3"), or -1. */
  nextBook: number;
}

const FAIL: SequenceResult = { matches: [], end: -1, nextBook: -1 };

/** "1,000" after a list item: a number, not a list. */
const thousandsAfter = (text: string, end: number): boolean =>
  text.charCodeAt(end) === COMMA && /^\d{3}(?!\d)/.test(text.slice(end + 1, end + 5));

/** Whether the first element, as written after this name, is a reference by the precision rules. */
function firstElementAccepted(text: string, hit: BookHit, el: Element, o: SequenceOptions): boolean {
  if (o.contextual) return true;
  // "Romans: 8:28", "Luke: 8:4-11": chapter:verse only; a name that is also a word or first name
  // only in a list or with a verse range ("Mark: 3:30" may be a time).
  if (o.colonAfterName && (!el.colon || (hit.key.ambiguous && !o.inList && !el.osis?.includes('-')))) return false;
  if (!el.verse && !firstChapterAllowed(text, hit, el, o)) return false;
  if (!el.colon && hit.fuzzy) return false;
  return !(el.verse && !el.colon && hit.key.ambiguous && !hit.key.full && o.mode === 'first');
}

/** "Is 10:30 too early?", "So 2:1 it is": a short common word as a book, then prose. */
function shortWordThenProse(text: string, hit: BookHit, el: Element, o: SequenceOptions): boolean {
  return !o.contextual && hit.key.capital && (hit.end - hit.start <= 2 || hit.key.loose === true) && text.charCodeAt(hit.end) !== PERIOD && proseAfter(text, el.end);
}

/** "2 Timothy" at k: a book's number, then its name. */
function numberedBookAt(text: string, k: number): boolean {
  if (!isSpace(text.charCodeAt(k + 1))) return false;
  const name = wordAt(text, skipSpaces(text, k + 1));
  const key = name ? lookupBookKey(text[k] + name) : undefined;
  return key !== undefined && isDigit(key.book.charCodeAt(0));
}

/** Where the next list item starts after `end`, and how its number is read; a book name ends the sequence. */
type NextItem = { at: number; mode: Mode; itemStart: number } | { bookAt: number } | undefined;

function nextItem(text: string, end: number, split: boolean): NextItem {
  let k0 = afterTranslation(text, end);
  // "Psalm 116: Verse 10": a colon before a keyword.
  if (text.charCodeAt(k0) === COLON && isSpace(text.charCodeAt(k0 + 1)) && keywordAt(text, skipSpaces(text, k0 + 1))) k0++;
  let sep = separatorEnd(text, k0);
  if (split && sep < 0) {
    // The second half of a backwards range: "-1:4", " to 1:4".
    const s = skipSpaces(text, k0);
    const w = wordAt(text, s);
    sep = isDash(text.charCodeAt(s)) ? s + 1 : RANGE_WORDS.has(w) ? s + w.length : -1;
  }
  let k = skipSpaces(text, sep > 0 ? sep : k0);
  let mode: Mode = 'list';
  const kw = keywordAt(text, k);
  const itemStart = kw ? k : -1;
  if (kw) {
    mode = kw.mode;
    k = kw.end;
  } else if (sep < 0) return undefined;
  const c = text.charCodeAt(k);
  // Another book ("…; Gen 3", "…, 1 Cor 13:4"): the scanner continues the list there.
  if (mode === 'list' && (isLetter(c) || isBookNumberDigit(c)) && bookAfter(text, k)) return { bookAt: k };
  // "Phil 2:4; 1 and 2 Timothy": the number of a book named without a chapter ends the list.
  if (mode === 'list' && isBookNumberDigit(c) && numberedBookAt(text, k)) return undefined;
  return isDigit(c) ? { at: k, mode, itemStart } : undefined;
}

/** Parses a whole sequence whose first number starts at `digit`. */
export function parseSequence(text: string, hit: BookHit, digit: number, o: SequenceOptions): SequenceResult {
  const st: State = { book: hit.book, chapter: o.chapter ?? 0, lastVerse: o.mode === 'verse' };
  const el = readElement(text, digit, hit.book, st, o.mode);
  if (!el || el.osis === undefined || !firstElementAccepted(text, hit, el, o)) return FAIL;
  if (trapAfter(text, el.end, hit, el.colon) || shortWordThenProse(text, hit, el, o)) return FAIL;
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
  if (el.nextBook !== undefined) return { matches, end, nextBook: el.nextBook };
  let nextBook = -1;
  let split = el.split === true;
  for (;;) {
    const next = nextItem(text, end, split);
    if (!next) break;
    if ('bookAt' in next) {
      nextBook = next.bookAt;
      break;
    }
    const item = readElement(text, next.at, st.book, st, next.mode);
    if (!item || thousandsAfter(text, item.end) || trapAfter(text, item.end, hit, item.colon)) break;
    split = item.split === true;
    const prev = matches[matches.length - 1];
    if (next.mode === 'verse' && !item.colon && !st.lastVerse && item.osis !== undefined) {
      // "Isaiah 54 verse 15", "23rd Psalm, verse 6", "ch. 10 v. 3": one reference, chapter then verse.
      prev.end = item.end;
      prev.osis = item.osis;
      st.lastVerse = true;
    } else if (item.osis !== undefined) push(next.itemStart >= 0 ? next.itemStart : next.at, item);
    else {
      // An element that does not exist is dropped, but the list goes on from it: "Ps 119, 151:2, 3".
      st.chapter = item.last.chapter;
      st.lastVerse = item.last.verse !== undefined;
    }
    end = item.end;
  }
  // "as we read in Acts 1 and 2 of the play": a citation, but not of the book.
  if (matches.length > 1 && !el.verse && !o.contextual && hit.key.ambiguous && ofAfter(text, end)) return FAIL;
  return { matches, end: afterTranslation(text, end), nextBook };
}

/** " of …" or "'s" right after a chapter: "Acts 2 of the play", "Job 3's log". */
const ofAfter = (text: string, end: number): boolean => /^(?:\s+of\b|['’]s\b)/.test(text.slice(end, end + 4));

function firstChapterAllowed(text: string, hit: BookHit, el: Element, o: SequenceOptions): boolean {
  if (hit.fuzzy) return false;
  // An OSIS string ("Gen.1", "Rom.8") is unmistakable.
  if (text.charCodeAt(hit.end) === PERIOD && text.slice(hit.start, hit.end) === hit.book) return true;
  if (o.inList || o.mode === 'chapter') return true;
  if (hit.key.full && hit.capitalised && !hit.key.ambiguous) return true;
  if (!hit.key.ambiguous && (o.chapterOnlyAbbreviations || chapterAbbreviation(text, hit))) return true;
  // A translation tag makes a chapter reference unmistakable: "Lev 1 (NIV)".
  if (translationEnd(text, el.end) > 0) return true;
  // "Acts 1 of the play", "Job 3's log": whatever else is there, not the book.
  return !ofAfter(text, el.end) && (following(text, el) || rangeToBook(text, hit, el) || citation(text, hit, el));
}

/**
 * "Gen 6ff", "ge 1 ff", "REV 3 FF": only a citation writes "ff" after a chapter. Not a capital
 * "F" alone ("Mark 5 F" is a temperature or a grade), nor "FF" glued ("Rev 2FF" reads as hex),
 * nor one that runs on into a word or number ("Rev 2f-stop", "Rev 2f3"); "f" after a space needs its period.
 */
function following(text: string, el: Element): boolean {
  const f = el.following;
  if (f < 0) return false;
  const lower = text.charCodeAt(f) === LOWER_F;
  const double = (text.charCodeAt(f + 1) | CASE_BIT) === LOWER_F;
  const spaced = isSpace(text.charCodeAt(f - 1));
  if (!lower && (!double || !spaced)) return false;
  let e = f + (double ? 2 : 1);
  if (text.charCodeAt(e) === PERIOD) e++;
  // "Matt 1 f." but not "Rev 2 f of the spec" (a letter after a section number).
  else if (spaced && !double) return false;
  const c = text.charCodeAt(e);
  return !isDigit(c) && !(isDash(c) && isLetter(text.charCodeAt(e + 1)));
}

/**
 * "Titus 2-Philemon 1", "Job 3-Pr 3", "Gen 2-Exodus": a range, dash glued on both sides, that
 * ends in another book. Not the same name again ("Gen 2-Gen 3" are generations), nor a name
 * that is also a word or first name ("Mark 2-John 3" may be a score); a name without a chapter
 * after it must be a full one ("Gen 2-Exodus").
 */
function rangeToBook(text: string, hit: BookHit, el: Element): boolean {
  const at = el.otherAt >= 0 ? el.otherAt : el.end + 1;
  if (at < 2 || !isDash(text.charCodeAt(at - 1)) || !isDigit(text.charCodeAt(at - 2))) return false;
  const other = bookNameAt(text, at);
  if (!other || other.book === hit.book || !other.capitalised || (other.key.full && other.key.ambiguous)) return false;
  return el.otherAt >= 0 || other.key.full;
}

/** "Heb 11", "Deut 6", "1 Cor 13": an abbreviation that is not a word, capitalised ("PS 5" is not a psalm). */
function chapterAbbreviation(text: string, hit: BookHit): boolean {
  let s = hit.end;
  while (s > hit.start && isLetter(text.charCodeAt(s - 1))) s--;
  const written = text.slice(s, hit.end);
  const lower = written.toLowerCase();
  if (!CHAPTER_ABBREVIATIONS.has(lower) || !isUpper(written.charCodeAt(0))) return false;
  const title = written.slice(1) === lower.slice(1);
  return title || (written === written.toUpperCase() && !TITLE_CASE_ONLY.has(lower));
}

/**
 * A name that is also a word ("Acts", "Job", "Mark") before a chapter alone, in a sentence that
 * reads as a citation: "as we read in Acts 2", "according to Mark 4", "Acts 2 tells how".
 */
function citation(text: string, hit: BookHit, el: Element): boolean {
  if (!hit.key.full || !hit.capitalised) return false;
  const before = wordsBefore(text, hit.start);
  if (before[0] === 'in' && CITATION_BEFORE_IN.has(before[1])) return true;
  if (before[0] === 'to' && before[1] === 'according') return true;
  const k = skipSpaces(text, el.end);
  return k > el.end && CITATION_VERBS.has(wordAt(text, k));
}

/** The two lower-case words before `start` ("read in" → ["in", "read"]), nearest first. */
function wordsBefore(text: string, start: number): [string, string] {
  const words: string[] = [];
  let i = start;
  for (let n = 0; n < 2; n++) {
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    const e = i;
    while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
    words.push(text.slice(i, e).toLowerCase());
  }
  return [words[0], words[1]];
}
