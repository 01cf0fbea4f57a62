/**
 * The compiled shape of an article: what the Markdown becomes at build time
 * (bundled articles) or at import time (the reader's own), and what the card
 * and the popup render as Preact elements. Never HTML.
 */

/** A run of inline text. `ref` marks a Bible reference found in it. */
export interface Inline {
  readonly text: string;
  readonly strong?: true;
  readonly em?: true;
  readonly code?: true;
  /** OSIS of the reference this run spells, when it is one. */
  readonly ref?: string;
}

export type BlockKind = 'paragraph' | 'quote' | 'list';

export interface ArticleBlock {
  /** Unique within the article; used as the DOM anchor in the reading view. */
  readonly id: string;
  readonly kind: BlockKind;
  /** Paragraph and quote text. */
  readonly inlines: readonly Inline[];
  /** List items (kind "list"). */
  readonly items?: readonly (readonly Inline[])[];
  /** Whether a list is numbered. */
  readonly ordered?: true;
  /** A quote's attribution line, e.g. "— Hebrews 7:25", without the dash. */
  readonly attribution?: string;
  /** Every passage the block cites, as OSIS, in reading order. */
  readonly refs: readonly string[];
  /** The passage the block is about: its first reference, a quote's attribution, or "according to …". */
  readonly subject?: string;
  /** For a paragraph after a quoted passage: the OSIS of that quote. */
  readonly explainsQuote?: string;
}

export interface ArticleSection {
  /** Anchor id from the heading ("one-mediator"); "intro" before the first heading. */
  readonly id: string;
  readonly heading: string;
  readonly blocks: readonly ArticleBlock[];
}

export interface Article {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly date: string;
  readonly source: 'bundled' | 'imported';
  readonly sections: readonly ArticleSection[];
}
