/**
 * Passages as verse ranges, and their OSIS spelling.
 *
 * OSIS strings follow the Bible Passage Reference Parser's output format:
 * "Rom.8.34", "Heb.7.23-Heb.7.25", "Rom.8" (whole chapter), "Jude" (whole
 * book), several passages joined by "," with no spaces.
 */
import { OSIS_BOOKS, bookByOsis, bookIndex, osisToName, type BookNameLanguage, type OsisBook } from './books';
import { chapterCount, isSingleChapterBook, verseCount } from './versification';

export interface VerseRef {
  readonly book: OsisBook;
  readonly chapter: number;
  readonly verse: number;
}

/** An inclusive range of verses; `start` never comes after `end`. */
export interface PassageRange {
  readonly start: VerseRef;
  readonly end: VerseRef;
}

/** Orders verses canonically: negative when a comes first. */
export function compareVerses(a: VerseRef, b: VerseRef): number {
  return (
    bookIndex(a.book) - bookIndex(b.book) || a.chapter - b.chapter || a.verse - b.verse
  );
}

function parseOsisPoint(text: string, atEnd: boolean): VerseRef | undefined {
  const [code, c, v, ...rest] = text.split('.');
  if (rest.length > 0) return undefined;
  const info = bookByOsis(code);
  if (!info) return undefined;
  const book = info.osis;
  const chapter = c === undefined ? (atEnd ? chapterCount(book) : 1) : Number(c);
  if (!Number.isInteger(chapter) || chapter < 1 || chapter > chapterCount(book)) return undefined;
  const verse = v === undefined ? (atEnd ? verseCount(book, chapter) : 1) : Number(v);
  if (!Number.isInteger(verse) || verse < 1 || verse > verseCount(book, chapter)) return undefined;
  return { book, chapter, verse };
}

/**
 * Parses one OSIS passage ("Rom.8.34", "Heb.7.23-Heb.7.25", "Rom.8",
 * "Gen.1.1-Gen.2.3", "Jude") into a verse range, or undefined when it is
 * malformed or names a chapter or verse the KJV versification lacks.
 */
export function parseOsisRange(osis: string): PassageRange | undefined {
  const parts = osis.trim().split('-');
  if (parts.length > 2 || parts.some((p) => p === '')) return undefined;
  const start = parseOsisPoint(parts[0], false);
  const end = parseOsisPoint(parts[1] ?? parts[0], true);
  if (!start || !end || compareVerses(start, end) > 0) return undefined;
  return { start, end };
}

/** Parses a comma-joined OSIS list; undefined if any part is invalid. */
export function parseOsisList(osis: string): PassageRange[] | undefined {
  const ranges: PassageRange[] = [];
  for (const part of osis.split(',')) {
    const range = parseOsisRange(part);
    if (!range) return undefined;
    ranges.push(range);
  }
  return ranges;
}

const pointOsis = (v: VerseRef) => `${v.book}.${v.chapter}.${v.verse}`;

/** Verse-level OSIS for a range: "Rom.8.34" or "Heb.7.23-Heb.7.25". */
export function formatOsisRange(range: PassageRange): string {
  const { start, end } = range;
  return compareVerses(start, end) === 0
    ? pointOsis(start)
    : `${pointOsis(start)}-${pointOsis(end)}`;
}

/**
 * Every verse a range covers, as "Book.C.V" strings, following the KJV
 * versification; used to compare passages regardless of how they are written.
 */
export function* versesOf(range: PassageRange): Generator<string> {
  let { book, chapter, verse } = range.start;
  for (;;) {
    yield `${book}.${chapter}.${verse}`;
    if (book === range.end.book && chapter === range.end.chapter && verse === range.end.verse) return;
    verse++;
    if (verse > verseCount(book, chapter)) {
      verse = 1;
      chapter++;
      if (chapter > chapterCount(book)) {
        chapter = 1;
        const next = bookIndex(book) + 1;
        const nextBook = bookByIndex(next);
        if (!nextBook) return;
        book = nextBook;
      }
    }
  }
}

function bookByIndex(index: number): OsisBook | undefined {
  return OSIS_BOOKS[index];
}

const EN_DASH = '\u2013';

/**
 * Human label for a range with full book names: "Romans 8:34",
 * "1 Timothy 2:5–6", "Genesis 1:1–2:3", "Romans 8", "Matthew 5–7", "Jude 3";
 * with `language` 'es', "Romanos 8:34" (the numbers are written alike).
 * English by default: labels made for the worker's data stay English.
 */
export function formatRangeLabel(range: PassageRange, language: BookNameLanguage = 'en'): string {
  const { start, end } = range;
  const name = osisToName(start.book, language);
  const single = isSingleChapterBook(start.book);
  const cv = (v: VerseRef) => (isSingleChapterBook(v.book) ? `${v.verse}` : `${v.chapter}:${v.verse}`);
  if (start.book !== end.book) {
    return `${name} ${cv(start)}${EN_DASH}${osisToName(end.book, language)} ${cv(end)}`;
  }
  const wholeChapters =
    start.verse === 1 && end.verse === verseCount(end.book, end.chapter) && !single;
  if (wholeChapters) {
    return start.chapter === end.chapter
      ? `${name} ${start.chapter}`
      : `${name} ${start.chapter}${EN_DASH}${end.chapter}`;
  }
  if (start.chapter === end.chapter) {
    return start.verse === end.verse
      ? `${name} ${cv(start)}`
      : `${name} ${cv(start)}${EN_DASH}${end.verse}`;
  }
  return `${name} ${cv(start)}${EN_DASH}${end.chapter}:${end.verse}`;
}

/** Whether two passages share at least one verse. */
export function overlaps(a: PassageRange, b: PassageRange): boolean {
  return compareVerses(a.start, b.end) <= 0 && compareVerses(b.start, a.end) <= 0;
}
