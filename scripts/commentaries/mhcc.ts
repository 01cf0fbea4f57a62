/**
 * Matthew Henry's Concise Commentary, rebuilt from the structure of its own
 * text (docs/commentaries.md, "MHCC: the structural rebuild"):
 *
 * - a book starts at its `<div type="book" osisID>`, and the books must come
 *   in canonical order; its title ("Genesis", "1 Samuel") must name it;
 * - paragraphs before the "Chapter 1" title are the book's introduction;
 * - a "Chapter N" title starts chapter N; the titles must run 1, 2, 3, … up
 *   to the book's KJV chapter count;
 * - between a chapter title and its first comment come the outline items:
 *   table rows ("God creates heaven and earth." | "(1-2)") or pairs of
 *   paragraphs (item, then "(1-2)"); both become "God creates heaven and
 *   earth. (1-2)";
 * - a paragraph that opens with a bold "Verses a-b" / "Verse a" starts a
 *   block; the paragraphs after it, up to the next heading or chapter,
 *   belong to it;
 * - a chapter with no verse heading has a single comment, which the text
 *   introduces with "--" after the chapter's summary line; it becomes one
 *   block covering the whole chapter, and the summary its outline.
 *
 * The `<chapter>` milestones osis2mod inserted are only checked, never
 * trusted: each must come between the previous chapter title and its own.
 */
import { BOOKS, type OsisBook } from '../../lib/bible/books';
import type { CommentaryBlock, CommentaryChapter } from '../../lib/commentaries/types';
import { blockId, uncoveredRanges, verseHeading, type VerseCounts } from './blocks';
import { MHCC_RANGE_FIXES, type RangeFix } from './fixes';
import type { DocEvent } from './osis-walk';

export interface BookContent {
  readonly book: OsisBook;
  readonly intro: readonly string[];
  readonly chapters: readonly CommentaryChapter[];
}

export interface MhccReport {
  paragraphs: number;
  blocks: number;
  chapters: number;
  outlineItems: number;
  introParagraphs: number;
  /** Chapters with no verse heading, turned into one whole-chapter block. */
  wholeChapterBlocks: string[];
  /** Verses no block covers, e.g. "Gen.5.3-4". */
  gaps: string[];
  /** Blocks that overlap the one before, e.g. "Gen.5: 3-8 after 1-4". */
  overlaps: string[];
  /** Blocks whose heading passes the chapter's last verse: clamped, e.g. "Gen.5: 30-33 of 32". */
  clamped: string[];
  /** Headings whose last verse or second range follows the bold run (",8", ", 36-43"). */
  headingsContinued: number;
  /** "--" marks removed before a chapter's single comment. */
  commentMarks: number;
  /** "#" marks removed before "(18)". */
  hashMarks: number;
  /** Heading ranges corrected (scripts/commentaries/fixes.ts). */
  rangeFixes: string[];
  /** Full stops removed after a heading. */
  strayStops: number;
  /** Headings with no paragraph after them. */
  emptyBlocks: string[];
  /** Chapters whose "Chapter N" title is missing: the book goes straight to the outline. */
  untitledChapters: string[];
  /** Books with no introduction paragraphs. */
  booksWithoutIntro: string[];
}

const HEADING = /^Verses? (\d+)(?:\s*-\s*(\d+))?$/;
/** The end of a heading printed after its bold run: ",8" after "Verse 7". */
const HEADING_CONTINUED = /^,\s*(\d+)\b\s*/;
const SECOND_RANGE = /^,\s*(\d+)\s*-\s*(\d+)\b\s*/;
const STRAY_STOP = /^\.\s+/;
/**
 * Where one outline paragraph lists several items, each ends with its verse
 * range in parentheses: "Miseries from oppression. (Eccl. 4:1-3) troubles
 * from envy. (Eccl. 4:4-6) …". Split after each range.
 */
