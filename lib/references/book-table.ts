/**
 * The lookup table from a normalised name ("1cor", "songofsolomon") to its
 * book, built once from book-names.ts on the first lookup (not at import:
 * start-up is part of every page load).
 *
 * A key is the name in lower case with spaces and periods removed, so that
 * "1 Cor.", "1Cor", "I Cor" and "First Corinthians" are looked up the same way
 * (tokens of the text are concatenated the same way by the scanner).
 */
import { OSIS_BOOKS, type OsisBook } from '../bible/books';
import { AMBIGUOUS_NAMES, BOOK_NAMES, BOOK_NUMBERS, CASE_SENSITIVE_WORDS, KINGDOMS, LOOSE_NAMES } from './book-names';

export interface BookKey {
  readonly book: OsisBook;
  /** A full name ("Romans", "1 Corinthians"): may stand before a chapter alone. */
  readonly full: boolean;
  /** A common word or first name: needs chapter:verse whatever the settings. */
  readonly ambiguous: boolean;
  /** Only counts when written with a capital ("Is 5:3" but not "is 5:3"). */
  readonly capital: boolean;
  /** A short or variant spelling that must not run on into prose ("Joe 2:30 tomorrow"). */
  readonly loose?: boolean;
}

let table: Map<string, BookKey> | undefined;
let nameKeys: Array<[key: string, book: OsisBook, numbered: boolean]> | undefined;

/**
 * Builds the table and the misspelling targets. Called on the first lookup rather than at import:
 * as an ordinary function it runs measurably faster than as module top-level code, and a page
 * without a digit never needs it.
 */
function build(): Map<string, BookKey> {
  const map = new Map<string, BookKey>();
  const fullNames: Array<[key: string, book: OsisBook, numbered: boolean]> = [];
  // Entries are created only for new keys, numbered books share theirs, and the hot loops are index
  // loops (no iterator objects): this keeps the first lookup from allocating enough to trigger a
  // garbage collection in a freshly started page, which cost about 1 ms.
  const add = (key: string, book: OsisBook, full: boolean, ambiguous: boolean, capital: boolean, loose?: boolean): void => {
    if (map.has(key)) return;
    map.set(key, loose === undefined ? { book, full, ambiguous, capital } : { book, full, ambiguous, capital, loose });
  };
  const addEntry = (key: string, entry: BookKey): void => {
    if (!map.has(key)) map.set(key, entry);
  };
  // The ways of writing each number ("1", "i", "first", "1st").
  const words: string[][] = [[], [], [], [], []];
  for (const word in BOOK_NUMBERS) words[BOOK_NUMBERS[word]].push(word);
  const numbered: Array<[OsisBook, number, string[], string[]]> = [];
  // All names normalised and split at once ("Song_of_Sol" → "songofsol"; spaces separate names):
  // splitting and normalising book by book costs several times more in this run-once code.
  const tokens = OSIS_BOOKS.map((book) => BOOK_NAMES[book])
    .join(' # ')
    .replace(/\|/g, ' | ')
    .replace(/[_.]/g, '')
    .toLowerCase()
    .split(' ');
  let i = 0;
  for (const book of OSIS_BOOKS) {
    const fulls: string[] = [];
    const abbrs: string[] = [];
    while (tokens[i] !== '|') fulls.push(tokens[i++]);
    i++;
    while (i < tokens.length && tokens[i] !== '#') abbrs.push(tokens[i++]);
    i++;
    const n = /^\d/.test(book) ? Number(book[0]) : 0;
    if (n) {
      numbered.push([book, n, fulls, abbrs]);
      continue;
    }
    for (let k = 0; k < fulls.length; k++) {
      const key = fulls[k];
      add(key, book, true, AMBIGUOUS_NAMES.has(key), CASE_SENSITIVE_WORDS.has(key));
      fullNames.push([key, book, false]);
    }
    for (let k = 0; k < abbrs.length; k++) {
      const key = abbrs[k];
      add(key, book, false, AMBIGUOUS_NAMES.has(key), CASE_SENSITIVE_WORDS.has(key), LOOSE_NAMES.has(key));
    }
  }
  for (let b = 0; b < numbered.length; b++) {
    const [book, n, fulls, abbrs] = numbered[b];
    const full: BookKey = { book, full: true, ambiguous: false, capital: false };
    const abbr: BookKey = { book, full: false, ambiguous: false, capital: false };
    const nWords = n <= 3 ? words[n] : [];
    for (let w = 0; w < nWords.length; w++) {
      const word = nWords[w];
      for (let k = 0; k < fulls.length; k++) addEntry(word + fulls[k], full);
      for (let k = 0; k < abbrs.length; k++) {
        const key = abbrs[k];
        // "1 K", "II S"; but "Firsts" and "Seconds" are words.
        if (key.length === 1 && word.length > 3) {
          addEntry(`${word} ${key}`, abbr);
          continue;
        }
        // "I Sa" is 1 Samuel, though "Isa" is Isaiah: keep the numbered reading under "i sa" too.
        const joined = word + key;
        const other = map.get(joined);
        if (other === undefined) map.set(joined, abbr);
        else if (other.book !== book) addEntry(`${word} ${key}`, abbr);
      }
    }
    if (n === 1) {
      // "Corinthians 1:1" with no number is read as the first book.
      for (const key of fulls) {
        add(key, book, false, true, false);
        fullNames.push([key, book, true]);
      }
      // Abbreviations too are fuzzy targets after a number ("2nd Kigs").
      for (const key of abbrs) if (key.length > 2) fullNames.push([key, book, true]);
    }
  }
  // "Philip" is misspelled like a name ("Phlip", "Philp").
  fullNames.push(['philip', 'Phil', false]);
  // "Kgs 1:1", "Kngs 3:2": Kings abbreviated without its number is the first book (chapter:verse only).
  for (const key of ['kgs', 'kngs', 'kin']) add(key, '1Kgs', false, true, true, true);
  // "Paralipomenon", the Vulgate's Chronicles, alone is the first book.
  add('paralipomenon', '1Chr', false, true, false);
  // The Septuagint's "1–4 Kingdoms" (1–2 Samuel, 1–2 Kings).
  for (const [word, value] of Object.entries(BOOK_NUMBERS)) {
    const book = KINGDOMS[value - 1];
    add(`${word}kingdoms`, book, true, false, false);
    add(`${word}kingdom`, book, true, false, false);
  }
  // OSIS codes themselves ("Rom.8.34", "1Cor.13.4").
  for (const book of OSIS_BOOKS) add(book.toLowerCase(), book, false, false, false);
  nameKeys = fullNames;
  return map;
}

/** Longest name in tokens; bounds how far the scanner looks back. */
export const MAX_NAME_TOKENS = 4;

export function lookupBookKey(key: string): BookKey | undefined {
  return (table ??= build()).get(key);
}

/** Full names (and, for numbered books, longer abbreviations), for the misspelling matcher: key → book. */
export function fullNameKeys(): ReadonlyArray<[key: string, book: OsisBook, numbered: boolean]> {
  table ??= build();
  return nameKeys!;
}
