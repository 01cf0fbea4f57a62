/**
 * Word search across the commentaries.
 *
 * The commentaries are several megabytes of plain text, too much for fuzzy
 * matching to answer within 100 ms, so this is an exact search: every word of
 * the query must begin a word of the block ("interced" finds "intercession"),
 * and blocks holding the whole phrase come first, then those with more hits.
 * It is built once from every part of a source, when the reader first
 * searches by words, and answers each query with one pass over the text.
 */
import { formatOsisRange, formatRangeLabel } from '../bible/osis';
import type { OsisBook } from '../bible/books';
import { snippetAround } from '../explanations/snippet';
import type { SearchResult } from '../explanations/types';
import { commentaryBlockRange } from '../explanations/commentary-explanations';
import type { CoveringBlock } from './reader';
import type { CommentaryIndex, CommentaryPart } from './types';

interface Entry {
  readonly index: CommentaryIndex;
  readonly covering: CoveringBlock;
  readonly text: string;
  readonly lower: string;
}

export interface CommentarySearch {
  search(query: string, limit: number): SearchResult[];
  /** Blocks indexed, for the benchmark's report. */
  readonly size: number;
}

/** Query words shorter than this match too much to mean anything. */
const MIN_TERM_CHARS = 2;

const isLetter = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127;

/** How many times `term` begins a word of `lower`. */
function countWordStarts(lower: string, term: string): number {
  let count = 0;
  for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) {
    if (at === 0 || !isLetter(lower.charCodeAt(at - 1))) count++;
  }
  return count;
}

export function toSearchResult(index: CommentaryIndex, covering: CoveringBlock, text: string, terms: readonly string[]): SearchResult {
  const range = commentaryBlockRange(covering);
  return {
    source: index.source,
    slug: index.source,
    title: index.title,
    sectionId: `${covering.book}-${covering.chapter}`.toLowerCase(),
    sectionHeading: formatRangeLabel(range),
    blockId: covering.block.id,
    osis: formatOsisRange(range),
    snippet: snippetAround(text, terms),
  };
}

export function createCommentarySearch(sources: ReadonlyArray<{ index: CommentaryIndex; parts: readonly CommentaryPart[] }>): CommentarySearch {
  const entries: Entry[] = [];
  for (const { index, parts } of sources) {
    for (const part of parts) {
      for (const chapter of part.chapters) {
        for (const block of chapter.blocks) {
          const text = block.paragraphs.join(' ');
          entries.push({ index, covering: { book: part.book as OsisBook, chapter: chapter.chapter, block }, text, lower: text.toLowerCase() });
        }
      }
    }
  }
  return {
    size: entries.length,
    search(query, limit) {
      const phrase = query.trim().toLowerCase().replace(/\s+/g, ' ');
      // Longest first: a long word is usually the rare one, so most blocks are ruled out by the first test.
      const terms = [...new Set(phrase.split(' ').filter((t) => t.length >= MIN_TERM_CHARS))].sort((a, b) => b.length - a.length);
      if (terms.length === 0) return [];
      const scored: Array<{ entry: Entry; score: number; order: number }> = [];
      entries.forEach((entry, order) => {
        let score = 0;
        for (const term of terms) {
          const n = countWordStarts(entry.lower, term);
          if (n === 0) return;
          score += Math.min(n, 5);
        }
        if (terms.length > 1 && entry.lower.includes(phrase)) score += 100;
        scored.push({ entry, score, order });
      });
      return scored
        .sort((a, b) => b.score - a.score || a.order - b.order)
        .slice(0, limit)
        .map(({ entry }) => toSearchResult(entry.index, entry.covering, entry.text, [phrase, ...terms]));
    },
  };
}
