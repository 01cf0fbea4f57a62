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
import { formatRangeLabel, overlaps, parseOsisRange, type PassageRange } from '../bible/osis';
import { findReferences } from '../references';
import { snippetAround } from '../explanations/snippet';
import type { SearchResult, SearchSegment } from '../explanations/types';
import { plainText } from './draft';
import type { Article } from './types';

interface SearchDoc {
  readonly source: Article['source'];
  readonly slug: string;
  readonly title: string;
  readonly sectionId: string;
  readonly sectionHeading: string;
  readonly blockId: string;
  readonly text: string;
  /** The cited passages as labels, so "Romans 8:34" is searchable by name. */
  readonly refLabels: string;
  readonly refs: readonly PassageRange[];
}

export const MAX_RESULTS = 20;

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
          source: article.source,
          slug: article.slug,
          title: article.title,
          sectionId: section.id,
          sectionHeading: section.heading,
          blockId: block.id,
          text,
          refLabels: refs.map((r) => formatRangeLabel(r)).join('; '),
          refs,
        });
      }
    }
  }
  return docs;
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
      { name: 'title', weight: 0.3 },
      { name: 'refLabels', weight: 0.8 },
    ],
    ignoreLocation: true,
    threshold: 0.3,
    minMatchCharLength: 2,
    useExtendedSearch: false,
  });
  const result = (doc: SearchDoc, snippet: SearchSegment[]): SearchResult => ({
    source: doc.source,
    slug: doc.slug,
    title: doc.title,
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
              const labels = doc.refs.filter((r) => overlaps(r, target)).map((r) => formatRangeLabel(r));
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
