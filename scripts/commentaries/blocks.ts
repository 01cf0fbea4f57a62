/**
 * Shared pieces of the two commentary builds: verse headings, block ids and
 * the per-chapter checks of which verses the blocks cover.
 */
import type { OsisBook } from '../../lib/bible/books';
import type { CommentaryBlock } from '../../lib/commentaries/types';

/** Verses per chapter per book (lib/bible/kjv-verse-counts.json). */
export type VerseCounts = Readonly<Record<OsisBook, readonly number[]>>;

/** "Verse 5" or "Verses 31–39" (en dash), the normalised heading of a verse block. */
export function verseHeading(start: number, end: number): string {
  return start === end ? `Verse ${start}` : `Verses ${start}\u2013${end}`;
}

/** "rom-8-31-39", "ps-23-1": lower-case book, chapter, verse or range. */
export function blockId(book: OsisBook, chapter: number, start: number, end: number): string {
  const base = `${book.toLowerCase()}-${chapter}-${start}`;
  return start === end ? base : `${base}-${end}`;
}

/** Verses of a chapter that no block covers, as ranges ("5", "7-9"). */
export function uncoveredRanges(blocks: readonly CommentaryBlock[], verses: number): string[] {
  const covered = new Array<boolean>(verses + 1).fill(false);
  for (const b of blocks) for (let v = b.startVerse; v <= Math.min(b.endVerse, verses); v++) covered[v] = true;
  const ranges: string[] = [];
  for (let v = 1; v <= verses; v++) {
    if (covered[v]) continue;
    let end = v;
    while (end + 1 <= verses && !covered[end + 1]) end++;
    ranges.push(v === end ? `${v}` : `${v}-${end}`);
    v = end;
  }
  return ranges;
}