const AFTER_RANGE = /(?<=\((?:[1-3I]*\s?[A-Z][a-z]*\.?\s*)?\d+[\d:,;\s-]*\))\s+/;
/** A paragraph that is only an outline item's verse range: "(1-8)", "(Jr 48:1-13)". */
const OUTLINE_RANGE = /^\(.*\)$/;
/** The text's marker before the single comment of a chapter without headings. */
const SINGLE_COMMENT = /^--\s*/;

interface Draft {
  chapter: number;
  /** What comes before the first verse heading, in order: outline rows and plain paragraphs. */
  preamble: { text: string; row: boolean }[];
  /** `heading`: set only where the heading is not one range ("Verses 24–30, 36–43"). */
  blocks: { start: number; end: number; single?: boolean; heading?: string; paragraphs: string[] }[];
}

class MhccBuilder {
  readonly books: BookContent[] = [];
  readonly report: MhccReport = {
    paragraphs: 0,
    blocks: 0,
    chapters: 0,
    outlineItems: 0,
    introParagraphs: 0,
    headingsContinued: 0,
    strayStops: 0,
    hashMarks: 0,
    commentMarks: 0,
    rangeFixes: [],
    wholeChapterBlocks: [],
    gaps: [],
    overlaps: [],
    clamped: [],
    emptyBlocks: [],
    untitledChapters: [],
    booksWithoutIntro: [],
  };
  private bookIndex = -1;
  private book: OsisBook | undefined;
  private intro: string[] = [];
  private chapters: CommentaryChapter[] = [];
  private draft: Draft | undefined;
  private milestones = new Set<number>();

  constructor(
    private readonly counts: VerseCounts,
    private readonly fixes: readonly RangeFix[],
    firstBook: number,
  ) {
    this.bookIndex = firstBook - 1;
  }

  private where(): string {
    return `MHCC ${this.book ?? '(before the first book)'}${this.draft ? ` ${this.draft.chapter}` : ''}`;
  }

  private fail(message: string): never {
    throw new Error(`${this.where()}: ${message}`);
  }

  startBook(osis: string): void {
    this.endBook();
    this.bookIndex++;
    const expected = BOOKS[this.bookIndex];
    if (!expected || expected.osis !== osis) this.fail(`book ${osis} where ${expected?.osis ?? 'no book'} was expected`);
    this.book = expected.osis;
    this.intro = [];
    this.chapters = [];
    this.milestones = new Set();
  }

  private requireBook(): OsisBook {
    if (!this.book) this.fail('text before the first book');
    return this.book;
  }

  title(type: string, text: string): void {
    this.requireBook();
    if (type === 'x-ms' || type === 'main') {
      if (text !== BOOKS[this.bookIndex].name || this.draft || this.chapters.length) this.fail(`unexpected book title "${text}"`);
      return;
    }
    if (type === 'x-IS') {
      if (text !== 'Chapter Outline') this.fail(`unexpected title "${text}"`);
      if (!this.draft && this.chapters.length === 0) this.startChapter(1, true);
      if (!this.draft || this.draft.blocks.length) this.fail(`unexpected title "${text}"`);
      return;
    }
    const m = /^Chapter (\d+)$/.exec(text);
    if (type !== 'x-s2' || !m) this.fail(`unknown title <${type}> "${text}"`);
    this.startChapter(Number(m[1]), false);
  }

  /** Opens chapter n at its title, or implicitly where a book goes straight to chapter 1's outline. */
  private startChapter(n: number, implicit: boolean): void {
    const book = this.requireBook();
    if (implicit) this.report.untitledChapters.push(`${book}.${n}`);
    const previous = this.draft?.chapter ?? 0;
    if (n !== previous + 1) this.fail(`chapter ${n} after chapter ${previous}`);
    if (n > this.counts[book].length) this.fail(`chapter ${n} is past the book's ${this.counts[book].length} chapters`);
    if (!this.milestones.has(n)) this.fail(`no <chapter> milestone before chapter ${n}`);
    this.endChapter();
    this.draft = { chapter: n, preamble: [], blocks: [] };
  }

