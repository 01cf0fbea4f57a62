/**
 * Which passage a cue ("v. 24", "vv. 23–24", "ch. 9", "(12:2)") refers to.
 *
 * The rules (docs/references.md, ADR 3):
 * - The passage under discussion is the context: a section heading's
 *   reference, then the last reference in running text.
 * - A cross-reference (in parentheses, or after "cf.", "see", "see also",
 *   "compare", "par.") is recognised but never becomes the context.
 * - When the running text moves to another book, the earlier book stays
 *   possible until the next heading. Until this block names its passage, a
 *   cross-reference to another chapter stays possible too (an aside): it
 *   never resolves a cue, but it can stop one.
 * - A cue resolves only when every possible passage that has its verse (or
 *   chapter) gives the same reference; when two passages could be meant and
 *   nothing decides, there is no contextual match.
 */
import type { OsisBook } from '../bible/books';
import { chapterCount } from '../bible/versification';
import { bookBefore } from './book-scan';

export interface Passage {
  book: OsisBook;
  chapter?: number;
}

export interface DetectorContext {
  /** The passage under discussion. */
  passage?: Passage;
  /** Passages in other books that the running text discussed earlier in the section: still possible. */
  earlier?: Passage[];
  /** Cross-references seen before a block named its passage: they can stop a cue, never resolve one. */
  asides?: Passage[];
  /** The passage was named by the section heading (and the running text has stayed in its book). */
  fromHeading?: true;
}

/** What the context needs to know about a match. */
export interface ContextMatch {
  book: OsisBook;
  chapter: number;
  /** A cross-reference: recognised, never the context. */
  crossReference?: true;
}

/** The book and chapter an OSIS reference ends in ("Heb.7.23-Heb.7.25" → Heb 7). */
export function passageOfOsis(osis: string): Passage {
  const last = osis.slice(osis.lastIndexOf('-') + 1).split('.');
  const chapter = Number(last[1]);
  return chapter > 0 ? { book: last[0] as OsisBook, chapter } : { book: last[0] as OsisBook };
}

const samePassage = (a: Passage, b: Passage) => a.book === b.book && a.chapter === b.chapter;

/** A passage a cue may resolve to, or only one that stops it. */
export interface Candidate extends Passage {
  resolvable: boolean;
}

/** Every passage a cue could refer to: the passage under discussion first. */
export function candidatesOf(ctx: DetectorContext | undefined): Candidate[] {
  if (!ctx) return [];
  const out: Candidate[] = [];
  if (ctx.passage) out.push({ ...ctx.passage, resolvable: true });
  for (const p of ctx.earlier ?? []) out.push({ ...p, resolvable: true });
  for (const p of ctx.asides ?? []) out.push({ ...p, resolvable: false });
  return out;
}

/** A context with these parts, leaving out the empty ones. */
function contextOf(passage: Passage | undefined, earlier: Passage[], asides: Passage[], fromHeading: boolean): DetectorContext | undefined {
  const ctx: DetectorContext = {};
  if (passage) ctx.passage = passage;
  if (earlier.length > 0) ctx.earlier = earlier;
  if (asides.length > 0) ctx.asides = asides;
  if (fromHeading && passage) ctx.fromHeading = true;
  return passage || earlier.length > 0 || asides.length > 0 ? ctx : undefined;
}

/**
 * The context after one match. `settled` says whether this block has named its passage (in its
 * running text, or by the section heading): only then is a cross-reference ignored entirely.
 */
export function advanceContext(ctx: DetectorContext | undefined, m: ContextMatch, settled: boolean): DetectorContext | undefined {
  const seen: Passage = { book: m.book, chapter: m.chapter };
  const passage = ctx?.passage;
  const earlier = ctx?.earlier ?? [];
  const asides = ctx?.asides ?? [];
  if (m.crossReference) {
    if (settled || (passage && samePassage(passage, seen)) || asides.some((a) => samePassage(a, seen))) return ctx;
    return contextOf(passage, earlier, [...asides, seen], ctx?.fromHeading === true);
  }
  const rest = asides.filter((a) => a.book !== m.book);
  if (!passage || passage.book === m.book) return contextOf(seen, earlier.filter((p) => p.book !== m.book), rest, ctx?.fromHeading === true);
  return contextOf(seen, [passage, ...earlier.filter((p) => p.book !== m.book)], rest, false);
}

/**
 * The context for the next block: `previous` advanced by this block's matches, as the detector
 * advanced it while reading the block.
 */
export function contextAfter(
  matches: ReadonlyArray<{ osis: string; crossReference?: true }>,
  previous?: DetectorContext,
): DetectorContext | undefined {
  let ctx = previous;
  let settled = previous?.fromHeading === true;
  for (const match of matches) {
    const p = passageOfOsis(match.osis);
    const m: ContextMatch = { book: p.book, chapter: p.chapter ?? 1 };
    if (match.crossReference) m.crossReference = true;
    ctx = advanceContext(ctx, m, settled);
    if (!m.crossReference) settled = true;
  }
  return ctx;
}

/**
 * The context a heading opens its section with: its last reference that is not after "cf."/"see"
 * (read with `heading: true`, so "(Heb 7:23-24)" counts); without references, the book it names
 * ("Hebrews"). Otherwise the section starts without context.
 */
export function contextOfHeading(
  text: string,
  matches: ReadonlyArray<{ osis: string; crossReference?: true }>,
): DetectorContext | undefined {
  if (matches.length > 0) {
    // Only cross-references ("cf. Num 20:28"): the heading does not say what the section is about.
    const ctx = contextAfter(matches.filter((m) => !m.crossReference));
    return ctx?.passage ? { ...ctx, fromHeading: true } : undefined;
  }
  const passage = bookOfHeading(text);
  return passage ? { passage, fromHeading: true } : undefined;
}

/** The book (and chapter) named at the end of a heading, and how it was written. */
export function nameAtEnd(text: string): { passage: Passage; full: boolean; ambiguous: boolean } | undefined {
  const m = /(?:[\s.]+(\d{1,3})(?:[:.](\d{1,3}))?)?(?:\s+\(?[A-Z]{2,6}\)?)?[\s.]*$/.exec(text);
  const end = m ? m.index : text.length;
  const hit = bookBefore(text, end, 0, false);
  if (!hit?.capitalised) return undefined;
  const chapter = m?.[1] ? Number(m[1]) : undefined;
  const valid = chapter !== undefined && chapter >= 1 && chapter <= chapterCount(hit.book);
  const passage: Passage = valid ? { book: hit.book, chapter } : { book: hit.book };
  return { passage, full: hit.key.full, ambiguous: hit.key.ambiguous };
}

/**
 * The book (and chapter) a heading or a context string names at its end:
 * "Hebrews", "The Letter to the Hebrews", "Romans 8", "John 3:16 NIV". Any
 * known name counts, abbreviations included, but it must be capitalised.
 */
export function bookOfHeading(text: string): Passage | undefined {
  return nameAtEnd(text)?.passage;
}
