/**
 * The shipped shape of a public-domain commentary: what
 * `npm run build:commentaries` writes to `content/commentaries/<source>/` and
 * what the worker loads on demand, a part at a time.
 *
 * A source has one `index.json` (a `CommentaryIndex`) and, per book, one or
 * more part files (`CommentaryPart`). A book is one part unless that would
 * pass the per-file size budget (400 kB raw); then it is split by chapter, and
 * one very long chapter may even span several parts, each holding some of its
 * blocks. A reader of chapter C loads every part whose chapter range holds C.
 */

export type CommentarySourceId = 'mhcc' | 'tdavid';

export interface CommentaryPartRef {
  /** File name inside the source's folder, e.g. "Rom.json" or "Ps.3.json". */
  readonly file: string;
  readonly firstChapter: number;
  readonly lastChapter: number;
  /** Raw size in bytes, so the worker and the size check need not stat it. */
  readonly bytes: number;
}

export interface CommentaryIndex {
  readonly source: CommentarySourceId;
  /** "Matthew Henry's Concise Commentary on the Whole Bible" */
  readonly title: string;
  /** "Matthew Henry" — used where space is short. */
  readonly shortTitle: string;
  /** One line: author, date, licence, and where the text comes from. */
  readonly attribution: string;
  /** OSIS book → its parts, in chapter order. Books the source does not cover are absent. */
  readonly books: Readonly<Record<string, readonly CommentaryPartRef[]>>;
}

export interface CommentaryBlock {
  /**
   * Unique within the source, lower case, `^[a-z0-9][a-z0-9-]*$`; used as the
   * anchor in the reading view, e.g. "rom-8-31-39", "ps-23-overview", "ps-23-1".
   */
  readonly id: string;
  /** First and last verse this block explains, in the chapter (KJV versification). */
  readonly startVerse: number;
  readonly endVerse: number;
  /** As the source words it, normalised: "Verses 31–39", "Overview", "Verse 1". */
  readonly heading: string;
  /** Plain text, one string per paragraph, no markup. */
  readonly paragraphs: readonly string[];
}

export interface CommentaryChapter {
  readonly chapter: number;
  /** Short lines that introduce the chapter, e.g. MHCC's outline items; may be empty. */
  readonly outline: readonly string[];
  readonly blocks: readonly CommentaryBlock[];
}

export interface CommentaryPart {
  readonly source: CommentarySourceId;
  /** OSIS book id, e.g. "Rom". */
  readonly book: string;
  /** The book's introduction paragraphs; only in the part that holds chapter 1. */
  readonly intro?: readonly string[];
  readonly chapters: readonly CommentaryChapter[];
}