  chapterMilestone(osisID: string): void {
    const book = this.requireBook();
    const m = /^(.+)\.(\d+)$/.exec(osisID);
    if (!m || m[1] !== book) this.fail(`chapter milestone ${osisID} in ${book}`);
    // osis2mod puts them at verse boundaries, often inside the previous
    // chapter's last paragraph; only their order is checked.
    const n = Number(m[2]);
    if (n !== this.milestones.size + 1) this.fail(`chapter milestone ${osisID} after ${this.milestones.size} others`);
    this.milestones.add(n);
  }

  outlineRow(cells: readonly string[]): void {
    const d = this.draft;
    if (!d || d.blocks.length || cells.length !== 2 || !cells[0] || !OUTLINE_RANGE.test(cells[1])) {
      this.fail(`unexpected table row ${JSON.stringify(cells)}`);
    }
    d.preamble.push({ text: `${cells[0]} ${cells[1]}`, row: true });
  }

  paragraph(raw: string, bold: string | undefined): void {
    this.requireBook();
    this.report.paragraphs++;
    // "ver. #(18)": a leftover link mark of the electronic edition, not a word.
    const text = raw.replace(/#\(/g, '(');
    this.report.hashMarks += (raw.length - text.length);
    const d = this.draft;
    const heading = bold ? HEADING.exec(bold) : null;
    if (bold && !heading) this.fail(`bold text that is not a verse heading: "${bold}"`);
    if (!d) {
      if (heading) this.fail(`verse heading "${bold}" before chapter 1`);
      if (!SINGLE_COMMENT.test(text) || this.chapters.length) {
        this.intro.push(text);
        return;
      }
      // A book without a "Chapter 1" title whose first chapter has a single
      // comment: the paragraph before it is that chapter's summary line.
      const summary = this.intro.pop();
      this.startChapter(1, true);
      if (summary) this.paragraphInChapter(this.draft!, summary);
      this.paragraphInChapter(this.draft!, text);
      return;
    }
    this.paragraphInChapter(d, text, heading, bold);
  }

  private paragraphInChapter(d: Draft, text: string, heading?: RegExpExecArray | null, bold?: string): void {
    if (heading) {
      const start = Number(heading[1]);
      const end = heading[2] ? Number(heading[2]) : start;
      d.blocks.push({ start, end, single: !heading[2], paragraphs: [] });
      const rest = text.slice(bold!.length).trim();
      if (rest) this.addToBlock(d.blocks[d.blocks.length - 1], rest);
      return;
    }
    if (d.blocks.length) {
      if (SINGLE_COMMENT.test(text)) this.fail(`"--" comment after verse headings: "${text.slice(0, 50)}"`);
      this.addToBlock(d.blocks[d.blocks.length - 1], text);
      return;
    }
    if (text !== 'Chapter Outline') d.preamble.push({ text, row: false });
  }

  /**
   * Adds a paragraph to a block. The block's first text may still finish its
   * heading, in the same paragraph as the bold run or the next one.
   */
  private addToBlock(block: Draft['blocks'][number], text: string): void {
    let rest = text;
    if (block.paragraphs.length === 0) {
      // "<hi>Verse 7</hi> ,8 Frequently…": the heading's last verse.
      const more = block.single ? HEADING_CONTINUED.exec(rest) : null;
      if (more) {
        block.end = Number(more[1]);
        rest = rest.slice(more[0].length);
        this.report.headingsContinued++;
      }
      // "<hi>Verses 24-30</hi>" then ", 36-43 This parable…": a second range; the block spans both.
      const second = block.single ? null : SECOND_RANGE.exec(rest);
      if (second) {
        block.heading = `${verseHeading(block.start, block.end)}, ${second[1]}\u2013${second[2]}`;
        block.end = Number(second[2]);
        rest = rest.slice(second[0].length);
        this.report.headingsContinued++;
      }
      // "<hi>Verses 1-13</hi> . The Chaldeans…": a stray full stop after the heading.
      if (STRAY_STOP.test(rest)) {
        rest = rest.replace(STRAY_STOP, '');
        this.report.strayStops++;
      }
    }
    if (rest) block.paragraphs.push(rest);
  }


  /**
   * The outline of a chapter with verse headings: table rows, and plain
   * paragraphs, each completed by a following "(a-b)" paragraph if there is one.
   */
  private outlineOf(preamble: Draft['preamble']): string[] {
    const outline: string[] = [];
    let open = false;
    for (const p of preamble) {
      if (p.row) {
        outline.push(p.text);
        open = false;
      } else if (OUTLINE_RANGE.test(p.text)) {
        if (!open) this.fail(`verse range "${p.text}" without an outline item`);
        outline[outline.length - 1] += ` ${p.text}`;
        open = false;
      } else if (SINGLE_COMMENT.test(p.text)) {
        this.fail(`"--" comment before verse headings: "${p.text.slice(0, 50)}"`);
      } else {
        const items = p.text.split(AFTER_RANGE);
        outline.push(...items);
        // A paragraph whose last item has no range yet may get it from the next one.
        open = !/\)$/.test(items[items.length - 1]);
      }
    }
    return outline;
  }

