/**
 * The 66 books of the Protestant canon, in canonical order.
 *
 * `osis` is the OSIS book code used everywhere inside the extension (file
 * names, message payloads, the reference parser's output format).
 * `name` is the full English name shown to readers ("1 Timothy").
 * `sword` is the name SWORD's `mod2imp` prints for the book, used only by
 * scripts/build-bible.ts.
 */
import { SPANISH_BOOK_NAMES } from './book-names-es';

export interface BookInfo {
  readonly osis: OsisBook;
  readonly name: string;
  readonly sword: string;
  readonly testament: 'OT' | 'NT';
}

export const OSIS_BOOKS = [
  'Gen', 'Exod', 'Lev', 'Num', 'Deut', 'Josh', 'Judg', 'Ruth', '1Sam', '2Sam',
  '1Kgs', '2Kgs', '1Chr', '2Chr', 'Ezra', 'Neh', 'Esth', 'Job', 'Ps', 'Prov',
  'Eccl', 'Song', 'Isa', 'Jer', 'Lam', 'Ezek', 'Dan', 'Hos', 'Joel', 'Amos',
  'Obad', 'Jonah', 'Mic', 'Nah', 'Hab', 'Zeph', 'Hag', 'Zech', 'Mal',
  'Matt', 'Mark', 'Luke', 'John', 'Acts', 'Rom', '1Cor', '2Cor', 'Gal', 'Eph',
  'Phil', 'Col', '1Thess', '2Thess', '1Tim', '2Tim', 'Titus', 'Phlm', 'Heb',
  'Jas', '1Pet', '2Pet', '1John', '2John', '3John', 'Jude', 'Rev',
] as const;

export type OsisBook = (typeof OSIS_BOOKS)[number];

const NAMES: Record<OsisBook, [name: string, sword: string]> = {
  Gen: ['Genesis', 'Genesis'],
  Exod: ['Exodus', 'Exodus'],
  Lev: ['Leviticus', 'Leviticus'],
  Num: ['Numbers', 'Numbers'],
  Deut: ['Deuteronomy', 'Deuteronomy'],
  Josh: ['Joshua', 'Joshua'],
  Judg: ['Judges', 'Judges'],
  Ruth: ['Ruth', 'Ruth'],
  '1Sam': ['1 Samuel', 'I Samuel'],
  '2Sam': ['2 Samuel', 'II Samuel'],
  '1Kgs': ['1 Kings', 'I Kings'],
  '2Kgs': ['2 Kings', 'II Kings'],
  '1Chr': ['1 Chronicles', 'I Chronicles'],
  '2Chr': ['2 Chronicles', 'II Chronicles'],
  Ezra: ['Ezra', 'Ezra'],
  Neh: ['Nehemiah', 'Nehemiah'],
  Esth: ['Esther', 'Esther'],
  Job: ['Job', 'Job'],
  Ps: ['Psalms', 'Psalms'],
  Prov: ['Proverbs', 'Proverbs'],
  Eccl: ['Ecclesiastes', 'Ecclesiastes'],
  Song: ['Song of Solomon', 'Song of Solomon'],
  Isa: ['Isaiah', 'Isaiah'],
  Jer: ['Jeremiah', 'Jeremiah'],
  Lam: ['Lamentations', 'Lamentations'],
  Ezek: ['Ezekiel', 'Ezekiel'],
  Dan: ['Daniel', 'Daniel'],
  Hos: ['Hosea', 'Hosea'],
  Joel: ['Joel', 'Joel'],
  Amos: ['Amos', 'Amos'],
  Obad: ['Obadiah', 'Obadiah'],
  Jonah: ['Jonah', 'Jonah'],
  Mic: ['Micah', 'Micah'],
  Nah: ['Nahum', 'Nahum'],
  Hab: ['Habakkuk', 'Habakkuk'],
  Zeph: ['Zephaniah', 'Zephaniah'],
  Hag: ['Haggai', 'Haggai'],
  Zech: ['Zechariah', 'Zechariah'],
  Mal: ['Malachi', 'Malachi'],
  Matt: ['Matthew', 'Matthew'],
  Mark: ['Mark', 'Mark'],
  Luke: ['Luke', 'Luke'],
  John: ['John', 'John'],
  Acts: ['Acts', 'Acts'],
  Rom: ['Romans', 'Romans'],
  '1Cor': ['1 Corinthians', 'I Corinthians'],
  '2Cor': ['2 Corinthians', 'II Corinthians'],
  Gal: ['Galatians', 'Galatians'],
  Eph: ['Ephesians', 'Ephesians'],
  Phil: ['Philippians', 'Philippians'],
  Col: ['Colossians', 'Colossians'],
  '1Thess': ['1 Thessalonians', 'I Thessalonians'],
  '2Thess': ['2 Thessalonians', 'II Thessalonians'],
  '1Tim': ['1 Timothy', 'I Timothy'],
  '2Tim': ['2 Timothy', 'II Timothy'],
  Titus: ['Titus', 'Titus'],
  Phlm: ['Philemon', 'Philemon'],
  Heb: ['Hebrews', 'Hebrews'],
  Jas: ['James', 'James'],
  '1Pet': ['1 Peter', 'I Peter'],
  '2Pet': ['2 Peter', 'II Peter'],
  '1John': ['1 John', 'I John'],
  '2John': ['2 John', 'II John'],
  '3John': ['3 John', 'III John'],
  Jude: ['Jude', 'Jude'],
  Rev: ['Revelation', 'Revelation of John'],
};

// The tables below are marked pure so that a bundle using only OSIS_BOOKS and bookIndex (the
// reference detector) leaves them out.
export const BOOKS: readonly BookInfo[] = /* @__PURE__ */ OSIS_BOOKS.map((osis, index) => ({
  osis,
  name: NAMES[osis][0],
  sword: NAMES[osis][1],
  testament: index < 39 ? 'OT' : 'NT',
}));

const BY_OSIS = /* @__PURE__ */ new Map<string, BookInfo>(/* @__PURE__ */ BOOKS.map((b) => [b.osis, b]));
const BY_NAME = /* @__PURE__ */ new Map<string, BookInfo>(/* @__PURE__ */ BOOKS.map((b) => [b.name.toLowerCase(), b]));
const BY_SWORD = /* @__PURE__ */ new Map<string, BookInfo>(/* @__PURE__ */ BOOKS.map((b) => [b.sword, b]));

export function isOsisBook(code: string): code is OsisBook {
  return BY_OSIS.has(code);
}

export function bookByOsis(code: string): BookInfo | undefined {
  return BY_OSIS.get(code);
}

/** Full English name → book, case-insensitively ("1 timothy" → 1Tim). */
export function bookByName(name: string): BookInfo | undefined {
  return BY_NAME.get(name.trim().replace(/\s+/g, ' ').toLowerCase());
}

/** SWORD's English key name ("I Samuel", "Revelation of John") → book. */
export function bookBySwordName(name: string): BookInfo | undefined {
  return BY_SWORD.get(name);
}

/** The languages book names can be shown in: the UI's languages. */
export type BookNameLanguage = 'en' | 'es';

/** The book's full name for readers: English by default, or in the UI's language. */
export function osisToName(code: OsisBook, language: BookNameLanguage = 'en'): string {
  return language === 'es' ? SPANISH_BOOK_NAMES[code] : NAMES[code][0];
}

/** 0-based canonical position; used to order and compare cross-book ranges. */
export function bookIndex(code: OsisBook): number {
  return OSIS_BOOKS.indexOf(code);
}
