/**
 * KJV versification: verses per chapter for the 66 books (31,102 verses).
 *
 * The counts are generated from the KJV SWORD module by
 * scripts/build-bible.ts, so they always agree with the bundled text. Both
 * bundled translations are served in this versification (the WEB module's
 * few NRSVA differences are mapped back when the texts are built).
 */
import counts from './kjv-verse-counts.json';
import { OSIS_BOOKS, type OsisBook } from './books';

const VERSE_COUNTS = counts as Record<OsisBook, number[]>;

/** Number of chapters in a book. */
export function chapterCount(book: OsisBook): number {
  return VERSE_COUNTS[book].length;
}

/** Number of verses in a chapter, or 0 when the chapter does not exist. */
export function verseCount(book: OsisBook, chapter: number): number {
  return VERSE_COUNTS[book][chapter - 1] ?? 0;
}

export function isSingleChapterBook(book: OsisBook): boolean {
  return VERSE_COUNTS[book].length === 1;
}

export function isValidVerse(book: OsisBook, chapter: number, verse: number): boolean {
  return Number.isInteger(verse) && verse >= 1 && verse <= verseCount(book, chapter);
}

/** All verse counts, in canonical book order; for tests and tools. */
export function totalVerseCount(): number {
  let total = 0;
  for (const book of OSIS_BOOKS) for (const n of VERSE_COUNTS[book]) total += n;
  return total;
}
