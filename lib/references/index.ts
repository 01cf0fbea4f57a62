/**
 * Finds Bible references in plain text: the detector the content script runs
 * on every block of every page. Pure and synchronous; see docs/references.md
 * for the formats and the precision rules.
 *
 * How it works: every reference has a digit, so the scanner walks the text
 * for digit runs, looks backwards for a book name (book-scan.ts), and parses
 * forwards from the digit (grammar.ts). Text without digits costs one pass.
 */
import type { OsisBook } from '../bible/books';
import { isSingleChapterBook } from '../bible/versification';
import { bookBefore, type BookHit } from './book-scan';
import { CLOSE_PAREN, COLON, COMMA, OPEN_PAREN, PERIOD, isDigit, isLetter, isSpace } from './chars';
import type { DetectorContext } from './context';
import { parseSequence, type Mode, type RawMatch } from './grammar';
import { CHAPTER_WORDS, VERSE_WORDS } from './keywords';

export type { DetectorContext } from './context';
export { contextAfter, bookOfHeading } from './context';

export interface ReferenceMatch {
  /** UTF-16 offset in the scanned text, inclusive. */
  start: number;
  /** Exclusive. */
  end: number;
  /** text.slice(start, end). */
  text: string;
  /** Parser format: "Rom.8.34", "Heb.7.23-Heb.7.25", "Rom.8", "Matt.5-Matt.7"; one reference element. */
  osis: string;
  /** Resolved from earlier context ("v. 28", "(12:2)"). */
  contextual?: true;
}

export interface DetectOptions {
  /** User setting: allow chapter-only references with abbreviations ("Rom 8"). Default false. */
  chapterOnlyAbbreviations?: boolean;
  /** Book/chapter named by a preceding heading or reference in the section. */
  context?: DetectorContext;
}

/** Start of the name/keyword before the number at `digit`: skips spaces and one period. */
function nameEndBefore(text: string, digit: number, floor: number): number {
  let j = digit;
  let spaces = 0;
  while (j > floor && isSpace(text.charCodeAt(j - 1)) && spaces < 2) {
    j--;
    spaces++;
  }
  if (j > floor && text.charCodeAt(j - 1) === PERIOD) j--;
  return j;
}

/** The keyword ("ch.", "vv.", "verse") ending at j, with its start. */
function keywordBefore(text: string, j: number, floor: number): { mode: Mode; start: number } | undefined {
  let s = j;
  while (s > floor && isLetter(text.charCodeAt(s - 1))) s--;
  if (s === j || (s > 0 && isDigit(text.charCodeAt(s - 1)))) return undefined;
  const w = text.slice(s, j).toLowerCase();
  if (CHAPTER_WORDS.has(w)) return { mode: 'chapter', start: s };
  if (VERSE_WORDS.has(w)) return { mode: 'verse', start: s };
  return undefined;
}

export function findReferences(text: string, options: DetectOptions = {}): ReferenceMatch[] {
  const raw: RawMatch[] = [];
  const abbreviations = options.chapterOnlyAbbreviations === true;
  let ctxBook: OsisBook | undefined = options.context?.book;
  let ctxChapter: number | undefined = options.context?.chapter;
  let floor = 0;
  let listBook = -1;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) {
      i++;
      continue;
    }
    let result = undefined as ReturnType<typeof parseSequence> | undefined;
    const nameEnd = nameEndBefore(text, i, floor);
    let kw = keywordBefore(text, nameEnd, floor);
    // "1 Ch 3:1" is 1 Chronicles, not "chapter".
    if (kw && kw.mode === 'chapter' && (bookBefore(text, nameEnd, floor, false)?.start ?? kw.start) < kw.start) kw = undefined;
    if (kw) {
      // "Genesis chapter 1", "Phlm verse 6": a book before the keyword; else "v. 28" from context.
      let j = kw.start;
      while (j > floor && (isSpace(text.charCodeAt(j - 1)) || text.charCodeAt(j - 1) === COMMA)) j--;
      const book = j < kw.start ? bookBefore(text, j, floor, false) : undefined;
      if (book && (kw.mode === 'chapter' || isSingleChapterBook(book.book))) {
        result = parseSequence(text, book, i, {
          inList: false,
          chapterOnlyAbbreviations: abbreviations,
          mode: kw.mode,
          contextual: false,
          chapter: 1,
        });
      } else if (!book && ctxBook) {
        result = contextual(text, i, kw.mode, ctxBook, ctxChapter, kw.start);
      }
    } else {
      // Misspelled names are only read before chapter:verse, so only look for one there.
      let d = i + 1;
      while (d < n && isDigit(text.charCodeAt(d))) d++;
      const sep = text.charCodeAt(d);
      const hit = bookBefore(text, nameEnd, floor, (sep === COLON || sep === PERIOD) && isDigit(text.charCodeAt(d + 1)));
      if (hit) {
        result = parseSequence(text, hit, i, {
          inList: hit.start === listBook,
          chapterOnlyAbbreviations: abbreviations,
          mode: 'first',
          contextual: false,
        });
      } else if (ctxBook && text.charCodeAt(nameEnd - 1) === OPEN_PAREN) {
        result = contextual(text, i, 'first', ctxBook, ctxChapter);
      }
    }
    if (result && result.matches.length > 0) {
      for (const m of result.matches) raw.push(m);
      const last = result.matches[result.matches.length - 1];
      ctxBook = last.book;
      ctxChapter = last.chapter;
      floor = result.end;
      listBook = result.nextBook;
      i = result.end;
      continue;
    }
    const start = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    const psalm = ordinalPsalm(text, start, i);
    if (psalm) {
      // "the 23rd Psalm, verse 6", "23rd Psalm vv. 3-4": one reference to the verses.
      const verses = psalmVerses(text, psalm, abbreviations);
      const found = verses ? verses.matches : [psalm];
      for (const m of found) raw.push(m);
      ctxBook = 'Ps';
      ctxChapter = psalm.chapter;
      floor = i = verses ? verses.end : psalm.end;
    }
  }
  return raw.map((m) => {
    const out: ReferenceMatch = { start: m.start, end: m.end, text: text.slice(m.start, m.end), osis: m.osis };
    if (m.contextual) out.contextual = true;
    return out;
  });
}