  /**
   * A chapter without verse headings has one comment: from the paragraph that
   * opens with "--" (dropped), or else all paragraphs but the first, which is
   * the chapter's summary line; a lone paragraph is the comment itself.
   */
  private singleComment(d: Draft): { outline: string[]; comment: string[] } {
    if (d.preamble.some((p) => p.row || OUTLINE_RANGE.test(p.text))) this.fail('outline items but no verse heading');
    const texts = d.preamble.map((p) => p.text);
    const marked = texts.findIndex((t) => SINGLE_COMMENT.test(t));
    if (marked >= 0) {
      if (texts.slice(marked + 1).some((t) => SINGLE_COMMENT.test(t))) this.fail('two "--" comments');
      this.report.commentMarks++;
      return { outline: texts.slice(0, marked).flatMap((t) => t.split(AFTER_RANGE)), comment: [texts[marked].replace(SINGLE_COMMENT, ''), ...texts.slice(marked + 1)] };
    }
    if (texts.length === 0) this.fail('chapter without comment');
    if (texts.length === 1) return { outline: [], comment: texts };
    return { outline: texts[0].split(AFTER_RANGE), comment: texts.slice(1) };
  }

  private endChapter(): void {
    const d = this.draft;
    if (!d) return;
    const book = this.book!;
    const verses = this.counts[book][d.chapter - 1];
    const ref = `${book}.${d.chapter}`;
    let outline: string[];
    if (d.blocks.length === 0) {
      const single = this.singleComment(d);
      outline = single.outline;
      d.blocks.push({ start: 1, end: verses, paragraphs: single.comment });
      this.report.wholeChapterBlocks.push(ref);
    } else {
      outline = this.outlineOf(d.preamble);
    }
    this.applyRangeFixes(ref, d.blocks, verses);
    const blocks: CommentaryBlock[] = [];
    let previous: { start: number; end: number } | undefined;
    for (const b of d.blocks) {
      if (b.start < 1 || b.start > verses || b.end < b.start) this.fail(`heading ${b.start}-${b.end} outside 1-${verses}`);
      let end = b.end;
      if (end > verses) {
        this.report.clamped.push(`${ref}: ${b.start}-${b.end} of ${verses}`);
        end = verses;
      }
      if (previous && b.start <= previous.end) this.report.overlaps.push(`${ref}: ${b.start}-${end} after ${previous.start}-${previous.end}`);
      if (previous && b.start < previous.start) this.fail(`heading ${b.start}-${b.end} after ${previous.start}-${previous.end}`);
      if (b.paragraphs.length === 0) this.report.emptyBlocks.push(`${ref}: ${b.start}-${b.end}`);
      blocks.push({
        id: blockId(book, d.chapter, b.start, end),
        startVerse: b.start,
        endVerse: end,
        heading: b.heading ?? verseHeading(b.start, end),
        paragraphs: b.paragraphs,
      });
      previous = { start: b.start, end };
    }
    for (const gap of uncoveredRanges(blocks, verses)) this.report.gaps.push(`${ref}.${gap}`);
    this.chapters.push({ chapter: d.chapter, outline, blocks });
    this.report.blocks += blocks.length;
    this.report.chapters++;
    this.report.outlineItems += outline.length;
    this.draft = undefined;
  }

