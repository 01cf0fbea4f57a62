/**
 * Finding a book name in the text: backwards from the first digit of a
 * chapter number (how the scanner discovers references), and forwards from a
 * position (inside a list or range: "Rom 8:28; Gen 3:1", "Gen 1:1–Exod 2:3").
 *
 * A name is one to four tokens (runs of letters, or a number 1–3 for numbered
 * books) separated by spaces or a period; their lower-case concatenation is
 * looked up in book-table.ts, longest first.
 */
import type { OsisBook } from '../bible/books';
import { MAX_NAME_TOKENS, fullNameKeys, lookupBookKey, type BookKey } from './book-table';
import { BOOK_NUMBERS } from './book-names';
import { isAlnum, isDigit, isLetter, isSpace, isUpper } from './chars';
import { editDistance, squeeze } from './edit-distance';

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

// Token boundaries found by the last backward scan (reused to avoid allocation).
const tokStart: number[] = [];
const tokEnd: number[] = [];

/**
 * Collects up to MAX_NAME_TOKENS tokens ending at or before `end` (exclusive),
 * right to left, never reaching before `floor`. Returns how many it found.
 */
function tokensBefore(text: string, end: number, floor: number): number {
  let n = 0;
  let i = end - 1;
  while (n < MAX_NAME_TOKENS + 1 && i >= floor) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      let s = i;
      while (s - 1 >= floor && isLetter(text.charCodeAt(s - 1))) s--;
      // A number glued to the name: "1Cor", "2nd"; not "11Sam" or "Matt5John".
      if (s - 1 >= floor && isDigit(text.charCodeAt(s - 1)) && (s - 2 < floor || !isAlnum(text.charCodeAt(s - 2)))) s--;
      tokStart[n] = s;
      tokEnd[n] = i + 1;
      n++;
      i = s - 1;
    } else if (isDigit(c)) {
      // Only a lone number 1–4 can be part of a name ("4 Kingdoms"), and only as its first token.
      if (n === 0 || c > 52 || (i - 1 >= floor && isAlnum(text.charCodeAt(i - 1)))) break;
      tokStart[n] = i;
      tokEnd[n] = i + 1;
      n++;
      break;
    } else break;
    // Separator between tokens: spaces, at most one period ("2nd. Cor", "St. Matthew").
    let j = i;
    let spaces = 0;
    while (j >= floor && isSpace(text.charCodeAt(j)) && spaces < 3) {
      j--;
      spaces++;
    }
    if (j >= floor && text.charCodeAt(j) === 46) j--;
    while (j >= floor && isSpace(text.charCodeAt(j)) && spaces < 3) {
      j--;
      spaces++;
    }
    if (j === i || spaces > 2) break;
    i = j;
  }
  return n;
}

function keyOf(text: string, from: number, to: number): string {
  // tokens are stored right to left; concatenate tokens to..from in reading order
  let key = '';
  for (let t = to; t >= from; t--) key += text.slice(tokStart[t], tokEnd[t]);
  return key.toLowerCase();
}

/** Starts of the name token after an optional number token. */
function nameTokenStart(text: string, t: number): number {
  // tokens t..0 form the name; if token t is a number word, the name proper begins at token t-1
  if (t > 0 && BOOK_NUMBERS[text.slice(tokStart[t], tokEnd[t]).toLowerCase()] !== undefined) return tokStart[t - 1];
  const s = tokStart[t];
  return isDigit(text.charCodeAt(s)) ? s + 1 : s;
}

/**
 * The book whose name ends just before `end` (the caller has already skipped
 * the spaces and period between name and number). `floor` is the end of the
 * previous match: a name never overlaps it.
 */
export function bookBefore(text: string, end: number, floor: number, allowFuzzy: boolean): BookHit | undefined {
  const n = tokensBefore(text, end, floor);
  if (n === 0) return undefined;
  for (let t = Math.min(n, MAX_NAME_TOKENS) - 1; t >= 0; t--) {
    const raw = keyOf(text, 0, t);
    // Doubled letters are a common slip ("Jhhn", "Phillipians"): try the squeezed spelling too,
    // keeping a number prefix as written ("II Thesss" is not "I Thes").
    const number = t > 0 && BOOK_NUMBERS[text.slice(tokStart[t], tokEnd[t]).toLowerCase()] !== undefined;
    const prefix = number ? text.slice(tokStart[t], tokEnd[t]).toLowerCase() : '';
    let key = (number && lookupBookKey(`${prefix} ${raw.slice(prefix.length)}`)) || lookupBookKey(raw);
    if (!key) {
      const squeezed = lookupBookKey(prefix + squeeze(raw.slice(prefix.length)));
      // Only full names and longer abbreviations ("Phillip", "Phlpp"): "Room" must not become "Rom", nor "Mall" "Mal".
      if (squeezed && (squeezed.full || number || (!squeezed.loose && raw.length - prefix.length > 5 && !stopWords().has(raw)))) key = squeezed;
    }
    if (!key) continue;
    const start = tokStart[t];
    if (!boundaryBefore(text, start, floor)) continue;
    const capitalised = isUpper(text.charCodeAt(nameTokenStart(text, t)));
    if (key.capital && !capitalised) continue;
    return { book: key.book, key, start, end, capitalised };
  }
  if (allowFuzzy) return fuzzyBefore(text, end, floor, n);
  return undefined;
}

