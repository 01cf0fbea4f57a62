/**
 * Search hits for display: the words found, marked as plain segments that the
 * popup renders as elements (never HTML), in a short window of the text.
 */
import type { SearchSegment } from './types';

/** Characters of context shown around a hit. */
const SNIPPET_CHARS = 160;

/** Marks case-insensitive occurrences of the query's words (prefixes of words in the text). */
export function markHits(text: string, terms: readonly string[]): SearchSegment[] {
  const words = terms.map((t) => t.toLowerCase()).filter((t) => t.length >= 2);
  if (words.length === 0) return [{ text }];
  const lower = text.toLowerCase();
  const marks: Array<[number, number]> = [];
  for (const word of words) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) marks.push([at, at + word.length]);
  }
  marks.sort((a, b) => a[0] - b[0]);
  const out: SearchSegment[] = [];
  let pos = 0;
  for (const [s, e] of marks) {
    if (s < pos) continue;
    if (s > pos) out.push({ text: text.slice(pos, s) });
    out.push({ text: text.slice(s, e), hit: true });
    pos = e;
  }
  if (pos < text.length) out.push({ text: text.slice(pos) });
  return out;
}

/** The part of `text` around its first hit, cut at word boundaries. */
export function snippetAround(text: string, terms: readonly string[]): SearchSegment[] {
  const lower = text.toLowerCase();
  // Centre on the first term that occurs, in the order given: the whole query comes first.
  const first = terms.map((t) => lower.indexOf(t.toLowerCase())).find((i) => i >= 0) ?? Infinity;
  let start = Number.isFinite(first) ? Math.max(0, first - SNIPPET_CHARS / 3) : 0;
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const body = markHits(text.slice(start, end), terms);
  return [...(start > 0 ? [{ text: '…' }] : []), ...body, ...(end < text.length ? [{ text: '…' }] : [])];
}