  /** Widens the headings listed in fixes.ts; each must exactly fill a gap. */
  private applyRangeFixes(ref: string, blocks: Draft['blocks'], verses: number): void {
    const fixes = this.fixes.filter((f) => f.chapter === ref);
    if (fixes.length === 0) return;
    const asBlocks = (list: Draft['blocks']) =>
      list.map((b) => ({ id: '', heading: '', paragraphs: [], startVerse: b.start, endVerse: b.end }));
    const gaps = uncoveredRanges(asBlocks(blocks), verses);
    for (const fix of fixes) {
      const target = blocks.filter((b) => b.start === fix.from[0] && b.end === fix.from[1]);
      if (target.length !== 1) this.fail(`range fix ${describeFix(fix)}: ${target.length} headings match`);
      const added = fix.to[1] === fix.from[1] + 1 ? `${fix.to[1]}` : `${fix.from[1] + 1}-${fix.to[1]}`;
      if (fix.to[0] !== fix.from[0] || !gaps.includes(added)) this.fail(`range fix ${describeFix(fix)} does not fill a gap`);
      target[0].end = fix.to[1];
      this.report.rangeFixes.push(describeFix(fix));
    }
  }

  endBook(): void {
    if (!this.book) return;
    this.endChapter();
    const expected = this.counts[this.book].length;
    if (this.chapters.length !== expected) this.fail(`${this.chapters.length} chapters, expected ${expected}`);
    if (this.intro.length === 0) this.report.booksWithoutIntro.push(this.book);
    this.report.introParagraphs += this.intro.length;
    this.books.push({ book: this.book, intro: this.intro, chapters: this.chapters });
    this.book = undefined;
  }
}

function describeFix(fix: RangeFix): string {
  return `${fix.chapter}: ${fix.from.join('-')} → ${fix.to.join('-')}`;
}

/**
 * The books found in the walked module text, with the given range fixes.
 * Throws on anything unexpected; books must come in canonical order but may
 * start later than Genesis, so a fragment can be tested on its own.
 */
export function buildMhccBooks(
  events: readonly DocEvent[],
  counts: VerseCounts,
  fixes: readonly RangeFix[] = [],
  firstBook = 0,
): { books: BookContent[]; report: MhccReport } {
  const b = new MhccBuilder(counts, fixes, firstBook);
  for (const e of events) {
    switch (e.kind) {
      case 'book':
        b.startBook(e.osis);
        break;
      case 'title':
        b.title(e.type, e.text);
        break;
      case 'chapter':
        b.chapterMilestone(e.osisID);
        break;
      case 'row':
        b.outlineRow(e.cells);
        break;
      case 'paragraph':
        b.paragraph(e.text, e.bold);
        break;
      default:
        throw new Error(`MHCC: unexpected ${e.kind}`);
    }
  }
  b.endBook();
  if (b.report.rangeFixes.length !== fixes.length) {
    throw new Error(`MHCC: ${b.report.rangeFixes.length} of ${fixes.length} range fixes applied`);
  }
  return { books: b.books, report: b.report };
}

/** The commentary's 66 books from the walked module text. Throws on anything unexpected. */
export function buildMhcc(events: readonly DocEvent[], counts: VerseCounts): { books: BookContent[]; report: MhccReport } {
  const result = buildMhccBooks(events, counts, MHCC_RANGE_FIXES);
  if (result.books.length !== BOOKS.length) throw new Error(`MHCC: ${result.books.length} books, expected ${BOOKS.length}`);
  return result;
}