function boundaryBefore(text: string, start: number, floor: number): boolean {
  if (start === 0) return true;
  const c = text.charCodeAt(start - 1);
  if (isLetter(c)) return false;
  // A digit right before the name only when it ends the previous match ("Matt5John3").
  if (isDigit(c)) return start === floor;
  return true;
}

/** Bit mask of the letters a–z in a lower-case word. */
function letterMask(word: string): number {
  let m = 0;
  for (let i = 0; i < word.length; i++) m |= 1 << (word.charCodeAt(i) - 97);
  return m;
}

interface FuzzyTarget {
  readonly key: string;
  readonly book: OsisBook;
  readonly numbered: boolean;
  readonly ambiguous: boolean;
  readonly letters: number;
}

let fuzzyTargets: FuzzyTarget[] | undefined;

/** The names a misspelling may resolve to; built when the matcher first runs, not at import. */
function getFuzzyTargets(): FuzzyTarget[] {
  return (fuzzyTargets ??= fullNameKeys().map(([key, book, numbered]) => ({
    key: squeeze(key),
    book,
    numbered,
    ambiguous: !numbered && (lookupBookKey(key)?.ambiguous ?? false),
    letters: letterMask(key),
  })));
}

/** How many different consonants a word has. */
function consonants(word: string): number {
  return new Set(word.replace(/[aeiouy]/g, '')).size;
}

/** Allowed distance in half-steps for a word of this length (see edit-distance.ts). */
function fuzzyLimit(length: number): number {
  return length < 5 ? 0 : length < 6 ? 1 : length < 8 ? 2 : length < 11 ? 3 : 4;
}

/**
 * A capitalised word that misspells a full name ("Mathhew", "Chorinthians",
 * "Song of Salomon"), with its number prefix when the book is numbered.
 *
 * A word written only with the letters of the name ("Hebwres", "Duutoronomy",
 * "Plsams") is a likelier slip than one with foreign letters, so it gets one
 * more edit; it must still begin with the name's first letter.
 */
