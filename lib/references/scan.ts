/**
 * The scanner: finds the references in one block of text.
 *
 * How it works: every reference has a digit, so the scanner walks the text
 * for digit runs, looks backwards for a book name (book-scan.ts), and parses
 * forwards from the digit (grammar.ts). Text without digits costs one pass.
 * Cues without a book ("v. 24", "ch. 9") are resolved against the passage
 * under discussion (context.ts).
 */
import type { OsisBook } from '../bible/books';
import { isSingleChapterBook } from '../bible/versification';
import { bookBefore, type BookHit } from './book-scan';
import { ASTERISK, CLOSE_PAREN, COLON, COMMA, OPEN_PAREN, PERIOD, bracketDepth, digitRunEnd, isDigit, isLetter, isSpace, nextDigit } from './chars';
import { advanceContext, candidatesOf, type DetectorContext } from './context';
import { parseSequence, type Mode, type RawMatch, type SequenceResult } from './grammar';
import { CHAPTER_WORDS, CROSS_REFERENCE_CUES, VERSE_WORDS } from './keywords';
import { keywordReferenceAt, ordinalReferenceAt, spelledReferences } from './written';

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
  /** A cross-reference ("(Num 20:28)", "cf. Num 20:28"): recognised, but never the context for later cues. */
  crossReference?: true;
}

export interface DetectOptions {
  /** User setting: allow chapter-only references with abbreviations ("Rom 8"). Default false. */
  chapterOnlyAbbreviations?: boolean;
  /** The passage under discussion, from a heading or an earlier block (contextAfter, contextOfHeading). */
  context?: DetectorContext;
  /** The text is a heading: a reference in parentheses names the section's passage ("A priest (Heb 7:23-24)"). */
  heading?: boolean;
}

/** Start of the name/keyword before the number at `digit`: skips spaces, emphasis ("*Romans*8:38") and one period. */
function nameEndBefore(text: string, digit: number, floor: number): number {
  let j = digit;
  let spaces = 0;
  while (j > floor && isSpace(text.charCodeAt(j - 1)) && spaces < 2) {
    j--;
    spaces++;
  }
  for (let marks = 0; marks < 2 && j > floor && text.charCodeAt(j - 1) === ASTERISK; marks++) j--;
  if (j > floor && text.charCodeAt(j - 1) === PERIOD) j--;
  return j;
}

/** "Luke: 8:4-11": the name ends before a colon and a space; -1 when there is no such colon. */
function nameEndBeforeColon(text: string, digit: number, floor: number): number {
  let j = digit;
  if (j > floor && isSpace(text.charCodeAt(j - 1))) j--;
  return j - 1 > floor && text.charCodeAt(j - 1) === COLON && isLetter(text.charCodeAt(j - 2)) ? j - 1 : -1;
}

/** The lower-case word ending at j (after skipping spaces and one period), with its start. */
function wordBefore(text: string, j: number, floor: number): { word: string; start: number } {
  let e = nameEndBefore(text, j, floor);
  if (e > floor && text.charCodeAt(e - 1) === COLON) e--;
  let s = e;
  while (s > floor && isLetter(text.charCodeAt(s - 1))) s--;
  return { word: text.slice(s, e).toLowerCase(), start: s };
}

