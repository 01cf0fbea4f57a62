/**
 * Finding a book name in the text: backwards from the first digit of a
 * chapter number (how the scanner discovers references), and forwards from a
 * position (inside a list or range: "Rom 8:28; Gen 3:1", "Gen 1:1–Exod 2:3").
 *
 * A name is one to four tokens (name-tokens.ts) whose lower-case
 * concatenation is looked up in book-table.ts, longest first. Misspellings
 * are left to fuzzy.ts.
 */
import type { OsisBook } from '../bible/books';
import { MAX_NAME_TOKENS, lookupBookKey, type BookKey } from './book-table';
import { BOOK_NUMBERS } from './book-names';
import { COLON, PERIOD, isDigit, isLetter, isUpper, skipSpaces } from './chars';
import { squeeze } from './edit-distance';
import { fuzzyBefore, stopWords } from './fuzzy';
import { boundaryBefore, tokensBefore, type NameTokens } from './name-tokens';

export interface BookHit {
  readonly book: OsisBook;
  readonly key: BookKey;
  /** Offset where the name starts. */
  readonly start: number;
  /** Offset just after the name (before any period or space). */
  readonly end: number;
  /** The name's first letter (after any number) is a capital. */
  readonly capitalised: boolean;
  /** Resolved from a misspelling: only valid before chapter:verse. */
  readonly fuzzy?: true;
}

/** Start of the name proper in tokens t..0: after a number word ("First John") or a glued digit ("1Cor"). */
function nameTokenStart(text: string, tokens: NameTokens, t: number): number {
  if (t > 0 && BOOK_NUMBERS[tokens.lower(t)] !== undefined) return tokens.start(t - 1);
  const s = tokens.start(t);
  return isDigit(text.charCodeAt(s)) ? s + 1 : s;
}

/**
 * The table entry for tokens t..0, as written or with doubled letters squeezed ("Jhhn",
 * "Phillipians"), keeping a number prefix as written ("II Thesss" is not "I Thes").
 */
function keyOfTokens(tokens: NameTokens, t: number): BookKey | undefined {
  const raw = tokens.key(t);
  const number = t > 0 && BOOK_NUMBERS[tokens.lower(t)] !== undefined;
  const prefix = number ? tokens.lower(t) : '';
  const key = (number && lookupBookKey(`${prefix} ${raw.slice(prefix.length)}`)) || lookupBookKey(raw);
  if (key) return key;
  const squeezed = lookupBookKey(prefix + squeeze(raw.slice(prefix.length)));
  // Only full names and longer abbreviations ("Phillip", "Phlpp"): "Room" must not become "Rom", nor "Mall" "Mal".
  if (squeezed && (squeezed.full || number || (!squeezed.loose && raw.length - prefix.length > 5 && !stopWords().has(raw)))) return squeezed;
  return undefined;
}

/**
 * The book whose name ends just before `end` (the caller has already skipped
 * the spaces and period between name and number). `floor` is the end of the
 * previous match: a name never overlaps it.
 */
export function bookBefore(text: string, end: number, floor: number, allowFuzzy: boolean): BookHit | undefined {
  const tokens = tokensBefore(text, end, floor);
  if (tokens.count === 0) return undefined;
  for (let t = Math.min(tokens.count, MAX_NAME_TOKENS) - 1; t >= 0; t--) {
    const key = keyOfTokens(tokens, t);
    if (!key) continue;
    const start = tokens.start(t);
    if (!boundaryBefore(text, start, floor)) continue;
    const capitalised = isUpper(text.charCodeAt(nameTokenStart(text, tokens, t)));
    if (key.capital && !capitalised) continue;
    return { book: key.book, key, start, end, capitalised };
  }
  if (allowFuzzy) return fuzzyBefore(text, tokens, end, floor);
  return undefined;
}

/** Offset after a token (a run of letters, or a digit with letters glued to it) starting at i; i when there is none. */
function tokenEnd(text: string, i: number, first: boolean): number {
  const c = text.charCodeAt(i);
  let j = i;
  if (isDigit(c)) {
    if (!first) return i;
    j++;
  } else if (!isLetter(c)) return i;
  while (j < text.length && isLetter(text.charCodeAt(j))) j++;
  return j;
}

/** Offset of the first digit after a name ending at `nameEnd` (a period or colon, and spaces, between), or -1. */
function digitAfterName(text: string, nameEnd: number): number {
  let d = nameEnd;
  const c = text.charCodeAt(d);
  if (c === PERIOD || c === COLON) d++;
  d = skipSpaces(text, d);
  return d < text.length && isDigit(text.charCodeAt(d)) ? d : -1;
}

/** Where each of up to four name tokens starting at `pos` ends, walking forwards. */
function tokenEndsAfter(text: string, pos: number): number[] {
  const ends: number[] = [];
  let i = pos;
  for (let t = 0; t <= MAX_NAME_TOKENS && i < text.length; t++) {
    const j = tokenEnd(text, i, t === 0);
    if (j === i) break;
    ends.push(j);
    i = j;
    if (i < text.length && text.charCodeAt(i) === PERIOD) i++;
    i = skipSpaces(text, i);
  }
  return ends;
}

/** The longest book name starting at `pos`, whatever follows it ("Genesis", "the Gospel of" is not one). */
export function bookNameAt(text: string, pos: number): BookHit | undefined {
  const ends = tokenEndsAfter(text, pos);
  for (let t = ends.length - 1; t >= 0; t--) {
    const hit = bookBefore(text, ends[t], pos, false);
    if (hit && hit.start === pos) return hit;
  }
  return undefined;
}

/**
 * A book name starting at `pos` and followed (after spaces or a period) by a
 * digit: used inside lists and ranges. Returns the hit and the digit's offset.
 */
export function bookAfter(text: string, pos: number): { hit: BookHit; digit: number } | undefined {
  // Walk forward over up to four tokens, remember where each ends, then test longest first.
  const ends = tokenEndsAfter(text, pos);
  for (let t = ends.length - 1; t >= 0; t--) {
    const digit = digitAfterName(text, ends[t]);
    if (digit < 0) continue;
    const hit = bookBefore(text, ends[t], pos, false);
    if (hit && hit.start === pos) return { hit, digit };
  }
  return undefined;
}