function fuzzyBefore(text: string, end: number, floor: number, n: number): BookHit | undefined {
  // Try the last one to three tokens (multi-word names such as "Song of Solomon").
  for (let t = Math.min(n, 3) - 1; t >= 0; t--) {
    const first = text.charCodeAt(tokStart[t]);
    if (!isUpper(first)) continue;
    if (BOOK_NUMBERS[text.slice(tokStart[t], tokEnd[t]).toLowerCase()] !== undefined) continue;
    const raw = keyOf(text, 0, t);
    if (!/^[a-z]+$/.test(raw)) continue;
    // "Exekiel": an x for the z; "Zefaniah": an f before a vowel for the ph.
    const word = squeeze(raw.replace(/x(?=[ei])/g, 'z').replace(/(?<=.)f(?=[aeiou])/g, 'ph'));
    if (stopWords().has(raw)) continue;
    const mask = letterMask(word);
    // After a book number ("2nd Kigs") a short word may be resolved too.
    const before = t + 1 < n ? text.slice(tokStart[t + 1], tokEnd[t + 1]).toLowerCase() : '';
    const afterNumber = BOOK_NUMBERS[before] !== undefined;
    // After a number ("2nd Kigs"), "Saint" ("St Jhon") or "Gospel of" a name is expected:
    // allow one more half-step, and short words too.
    let expected = afterNumber || before === 'saint' || before === 'st';
    for (let g = t + 1; g < n && !expected; g++) expected = text.slice(tokStart[g], tokEnd[g]).toLowerCase() === 'gospel';
    // After a number, the name without its vowels ("2 Kis" → "2 Ks").
    if (afterNumber) {
      const bare = lookupBookKey(before + raw.replace(/[aeiou]/g, ''));
      if (bare && /^\d/.test(bare.book) && boundaryBefore(text, tokStart[t + 1], floor))
        return { book: bare.book, key: bare, start: tokStart[t + 1], end, capitalised: true, fuzzy: true };
    }
    const base = expected ? (raw.length < 5 ? raw.length - 2 : fuzzyLimit(raw.length) + 1) : fuzzyLimit(raw.length);
    let best: FuzzyTarget | undefined;
    let bestD = 99;
    for (const target of getFuzzyTargets()) {
      if (afterNumber && !target.numbered) continue;
      if (word.charCodeAt(0) !== target.key.charCodeAt(0) && !expected) continue;
      const subset = (mask & ~target.letters) === 0;
      const same3 = word.slice(0, 3) === target.key.slice(0, 3);
      // Short numbered names only after a number ("Potter" is not 1 Peter), unless the word keeps
      // the name's letters and its first three ("Samual", "Timoth"); unless a name is expected,
      // a common word or first name only the same way ("Danial", not "Denial"), and otherwise
      // the first three letters must nearly agree ("Resolution" is not Revelation).
      if (!afterNumber && target.numbered && target.key.length < 8 && !(subset && same3 && word.length > 4)) continue;
      if (!expected && target.ambiguous && !(subset && same3 && word.length > 4)) continue;
      if (!expected && !subset && editDistance(word.slice(0, 3), target.key.slice(0, 3), 1) > 1) continue;
      let limit = subset && word.length > 2 ? base + (word.length <= 7 ? 2 : 1) : base;
      // A short name scrambled with its own letters ("Plsssss", "Psma", "Pamls" for Psalms):
      // the first letter and two more of its consonants, nothing else.
      if (subset && !expected && target.key.length <= 6 && word.length >= 3 && word.length <= 6 && consonants(word) >= 3) limit = 99;
      if (limit <= 0) continue;
      const d = editDistance(word, target.key, Math.min(limit, bestD - 1));
      if (d <= limit && d < bestD) {
        bestD = d;
        best = target;
      }
    }
    if (!best) continue;
    let start = tokStart[t];
    let book: OsisBook = best.book;
    if (afterNumber) {
      const num = BOOK_NUMBERS[text.slice(tokStart[t + 1], tokEnd[t + 1]).toLowerCase()];
      const numbered = `${num}${best.book.slice(1)}`;
      if (!lookupBookKey(numbered.toLowerCase())) continue;
      book = numbered as OsisBook;
      start = tokStart[t + 1];
    }
    if (!boundaryBefore(text, start, floor)) continue;
    const key = { book, full: false, ambiguous: true, capital: false };
    return { book, key, start, end, capitalised: true, fuzzy: true };
  }
  return undefined;
}

let stopWordSet: Set<string> | undefined;

/** Words that are never read as a misspelled name: close to a name, but ordinary (built on first use). */
function stopWords(): Set<string> {
  return (stopWordSet ??= new Set(STOP_WORD_LIST.split(' ')));
}

const STOP_WORD_LIST =
  ('levitt philippe philippic number pals palm palms rams math ransom ramon ramos christians collins danielle dannie nam philips phillipa phillips ramona rosanna classics collision collisions ' +
    'colonials colons colossal cornices dandle exuded exudes genes genies geniuses genuses gneiss judge judged kinks ' +
    'lettuces matte milch numbness numbs proves reiteration reiterations relation relations renovation renovations ' +
    'retaliation retaliations retention roams roans rooms room sames remains revolution revolutions revocation ' +
    'revocations revaluation revaluations limitations romances roominess roommates coronations collegians chronically');

/**
 * A book name starting at `pos` and followed (after spaces or a period) by a
 * digit: used inside lists and ranges. Returns the hit and the digit's offset.
 */
export function bookAfter(text: string, pos: number): { hit: BookHit; digit: number } | undefined {
  // Walk forward over up to four tokens, remember where each ends, then test longest first.
  const ends: number[] = [];
  let i = pos;
  for (let t = 0; t <= MAX_NAME_TOKENS && i < text.length; t++) {
    const c = text.charCodeAt(i);
    let j = i;
    if (isDigit(c)) {
      if (t > 0) break;
      j++;
      while (j < text.length && isLetter(text.charCodeAt(j))) j++;
    } else if (isLetter(c)) {
      while (j < text.length && isLetter(text.charCodeAt(j))) j++;
    } else break;
    ends.push(j);
    i = j;
    if (i < text.length && text.charCodeAt(i) === 46) i++;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  }
  for (let t = ends.length - 1; t >= 0; t--) {
    const nameEnd = ends[t];
    let d = nameEnd;
    if (d < text.length && text.charCodeAt(d) === 46) d++;
    while (d < text.length && isSpace(text.charCodeAt(d))) d++;
    if (d >= text.length || !isDigit(text.charCodeAt(d))) continue;
    const hit = bookBefore(text, nameEnd, pos, false);
    if (hit && hit.start === pos) return { hit, digit: d };
  }
  return undefined;
}