/** "cf.", "see", "see also", "compare", "par." just before `start`: a cross-reference follows. */
function crossCueBefore(text: string, start: number): boolean {
  const { word, start: s } = wordBefore(text, start, 0);
  if (CROSS_REFERENCE_CUES.has(word)) return true;
  if (word !== 'also') return false;
  const prev = wordBefore(text, s, 0).word;
  return prev === 'see' || prev === 'cf';
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

/** Whether offsets lie inside parentheses or brackets; asked in increasing order, so one pass in all. A line break closes them. */
class Parentheses {
  private at = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  inside(pos: number): boolean {
    if (pos > this.at) {
      this.depth = bracketDepth(this.text, this.at, pos, this.depth);
      this.at = pos;
    }
    return this.depth > 0;
  }
}

/** One call of findReferences: the text, the options and what has been read so far. */
class Scan {
  readonly raw: Array<RawMatch & { crossReference?: true }> = [];
  private readonly abbreviations: boolean;
  private readonly heading: boolean;
  private readonly parentheses: Parentheses;
  private ctx: DetectorContext | undefined;
  /** The context was named in this text (running text or heading): cross-references to other books are ignored. */
  private settled: boolean;
  /** End of the last match: a name never reaches back over it. */
  private floor = 0;
  /** Offset of a book name that continues the last list ("…; Gen 3"), or -1. */
  private listBook = -1;
  /** The last match was a cross-reference (a list that continues it is one too). */
  private lastCross = false;

  constructor(
    private readonly text: string,
    options: DetectOptions,
  ) {
    this.abbreviations = options.chapterOnlyAbbreviations === true;
    this.heading = options.heading === true;
    this.parentheses = new Parentheses(text);
    this.ctx = options.context;
    this.settled = this.heading || options.context?.fromHeading === true;
  }

  run(): void {
    const { text } = this;
    const n = text.length;
    // References spelled out without digits ("the fifth chapter of Mark") are found first and
    // taken in turn; `stop` is where the next one starts.
    const spelled = text.indexOf('hapter') >= 0 ? spelledReferences(text) : [];
    let next = 0;
    let stop = spelled.length > 0 ? spelled[0].matches[0].start : n;
    let i = 0;
    while (i < n) {
      if (i >= stop) {
        const written = spelled[next++];
        if (written.matches[0].start >= this.floor) {
          this.accept(written.matches, false);
          this.floor = i = written.end;
        }
        stop = next < spelled.length ? spelled[next].matches[0].start : n;
        continue;
      }
      i = nextDigit(text, i, stop);
      if (i === stop) continue;
      const result = this.sequenceAt(i);
      if (result && result.matches.length > 0) {
        this.accept(result.matches, result.continuesList);
        this.floor = i = result.end;
        this.listBook = result.nextBook;
        continue;
      }
      const start = i;
      i = digitRunEnd(text, i);
      // "the 5th chapter of Mark", "the 16th verse of John 3", "the 23rd Psalm, verse 6".
      const written = ordinalReferenceAt(text, start);
      if (written) {
        this.accept(written.matches, false);
        this.floor = i = written.end;
      }
    }
  }

  /** The references whose first number is at `digit`: after a book name, a keyword, or "(" from context. */
  private sequenceAt(digit: number): (SequenceResult & { continuesList: boolean }) | undefined {
    const { text, floor } = this;
    const nameEnd = nameEndBefore(text, digit, floor);
    let kw = keywordBefore(text, nameEnd, floor);
    // "1 Ch 3:1" is 1 Chronicles, not "chapter".
    if (kw && kw.mode === 'chapter' && (bookBefore(text, nameEnd, floor, false)?.start ?? kw.start) < kw.start) kw = undefined;
    if (kw) {
      // "Genesis chapter 1", "Phlm verse 6": a book before the keyword; else "v. 28" from context.
      let j = kw.start;
      while (j > floor && (isSpace(text.charCodeAt(j - 1)) || text.charCodeAt(j - 1) === COMMA)) j--;
      const book = j < kw.start ? bookBefore(text, j, floor, false) : undefined;
      if (book && (kw.mode === 'chapter' || isSingleChapterBook(book.book))) {
        const result = parseSequence(text, book, digit, { inList: false, chapterOnlyAbbreviations: this.abbreviations, mode: kw.mode, contextual: false, chapter: 1 });
        return { ...result, continuesList: false };
      }
      if (book) return undefined;
      // "Chapter 1 of Genesis", "verse 10 of chapter 4 of Philippians".
      const written = keywordReferenceAt(text, kw.start, digit, kw.mode === 'chapter');
      if (written) return { matches: written.matches, end: written.end, nextBook: -1, continuesList: false };
      return this.fromContext(digit, kw.mode, kw.start);
    }
    // Misspelled names are only read before chapter:verse, so only look for one there.
    const d = digitRunEnd(text, digit);
    const sep = text.charCodeAt(d);
    const chapterVerse = (sep === COLON || sep === PERIOD) && isDigit(text.charCodeAt(d + 1));
    const hit = bookBefore(text, nameEnd, floor, chapterVerse);
    if (hit) return this.afterName(hit, digit, false);
    if (text.charCodeAt(nameEnd - 1) === OPEN_PAREN) return this.fromContext(digit, 'first');
    // "Luke: 8:4-11": a colon after the name, before chapter:verse only.
    const colonEnd = chapterVerse ? nameEndBeforeColon(text, digit, floor) : -1;
    const named = colonEnd > 0 ? bookBefore(text, colonEnd, floor, false) : undefined;
    return named ? this.afterName(named, digit, true) : undefined;
  }

  private afterName(hit: BookHit, digit: number, colonAfterName: boolean): SequenceResult & { continuesList: boolean } {
    const continuesList = hit.start === this.listBook;
    const result = parseSequence(this.text, hit, digit, { inList: continuesList, chapterOnlyAbbreviations: this.abbreviations, mode: 'first', contextual: false, colonAfterName });
    return { ...result, continuesList };
  }

  /**
   * "v. 24", "ch. 9", "(12:2)" against every passage that could be meant: resolved only when all
   * of them that have that verse (or chapter) give the same reference, and one of those may be
   * resolved to (an aside only stops a cue). A passage without a chapter could have any verse.
   */
  private fromContext(digit: number, mode: Mode, cueStart?: number): (SequenceResult & { continuesList: boolean }) | undefined {
    let found: SequenceResult | undefined;
    let osis: string | undefined;
    for (const c of candidatesOf(this.ctx)) {
      if (mode === 'verse' && c.chapter === undefined && !isSingleChapterBook(c.book)) return undefined;
      const result = contextual(this.text, digit, mode, c.book, c.chapter, cueStart);
      const first = result?.matches[0];
      if (!result || !first) continue;
      if (osis !== undefined && first.osis !== osis) return undefined;
      osis = first.osis;
      if (c.resolvable) found ??= result;
    }
    return found ? { ...found, continuesList: false } : undefined;
  }

  /** Records a sequence's matches, marks cross-references, and moves the context on. */
  private accept(matches: RawMatch[], continuesList: boolean): void {
    let cross = continuesList && this.lastCross;
    for (const m of matches) {
      cross = cross || (!this.heading && this.parentheses.inside(m.start)) || crossCueBefore(this.text, m.start);
      const out: RawMatch & { crossReference?: true } = m;
      if (cross) out.crossReference = true;
      this.raw.push(out);
      this.ctx = advanceContext(this.ctx, out, this.settled);
      if (!cross) this.settled = true;
    }
    this.lastCross = cross;
  }
}

export function findReferences(text: string, options: DetectOptions = {}): ReferenceMatch[] {
  const scan = new Scan(text, options);
  scan.run();
  return scan.raw.map((m) => {
    const out: ReferenceMatch = { start: m.start, end: m.end, text: text.slice(m.start, m.end), osis: m.osis };
    if (m.contextual) out.contextual = true;
    if (m.crossReference) out.crossReference = true;
    return out;
  });
}

/**
 * "v. 28a", "vv. 18, 20", "ch. 3", "(12:2)": resolved against one passage.
 * A bare "(N)" or a verse without a known chapter is left alone.
 */
function contextual(
  text: string,
  digit: number,
  mode: Mode,
  book: OsisBook,
  chapter: number | undefined,
  cueStart?: number,
): SequenceResult | undefined {
  if (mode === 'verse' && !chapter && !isSingleChapterBook(book)) return undefined;
  const hit: BookHit = { book, key: { book, full: true, ambiguous: false, capital: false }, start: digit, end: digit, capitalised: true };
  const result = parseSequence(text, hit, digit, { inList: true, chapterOnlyAbbreviations: true, mode, contextual: true, chapter: chapter ?? 1, cueStart });
  // "verse 2 of the hymn", "chapter 3 of the novel": the cue names something else.
  if (/^\s+of\b/i.test(text.slice(result.end, result.end + 4))) return undefined;
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
