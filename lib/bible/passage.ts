/**
 * Passages from the bundled texts: numbered verses for a verse range, pure
 * and without a browser. The book data is injected (`BookLoader`), so the
 * background worker can fetch the packaged JSON and tests can read files.
 *
 * Ranges follow the KJV versification (lib/bible/versification.ts), which
 * both bundled translations are stored in. A verse the translation lacks is
 * returned with `absent: true` and no runs; the card shows a short note in
 * its place (docs/bible-texts.md, "Empty verses").
 */
import { bookIndex, type OsisBook } from './books';
import { entryRuns, runText, type BookData, type Run, type TranslationId } from './bible-data';
import { versesOf, type PassageRange } from './osis';
import { createPromiseCache } from '../promise-cache';

export type { BookData, Run, TranslationId } from './bible-data';

export type BookLoader = (translation: TranslationId, book: OsisBook) => Promise<BookData>;

interface PassageVerse {
  /** The verse's book; differs between verses only in a cross-book range. */
  readonly book?: OsisBook;
  readonly chapter: number;
  readonly verse: number;
  /** The verse text; [] when the verse is absent. */
  readonly runs: Run[];
  /** The translation lacks this verse (e.g. WEB Luke 17:36). */
  readonly absent?: true;
}

export interface Passage {
  readonly translation: TranslationId;
  readonly range: PassageRange;
  /** The first `limit` verses of the range, in order. */
  readonly verses: PassageVerse[];
  /** More verses exist than were returned. */
  readonly truncated: boolean;
  /** Verses in the whole range. */
  readonly totalVerses: number;
  /** The Psalm's title, when the range starts at verse 1 of a Psalm that has one. */
  readonly psalmTitle?: Run[];
}

/** Longest passage the card shows before offering "Read more". */
export const PASSAGE_VERSE_LIMIT = 80;

const DEFAULT_CACHE_SIZE = 4;

export interface BibleReader {
  getPassage(translation: TranslationId, range: PassageRange, limit?: number): Promise<Passage>;
}

/** Plain text of a verse's runs, structure dropped. */
export function runsToPlainText(runs: readonly Run[]): string {
  return runs.map(runText).join('');
}

export function createBibleReader(
  load: BookLoader,
  options: { cacheSize?: number } = {},
): BibleReader {
  const books = createPromiseCache<BookData>(options.cacheSize ?? DEFAULT_CACHE_SIZE);

  function getBook(translation: TranslationId, book: OsisBook): Promise<BookData> {
    const key = `${translation}/${book}`;
    return books.get(key, async () => {
      const data = await load(translation, book);
      if (data.translation !== translation || data.book !== book || !Array.isArray(data.chapters)) {
        throw new Error(`Bible data for ${key} is not the ${translation.toUpperCase()} text of ${book}`);
      }
      return data;
    });
  }

  async function getPassage(
    translation: TranslationId,
    range: PassageRange,
    limit: number = PASSAGE_VERSE_LIMIT,
  ): Promise<Passage> {
    const max = Math.max(1, Math.floor(limit));
    const refs: { book: OsisBook; chapter: number; verse: number }[] = [];
    let totalVerses = 0;
    for (const id of versesOf(range)) {
      totalVerses++;
      if (refs.length < max) {
        const [book, chapter, verse] = id.split('.');
        refs.push({ book: book as OsisBook, chapter: Number(chapter), verse: Number(verse) });
      }
    }

    // Each book the returned verses need, loaded once, in parallel.
    const books = [...new Set(refs.map((r) => r.book))].sort((a, b) => bookIndex(a) - bookIndex(b));
    const data = new Map<OsisBook, BookData>();
    await Promise.all(
      books.map(async (book) => {
        data.set(book, await getBook(translation, book));
      }),
    );

    const verses: PassageVerse[] = refs.map(({ book, chapter, verse }) => {
      const chapters = data.get(book)!.chapters;
      const entry = chapters[chapter - 1]?.[verse - 1];
      if (entry === undefined) {
        throw new Error(`The ${translation.toUpperCase()} data of ${book} lacks ${chapter}:${verse}`);
      }
      const runs = entryRuns(entry);
      return runs.length === 0 ? { book, chapter, verse, runs, absent: true } : { book, chapter, verse, runs };
    });

    const { start } = range;
    const title = start.book === 'Ps' && start.verse === 1 ? data.get('Ps')?.titles?.[String(start.chapter)] : undefined;
    const passage: Passage = {
      translation,
      range,
      verses,
      truncated: totalVerses > verses.length,
      totalVerses,
    };
    return title !== undefined && title !== '' ? { ...passage, psalmTitle: entryRuns(title) } : passage;
  }

  return { getPassage };
}