/** "the 23rd Psalm", "103rd Psalm": a psalm by its ordinal number. */
function ordinalPsalm(text: string, start: number, end: number): RawMatch | undefined {
  const m = /^ ?(?:st|nd|rd|th) ?Psalm\b/.exec(text.slice(end, end + 10));
  if (!m || (start > 0 && isLetter(text.charCodeAt(start - 1)))) return undefined;
  const chapter = Number(text.slice(start, end));
  if (!(chapter >= 1 && chapter <= 150)) return undefined;
  const last = chapter % 10;
  const teen = chapter % 100 >= 11 && chapter % 100 <= 13;
  const suffix = teen || last > 3 || last === 0 ? 'th' : ['st', 'nd', 'rd'][last - 1];
  if (m[0].trimStart().slice(0, 2) !== suffix) return undefined;
  return { start, end: end + m[0].length, osis: `Ps.${chapter}`, book: 'Ps', chapter };
}

/** The verses after an ordinal psalm ("23rd Psalm, verse 6", "23rd Psalm vv.3-4"), if any. */
function psalmVerses(text: string, psalm: RawMatch, abbreviations: boolean): ReturnType<typeof parseSequence> | undefined {
  let k = psalm.end;
  if (text.charCodeAt(k) === COMMA) k++;
  while (k < text.length && k - psalm.end < 3 && isSpace(text.charCodeAt(k))) k++;
  let e = k;
  while (e < text.length && isLetter(text.charCodeAt(e))) e++;
  if (!VERSE_WORDS.has(text.slice(k, e).toLowerCase())) return undefined;
  if (text.charCodeAt(e) === PERIOD) e++;
  while (e < text.length && e - k < 12 && isSpace(text.charCodeAt(e))) e++;
  if (!isDigit(text.charCodeAt(e))) return undefined;
  const hit: BookHit = { book: 'Ps', key: { book: 'Ps', full: true, ambiguous: false, capital: false }, start: psalm.start, end: psalm.end, capitalised: true };
  const result = parseSequence(text, hit, e, {
    inList: false,
    chapterOnlyAbbreviations: abbreviations,
    mode: 'verse',
    contextual: false,
    chapter: psalm.chapter,
  });
  return result.matches.length > 0 ? result : undefined;
}

/**
 * "v. 28a", "vv. 18, 20", "ch. 3", "(12:2)": resolved against the last book
 * and chapter. A bare "(N)" or a verse without a known chapter is left alone.
 */
function contextual(
  text: string,
  digit: number,
  mode: Mode,
  book: OsisBook,
  chapter: number | undefined,
  cueStart?: number,
): ReturnType<typeof parseSequence> | undefined {
  if (mode === 'verse' && !chapter && !isSingleChapterBook(book)) return undefined;
  const hit: BookHit = { book, key: { book, full: true, ambiguous: false, capital: false }, start: digit, end: digit, capitalised: true };
  const result = parseSequence(text, hit, digit, {
    inList: true,
    chapterOnlyAbbreviations: true,
    mode,
    contextual: true,
    chapter: chapter ?? 1,
    cueStart,
  });
  if (mode === 'first') {
    // "(12:2)": only chapter:verse, and only when the parenthesis closes after it.
    const first = result.matches[0];
    if (!first || !/^\d+[:.]\d/.test(text.slice(first.start, first.end))) return undefined;
    let k = result.end;
    while (k < text.length && isSpace(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) !== CLOSE_PAREN) return undefined;
  }
  return result;
}
