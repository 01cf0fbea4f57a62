/**
 * Which block of which article best explains a passage.
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
import { compareVerses, formatRangeLabel, parseOsisRange, type PassageRange } from '../bible/osis';
import { plainText } from './draft';
import type { Article, ArticleBlock, Explanation, ExplanationResult, Inline, MatchKind } from './types';

/** "Nearby" for a related match: within this many verses in the same chapter. */
export const RELATED_VERSE_DISTANCE = 5;
/** The card's excerpt length: about five lines of the card's width. */
export const EXCERPT_MAX_CHARS = 500;

export type ArticleOrder = 'bundled-first' | 'mine-first';

const RANK: Record<MatchKind, number> = { same: 0, overlap: 1, quoted: 2, related: 3 };

const sameRange = (a: PassageRange, b: PassageRange) =>
  compareVerses(a.start, b.start) === 0 && compareVerses(a.end, b.end) === 0;

const overlaps = (a: PassageRange, b: PassageRange) =>
  compareVerses(a.start, b.end) <= 0 && compareVerses(b.start, a.end) <= 0;

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

/** Finds the best explanation of `target` across the articles. */
export function findExplanation(
  articles: readonly Article[],
  target: PassageRange,
  order: ArticleOrder = 'bundled-first',
): ExplanationResult {
  const bestPerArticle: Candidate[] = [];
  for (const article of articles) {
    let best: Candidate | undefined;
    article.sections.forEach((section, sectionIndex) =>
      section.blocks.forEach((block, blockIndex) => {
        const found = classify(block, target);
        if (!found) return;
        const candidate: Candidate = { article, sectionIndex, blockIndex, block, ...found };
        if (!best || compareCandidates(candidate, best, order) < 0) best = candidate;
      }),
    );
    if (best) bestPerArticle.push(best);
  }
  if (bestPerArticle.length === 0) return { more: 0 };
  bestPerArticle.sort((a, b) => compareCandidates(a, b, order));
  const [winner, ...others] = bestPerArticle;
  const more = winner.kind === 'related' ? 0 : others.filter((c) => c.kind !== 'related').length;
  return { best: toExplanation(winner), more };
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
    slug: candidate.article.slug,
    articleTitle: candidate.article.title,
    sectionId: section.id,
    sectionHeading: section.heading,
    blockId: candidate.block.id,
    match: candidate.kind,
    excerpt,
    cut,
    ...(related ? { relatedLabel: formatRangeLabel(related) } : {}),
  };
}

/**
 * Cuts runs to at most `max` characters, at the last sentence end that
 * leaves at least a third of the budget, else at a word boundary with "…".
 */
export function cutExcerpt(inlines: readonly Inline[], max: number): { excerpt: Inline[]; cut: boolean } {
  const text = plainText(inlines);
  if (text.length <= max) return { excerpt: inlines.map((r) => ({ ...r })), cut: false };
  let at = -1;
  const sentenceEnd = /[.!?][”’")\]]*(?=\s)/g;
  for (let m = sentenceEnd.exec(text); m && m.index + m[0].length <= max; m = sentenceEnd.exec(text)) {
    at = m.index + m[0].length;
  }
  let ellipsis = false;
  if (at < max / 3) {
    const space = text.lastIndexOf(' ', max - 1);
    at = space > 0 ? space : max - 1;
    ellipsis = true;
  }
  const out: Inline[] = [];
  let offset = 0;
  for (const run of inlines) {
    if (offset >= at) break;
    const piece = run.text.slice(0, at - offset);
    // Never leave half a reference marked as one.
    out.push(run.ref && piece.length < run.text.length ? { ...run, text: piece, ref: undefined } : { ...run, text: piece });
    offset += run.text.length;
  }
  if (ellipsis) out.push({ text: '…' });
  return { excerpt: out.map(({ ref, ...rest }) => (ref ? { ...rest, ref } : rest)), cut: true };
}
