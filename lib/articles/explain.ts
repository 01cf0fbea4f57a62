/**
 * Which block of each article best explains a passage. The catalogue
 * (lib/explanations/catalogue.ts) merges these with the commentaries.
 *
 * Ranked, in order:
 *  (a) "same": a block cites exactly the passage;
 *  (b) "overlap": a block cites a passage containing or overlapping it;
 *  (c) "quoted": the passage is quoted, and the paragraphs after the quote explain it;
 *  (d) "related": a block cites a nearby verse of the same chapter;
 *  otherwise nothing.
 * Within a rank, a block whose subject is the passage beats one that merely
 * lists it; then the reader's preferred source; then the block that cites
 * fewer passages (a focused paragraph over a list); then reading order.
 */
import { compareVerses, formatRangeLabel, overlaps, parseOsisRange, type PassageRange } from '../bible/osis';
import { cutExcerpt, EXCERPT_MAX_CHARS } from '../explanations/excerpt';
import { MATCH_RANK as RANK, type Explanation, type MatchKind } from '../explanations/types';
import type { Article, ArticleBlock, Inline } from './types';

/** "Nearby" for a related match: within this many verses in the same chapter. */
const RELATED_VERSE_DISTANCE = 5;
export type ArticleOrder = 'bundled-first' | 'mine-first';

const sameRange = (a: PassageRange, b: PassageRange) =>
  compareVerses(a.start, b.start) === 0 && compareVerses(a.end, b.end) === 0;

/** Verses between two passages of the same chapter; Infinity otherwise. */
function distanceBetween(a: PassageRange, b: PassageRange): number {
  const sameChapter = (x: PassageRange['start'], y: PassageRange['start']) => x.book === y.book && x.chapter === y.chapter;
  if (!sameChapter(a.start, b.start) && !sameChapter(a.end, b.end)) return Infinity;
  return Math.min(Math.abs(a.start.verse - b.end.verse), Math.abs(b.start.verse - a.end.verse));
}

interface Candidate {
  readonly article: Article;
  readonly sectionIndex: number;
  readonly blockIndex: number;
  readonly block: ArticleBlock;
  readonly kind: MatchKind;
  readonly isSubject: boolean;
  readonly relatedOsis?: string;
  /** For related matches: verses between the cited passage and the target. */
  readonly distance: number;
}

function classify(block: ArticleBlock, target: PassageRange): Omit<Candidate, 'article' | 'sectionIndex' | 'blockIndex' | 'block'> | undefined {
  // A quote block is the passage itself, not an explanation of it.
  const refs = block.kind === 'quote' ? [] : block.refs;
  let best: { kind: MatchKind; osis: string } | undefined;
  for (const osis of refs) {
    const range = parseOsisRange(osis);
    if (!range) continue;
    const kind: MatchKind | undefined = sameRange(range, target)
      ? 'same'
      : overlaps(range, target)
        ? 'overlap'
        : undefined;
    if (kind && (!best || RANK[kind] < RANK[best.kind] || (RANK[kind] === RANK[best.kind] && osis === block.subject))) best = { kind, osis };
  }
  if (!best && block.explainsQuote) {
    const quoted = parseOsisRange(block.explainsQuote);
    if (quoted && overlaps(quoted, target)) best = { kind: 'quoted', osis: block.explainsQuote };
  }
  let distance = 0;
  if (!best) {
    distance = Infinity;
    for (const osis of refs) {
      const range = parseOsisRange(osis);
      const d = range ? distanceBetween(range, target) : Infinity;
      if (d <= RELATED_VERSE_DISTANCE && (d < distance || (d === distance && osis === block.subject))) {
        best = { kind: 'related', osis };
        distance = d;
      }
    }
  }
  if (!best) return undefined;
  return {
    kind: best.kind,
    isSubject: best.kind === 'quoted' || block.subject === best.osis,
    distance,
    ...(best.kind === 'related' ? { relatedOsis: best.osis } : {}),
  };
}

function compareCandidates(a: Candidate, b: Candidate, order: ArticleOrder): number {
  const preferred = order === 'mine-first' ? 'imported' : 'bundled';
  return (
    RANK[a.kind] - RANK[b.kind] ||
    a.distance - b.distance ||
    Number(b.isSubject) - Number(a.isSubject) ||
    Number(b.article.source === preferred) - Number(a.article.source === preferred) ||
    a.block.refs.length - b.block.refs.length ||
    a.sectionIndex - b.sectionIndex ||
    a.blockIndex - b.blockIndex
  );
}

/** The best block of each article that explains `target`, best first ("related" matches last). */
export function findArticleExplanations(
  articles: readonly Article[],
  target: PassageRange,
  order: ArticleOrder = 'bundled-first',
): Explanation[] {
  const bestPerArticle: Candidate[] = [];
  for (const article of articles) {
    let best: Candidate | undefined;
    article.sections.forEach((section, sectionIndex) => {
      section.blocks.forEach((block, blockIndex) => {
        const found = classify(block, target);
        if (!found) return;
        const candidate: Candidate = { article, sectionIndex, blockIndex, block, ...found };
        if (!best || compareCandidates(candidate, best, order) < 0) best = candidate;
      });
    });
    if (best) bestPerArticle.push(best);
  }
  return bestPerArticle.sort((a, b) => compareCandidates(a, b, order)).map(toExplanation);
}

function toExplanation(candidate: Candidate): Explanation {
  const section = candidate.article.sections[candidate.sectionIndex];
  const inlines: Inline[] =
    candidate.block.kind === 'list'
      ? (candidate.block.items ?? []).flatMap((item, i) => [{ text: i === 0 ? '• ' : ' • ' }, ...item])
      : [...candidate.block.inlines];
  const { excerpt, cut } = cutExcerpt(inlines, EXCERPT_MAX_CHARS);
  const related = candidate.relatedOsis ? parseOsisRange(candidate.relatedOsis) : undefined;
  return {
    source: candidate.article.source,
    slug: candidate.article.slug,
    title: candidate.article.title,
    sectionId: section.id,
    sectionHeading: section.heading,
    blockId: candidate.block.id,
    match: candidate.kind,
    excerpt,
    cut,
    ...(related ? { relatedLabel: formatRangeLabel(related) } : {}),
  };
}
