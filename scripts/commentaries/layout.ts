/**
 * Lays a commentary out in files: one part per book, or, where a book would
 * pass the per-file budget, several parts split between chapters (and a
 * chapter longer than the budget between its blocks). JSON is written by
 * hand in a fixed layout, one block per line, so the files diff well and
 * depend only on their content.
 */
import type { OsisBook } from '../../lib/bible/books';
import type {
  CommentaryBlock,
  CommentaryChapter,
  CommentaryIndex,
  CommentaryPartRef,
  CommentarySourceId,
} from '../../lib/commentaries/types';

/** Largest part file, in bytes (decimal kB, as scripts/check-size.mjs counts). */
const PART_BUDGET = 400_000;

export interface BookInput {
  readonly book: OsisBook;
  readonly intro: readonly string[];
  readonly chapters: readonly CommentaryChapter[];
}

const json = JSON.stringify;

function blockLine(b: CommentaryBlock): string {
  // Fixed key order, as in types.ts.
  return json({ id: b.id, startVerse: b.startVerse, endVerse: b.endVerse, heading: b.heading, paragraphs: b.paragraphs });
}

/** A chapter, or the piece of a long chapter, as the lines of a part file. */
interface Unit {
  readonly chapter: number;
  readonly outline: readonly string[];
  readonly blocks: readonly CommentaryBlock[];
  readonly bytes: number;
}

function unitText(u: Unit): string {
  return `${json({ chapter: u.chapter, outline: u.outline })
    .slice(0, -1)},"blocks":[\n${u.blocks.map(blockLine).join(',\n')}]}`;
}

function makeUnit(chapter: number, outline: readonly string[], blocks: readonly CommentaryBlock[]): Unit {
  const unit = { chapter, outline, blocks, bytes: 0 };
  return { ...unit, bytes: Buffer.byteLength(unitText(unit)) + 2 };
}

/** The file text of one part. */
function formatPart(source: CommentarySourceId, book: OsisBook, intro: readonly string[] | undefined, units: readonly Unit[]): string {
  const head = `{"source":${json(source)},"book":${json(book)}${intro ? `,"intro":${json(intro)}` : ''},"chapters":[`;
  return `${head}\n${units.map(unitText).join(',\n')}\n]}\n`;
}

/** Splits a chapter longer than the budget between its blocks; the outline goes with the first piece. */
function chapterUnits(c: CommentaryChapter, budget: number): Unit[] {
  const whole = makeUnit(c.chapter, c.outline, c.blocks);
  if (whole.bytes <= budget) return [whole];
  const pieces: Unit[] = [];
  let blocks: CommentaryBlock[] = [];
  for (const b of c.blocks) {
    const next = makeUnit(c.chapter, pieces.length ? [] : c.outline, [...blocks, b]);
    if (next.bytes > budget && blocks.length) {
      pieces.push(makeUnit(c.chapter, pieces.length ? [] : c.outline, blocks));
      blocks = [b];
    } else {
      blocks.push(b);
    }
  }
  pieces.push(makeUnit(c.chapter, pieces.length ? [] : c.outline, blocks));
  return pieces;
}

/** Groups units into `count` parts of about equal size, in order. */
function groupUnits(units: readonly Unit[], count: number): Unit[][] {
  const total = units.reduce((n, u) => n + u.bytes, 0);
  const target = total / count;
  const groups: Unit[][] = [[]];
  let size = 0;
  for (const u of units) {
    const current = groups[groups.length - 1];
    // Close the part at the boundary nearer to its share of the book.
    if (current.length && groups.length < count && size + u.bytes / 2 > target * groups.length) groups.push([]);
    groups[groups.length - 1].push(u);
    size += u.bytes;
  }
  return groups;
}

export interface LaidOutBook {
  readonly refs: CommentaryPartRef[];
  /** File name → content. */
  readonly files: Map<string, string>;
}

/** One book's part files and their index entries. */
export function layOutBook(source: CommentarySourceId, input: BookInput, budget = PART_BUDGET): LaidOutBook {
  const introOverhead = Buffer.byteLength(json(input.intro)) + 200;
  const units = input.chapters.flatMap((c) => chapterUnits(c, budget - introOverhead));
  for (let count = 1; count <= units.length; count++) {
    const groups = groupUnits(units, count);
    const texts = groups.map((g, i) =>
      formatPart(source, input.book, i === 0 && input.intro.length ? input.intro : undefined, g),
    );
    if (texts.some((t) => Buffer.byteLength(t) > budget)) continue;
    const files = new Map<string, string>();
    const refs = groups.map((g, i) => {
      const file = count === 1 ? `${input.book}.json` : `${input.book}.${i + 1}.json`;
      files.set(file, texts[i]);
      return { file, firstChapter: g[0].chapter, lastChapter: g[g.length - 1].chapter, bytes: Buffer.byteLength(texts[i]) };
    });
    return { refs, files };
  }
  throw new Error(`${source} ${input.book}: cannot fit the parts into ${budget} bytes`);
}

export function formatIndex(index: CommentaryIndex): string {
  const head = json({ source: index.source, title: index.title, shortTitle: index.shortTitle, attribution: index.attribution });
  const books = Object.entries(index.books).map(([book, refs]) => `${json(book)}:${json(refs)}`);
  return `${head.slice(0, -1)},"books":{\n${books.join(',\n')}\n}}\n`;
}
