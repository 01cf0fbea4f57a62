/**
 * Search across the articles' titles, headings, paragraphs and the passages
 * they cite.
 *
 * A query that reads as a Bible reference ("rom 8", "Heb 4:16") finds the
 * blocks citing an overlapping passage: a reader looking for Romans 8 wants
 * Romans 8:34, not paragraphs containing the letters "rom". Any other query
 * goes through fuse.js, which forgives typos and word forms ("intercede"
 * finds "intercedes"). Hits are marked for display as plain segments.
 */
import Fuse from 'fuse.js';
import { compareVerses, formatRangeLabel, parseOsisRange, type PassageRange } from '../bible/osis';
import { findReferences } from '../references';
import { plainText } from './draft';
import type { Article } from './types';

export interface SearchSegment {
  readonly text: string;
  readonly hit?: true;
}

export interface SearchResult {
  readonly slug: string;
  readonly articleTitle: string;
  readonly sectionId: string;
  readonly sectionHeading: string;
  readonly blockId: string;
  /** A window of the block's text around the first hit, hits marked. */
  readonly snippet: readonly SearchSegment[];
}

interface SearchDoc {
  readonly slug: string;
  readonly articleTitle: string;
  readonly sectionId: string;
  readonly sectionHeading: string;
  readonly blockId: string;
  readonly text: string;
  /** The cited passages as labels, so "Romans 8:34" is searchable by name. */
  readonly refLabels: string;
  readonly refs: readonly PassageRange[];
}

export const MAX_RESULTS = 20;
/** Characters of context shown around a hit. */
const SNIPPET_CHARS = 160;

function docsOf(articles: readonly Article[]): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const article of articles) {
    for (const section of article.sections) {
      for (const block of section.blocks) {
        const text =
          block.kind === 'list'
            ? (block.items ?? []).map((item) => plainText(item)).join(' · ')
            : plainText(block.inlines) + (block.attribution ? ` — ${block.attribution}` : '');
        const refs = block.refs.map(parseOsisRange).filter((r): r is PassageRange => !!r);
        docs.push({
          slug: article.slug,
          articleTitle: article.title,
          sectionId: section.id,
          sectionHeading: section.heading,
          blockId: block.id,
          text,
          refLabels: refs.map(formatRangeLabel).join('; '),
          refs,
        });
      }
    }
  }
  return docs;
}

const overlaps = (a: PassageRange, b: PassageRange) =>
  compareVerses(a.start, b.end) <= 0 && compareVerses(b.start, a.end) <= 0;

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
function snippetAround(text: string, terms: readonly string[]): SearchSegment[] {
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

export interface ArticleSearch {
  search(query: string): SearchResult[];
}

export function createArticleSearch(articles: readonly Article[]): ArticleSearch {
  const docs = docsOf(articles);
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'text', weight: 1 },
      { name: 'sectionHeading', weight: 0.6 },
      { name: 'articleTitle', weight: 0.3 },
      { name: 'refLabels', weight: 0.8 },
    ],
    ignoreLocation: true,
    threshold: 0.3,
    minMatchCharLength: 2,
    useExtendedSearch: false,
  });
  const result = (doc: SearchDoc, snippet: SearchSegment[]): SearchResult => ({
    slug: doc.slug,
    articleTitle: doc.articleTitle,
    sectionId: doc.sectionId,
    sectionHeading: doc.sectionHeading,
    blockId: doc.blockId,
    snippet,
  });

  return {
    search(query) {
      const q = query.trim();
      if (q.length < 2) return [];
      // Whole query reads as a passage: search by passage.
      const refs = findReferences(q, { chapterOnlyAbbreviations: true });
      if (refs.length === 1 && refs[0].start <= 1 && refs[0].end >= q.length - 1) {
        const target = parseOsisRange(refs[0].osis);
        if (target) {
          return docs
            .filter((doc) => doc.refs.some((r) => overlaps(r, target)))
            .slice(0, MAX_RESULTS)
            .map((doc) => {
              const labels = doc.refs.filter((r) => overlaps(r, target)).map(formatRangeLabel);
              return result(doc, snippetAround(doc.text, labels));
            });
        }
      }
      const terms = q.split(/\s+/);
      // Fuse ranks "priesthood" close to "high priest"; a reader typing a phrase wants it whole first.
      const phrase = q.toLowerCase();
      const found = fuse.search(q, { limit: MAX_RESULTS * 2 }).map(({ item }) => item);
      const whole = found.filter((doc) => doc.text.toLowerCase().includes(phrase));
      return [...whole, ...found.filter((doc) => !whole.includes(doc))]
        .slice(0, MAX_RESULTS)
        .map((item) => result(item, snippetAround(item.text, [q, ...terms])));
    },
  };
}
