/**
 * Commentary blocks as explanations of a passage.
 *
 * A block "covers" the passage when its verses overlap it. Among covering
 * blocks, one that holds the whole passage beats one that holds part of it,
 * then the narrower block wins (Spurgeon on Psalm 23:1 before Henry on
 * Psalm 23:1–6), then the order of the sources, then reading order.
 */
import { markReferences } from '../articles/compile';
import type { Inline } from '../articles/types';
import { formatOsisRange, formatRangeLabel, type PassageRange } from '../bible/osis';
import type { CommentaryReader, CoveringBlock } from '../commentaries/reader';
import type { CommentarySourceId } from '../commentaries/types';
import { findReferences } from '../references';
import { cutExcerpt, EXCERPT_MAX_CHARS } from './excerpt';
import { focusOffset } from './focus';
import type { Explanation } from './types';

/** More blocks of one source than this would only repeat the neighbourhood. */
const MAX_BLOCKS_PER_SOURCE = 3;

export function commentaryBlockRange(covering: CoveringBlock): PassageRange {
  const { book, chapter, block } = covering;
  return { start: { book, chapter, verse: block.startVerse }, end: { book, chapter, verse: block.endVerse } };
}

function holdsWhole(covering: CoveringBlock, target: PassageRange): boolean {
  const { book, chapter, block } = covering;
  const { start, end } = target;
  return start.book === book && end.book === book && start.chapter === chapter && end.chapter === chapter &&
    block.startVerse <= start.verse && block.endVerse >= end.verse;
}

/** Text of a block as runs, with the references in it marked as in an article. */
function markedRuns(covering: CoveringBlock, text: string): Inline[] {
  const matches = findReferences(text, { context: { passage: { book: covering.book, chapter: covering.chapter } } });
  return markReferences([{ text }], matches);
}

/**
 * The card's view of a commentary block. With `passageText`, the excerpt of a
 * long block starts where the block speaks of that passage (lib/explanations/focus.ts).
 */
function toCommentaryExplanation(source: CommentarySourceId, title: string, covering: CoveringBlock, passageText?: string): Explanation {
  const range = commentaryBlockRange(covering);
  const text = covering.block.paragraphs.join(' ');
  const at = passageText ? focusOffset(text, passageText, EXCERPT_MAX_CHARS) : 0;
  const cutRuns = cutExcerpt(markedRuns(covering, text.slice(at)), EXCERPT_MAX_CHARS);
  const excerpt = at > 0 ? [{ text: '… ' }, ...cutRuns.excerpt] : cutRuns.excerpt;
  const cut = at > 0 || cutRuns.cut;
  return {
    source,
    slug: source,
    title,
    sectionId: `${covering.book}-${covering.chapter}`.toLowerCase(),
    sectionHeading: formatRangeLabel(range),
    blockId: covering.block.id,
    osis: formatOsisRange(range),
    match: 'covers',
    excerpt,
    cut,
  };
}

interface Ranked {
  readonly source: CommentarySourceId;
  readonly title: string;
  readonly covering: CoveringBlock;
  readonly sourceOrder: number;
  readonly readingOrder: number;
}

const span = (c: CoveringBlock) => c.block.endVerse - c.block.startVerse;

const compareFor = (target: PassageRange) => (a: Ranked, b: Ranked) =>
  Number(holdsWhole(b.covering, target)) - Number(holdsWhole(a.covering, target)) ||
  span(a.covering) - span(b.covering) ||
  a.sourceOrder - b.sourceOrder ||
  a.readingOrder - b.readingOrder;

/** The blocks of the given sources that cover `target`, best first, at most a few per source. */
export async function findCommentaryExplanations(
  reader: CommentaryReader,
  sources: readonly CommentarySourceId[],
  target: PassageRange,
  passageText?: string,
): Promise<Explanation[]> {
  const compare = compareFor(target);
  const perSource = await Promise.all(
    sources.map(async (source, sourceOrder): Promise<Ranked[]> => {
      const [index, blocks] = await Promise.all([reader.index(source), reader.blocksCovering(source, target)]);
      return blocks
        .map((covering, readingOrder) => ({ source, title: index.title, covering, sourceOrder, readingOrder }))
        .sort(compare)
        .slice(0, MAX_BLOCKS_PER_SOURCE);
    }),
  );
  return perSource
    .flat()
    .sort(compare)
    .map((c) => toCommentaryExplanation(c.source, c.title, c.covering, passageText));
}
