/**
 * The lookup table from a normalised name ("1cor", "songofsolomon") to its
 * book, built once from book-names.ts at import.
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

const table = new Map<string, BookKey>();
/** Unnumbered full names, for the misspelling matcher: key → book. */
export const FULL_NAME_KEYS: Array<[key: string, book: OsisBook, numbered: boolean]> = [];

const norm = (name: string) => name.replace(/[_ .]/g, '').toLowerCase();

function add(key: string, entry: BookKey): void {
  if (!table.has(key)) table.set(key, entry);
}

const numbered: Array<[OsisBook, number, string[], string[]]> = [];
for (const book of OSIS_BOOKS) {
  const [fullPart, abbrPart] = BOOK_NAMES[book].split('|');
  const fulls = fullPart.split(' ').map(norm);
  const abbrs = abbrPart.split(' ').map(norm);
  const n = /^\d/.test(book) ? Number(book[0]) : 0;
  if (n) {
    numbered.push([book, n, fulls, abbrs]);
    continue;
  }
  for (const key of fulls) {
    add(key, { book, full: true, ambiguous: AMBIGUOUS_NAMES.has(key), capital: CASE_SENSITIVE_WORDS.has(key) });
    FULL_NAME_KEYS.push([key, book, false]);
  }
  for (const key of abbrs) {
    add(key, { book, full: false, ambiguous: AMBIGUOUS_NAMES.has(key), capital: CASE_SENSITIVE_WORDS.has(key), loose: LOOSE_NAMES.has(key) });
  }
}
for (const [book, n, fulls, abbrs] of numbered) {
  for (const [word, value] of Object.entries(BOOK_NUMBERS)) {
    if (value !== n || value > 3) continue;
    for (const key of fulls) add(word + key, { book, full: true, ambiguous: false, capital: false });
    for (const key of abbrs) {
      // "1 K", "II S"; but "Firsts" and "Seconds" are words.
      if (key.length === 1 && word.length > 3) {
        add(`${word} ${key}`, { book, full: false, ambiguous: false, capital: false });
        continue;
      }
      // "I Sa" is 1 Samuel, though "Isa" is Isaiah: keep the numbered reading under "i sa" too.
      if (table.has(word + key) && table.get(word + key)!.book !== book) add(`${word} ${key}`, { book, full: false, ambiguous: false, capital: false });
      add(word + key, { book, full: false, ambiguous: false, capital: false });
    }
  }
  if (n === 1) {
    // "Corinthians 1:1" with no number is read as the first book.
    for (const key of fulls) {
      add(key, { book, full: false, ambiguous: true, capital: false });
      FULL_NAME_KEYS.push([key, book, true]);
    }
    // Abbreviations too are fuzzy targets after a number ("2nd Kigs").
    for (const key of abbrs) if (key.length > 2) FULL_NAME_KEYS.push([key, book, true]);
  }
}
// "Philip" is misspelled like a name ("Phlip", "Philp").
FULL_NAME_KEYS.push(['philip', 'Phil', false]);
// "Kgs 1:1", "Kngs 3:2": Kings abbreviated without its number is the first book (chapter:verse only).
for (const key of ['kgs', 'kngs', 'kin']) add(key, { book: '1Kgs', full: false, ambiguous: true, capital: true, loose: true });
// "Paralipomenon", the Vulgate's Chronicles, alone is the first book.
add('paralipomenon', { book: '1Chr', full: false, ambiguous: true, capital: false });
// The Septuagint's "1–4 Kingdoms" (1–2 Samuel, 1–2 Kings).
for (const [word, value] of Object.entries(BOOK_NUMBERS)) {
  const book = KINGDOMS[value - 1];
  add(`${word}kingdoms`, { book, full: true, ambiguous: false, capital: false });
  add(`${word}kingdom`, { book, full: true, ambiguous: false, capital: false });
}
// OSIS codes themselves ("Rom.8.34", "1Cor.13.4").
for (const book of OSIS_BOOKS) add(book.toLowerCase(), { book, full: false, ambiguous: false, capital: false });

/** Longest name in tokens; bounds how far the scanner looks back. */
export const MAX_NAME_TOKENS = 4;

export function lookupBookKey(key: string): BookKey | undefined {
  return table.get(key);
}
