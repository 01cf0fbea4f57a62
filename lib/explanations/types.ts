/**
 * What the card and the popup show as an explanation of a passage, whatever
 * its source: a block of one of our articles, of the reader's own, or of a
 * bundled public-domain commentary.
 */
import type { Inline } from '../articles/types';
import type { CommentarySourceId } from '../commentaries/types';

type ArticleSourceId = 'bundled' | 'imported';
export type ExplanationSource = ArticleSourceId | CommentarySourceId;

/** Every source, in the order the options page lists them. */
export const EXPLANATION_SOURCES: readonly ExplanationSource[] = ['bundled', 'imported', 'mhcc', 'tdavid'];

/** Which sources may explain a passage; a source turned off is never consulted. */
export type ExplanationSources = Readonly<Record<ExplanationSource, boolean>>;

/**
 * How a block relates to the passage, best first:
 * - same: an article block cites exactly the passage;
 * - overlap: it cites a passage containing or overlapping it;
 * - quoted: the passage is quoted and the paragraphs after the quote explain it;
 * - covers: a commentary block whose verses include (part of) the passage;
 * - related: an article block cites a nearby verse of the same chapter.
 */
export type MatchKind = 'same' | 'overlap' | 'quoted' | 'covers' | 'related';

export const MATCH_RANK: Readonly<Record<MatchKind, number>> = { same: 0, overlap: 1, quoted: 2, covers: 3, related: 4 };

/** Where "Read in full" opens: an article (or commentary) block. */
export interface ExplanationTarget {
  /** An article's slug, or a commentary's source id ("mhcc"). */
  readonly slug: string;
  readonly blockId: string;
}

export interface Explanation extends ExplanationTarget {
  readonly source: ExplanationSource;
  /** The article's title, or the commentary's ("Matthew Henry's Concise Commentary on the Whole Bible"). */
  readonly title: string;
  /** The article section's anchor, or the commentary chapter's ("rom-8"). */
  readonly sectionId: string;
  /** The article section's heading, or the passage a commentary block explains ("Romans 8:31–39"). */
  readonly sectionHeading: string;
  /** A commentary block's passage as OSIS, so the reading view can open its chapter. */
  readonly osis?: string;
  readonly match: MatchKind;
  /** The block cut to at most ~500 characters, reference runs marked. */
  readonly excerpt: readonly Inline[];
  /** True when the excerpt was cut short. */
  readonly cut: boolean;
  /** For a "related" match, the passage the block is about ("Romans 8:34"). */
  readonly relatedLabel?: string;
}

export interface ExplanationResult {
  /** Best first. Empty when nothing explains the passage. */
  readonly explanations: readonly Explanation[];
}

export interface SearchSegment {
  readonly text: string;
  readonly hit?: true;
}

/** One search hit: a block of an article or a commentary. */
export interface SearchResult extends ExplanationTarget {
  readonly source: ExplanationSource;
  readonly title: string;
  readonly sectionId: string;
  readonly sectionHeading: string;
  /** A commentary block's passage as OSIS, so the reading view can open its chapter. */
  readonly osis?: string;
  /** A window of the block's text around the first hit, hits marked. */
  readonly snippet: readonly SearchSegment[];
}
