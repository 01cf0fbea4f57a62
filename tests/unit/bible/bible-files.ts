/**
 * Test helper: reads the committed texts in content/bible with fs, the way
 * the extension's loader reads them with fetch.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { OsisBook } from '../../../lib/bible/books';
import type { BookData, TranslationId, TranslationIndex } from '../../../lib/bible/bible-data';
import { entryRuns } from '../../../lib/bible/bible-data';
import { runsToPlainText } from '../../../lib/bible/passage';

export const CONTENT = fileURLToPath(new URL('../../../content/bible/', import.meta.url));

function bookPath(t: TranslationId, book: OsisBook | 'index'): string {
  return `${CONTENT}${t}/${book}.json`;
}

export function rawBook(t: TranslationId, book: OsisBook | 'index'): string {
  return readFileSync(bookPath(t, book), 'utf8');
}

const cache = new Map<string, BookData>();

export function readBook(t: TranslationId, book: OsisBook): BookData {
  const key = `${t}/${book}`;
  let data = cache.get(key);
  if (!data) cache.set(key, (data = JSON.parse(rawBook(t, book)) as BookData));
  return data;
}

export function readIndex(t: TranslationId): TranslationIndex {
  return JSON.parse(rawBook(t, 'index')) as TranslationIndex;
}

/** A verse's plain text ("" when absent). */
export function verseText(t: TranslationId, book: OsisBook, chapter: number, verse: number): string {
  const entry = readBook(t, book).chapters[chapter - 1][verse - 1];
  return runsToPlainText(entryRuns(entry));
}

export const fsLoader = async (t: TranslationId, book: OsisBook): Promise<BookData> => readBook(t, book);
