/**
 * Markdown → draft article, through marked's lexer (tokens only: marked's
 * HTML renderer is never used, and raw HTML in the source is dropped).
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { tidyInlines, type DraftArticle, type DraftBlock, type DraftMeta, type DraftSection } from './draft';
import type { Inline } from './types';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Reads simple `key: value` front matter; values may be quoted. */
export function splitFrontMatter(source: string): { meta: Record<string, string>; body: string } {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { meta: {}, body: source };
  const meta: Record<string, string> = {};
  for (const line of match[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    meta[kv[1].toLowerCase()] = kv[2].trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return { meta, body: source.slice(match[0].length) };
}

type Marks = Pick<Inline, 'strong' | 'em' | 'code'>;

function inlineRuns(tokens: readonly Token[] | undefined, marks: Marks = {}): Inline[] {
  const runs: Inline[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        runs.push(...inlineRuns((token as Tokens.Strong).tokens, { ...marks, strong: true }));
        break;
      case 'em':
        runs.push(...inlineRuns((token as Tokens.Em).tokens, { ...marks, em: true }));
        break;
      case 'del':
      case 'link':
        // Keep the words of a link, never its address: articles carry no links.
        runs.push(...inlineRuns((token as Tokens.Link).tokens, marks));
        break;
      case 'codespan':
        runs.push({ text: decodeEntities((token as Tokens.Codespan).text), ...marks, code: true });
        break;
      case 'br':
        runs.push({ text: '\n', ...marks });
        break;
      case 'text':
      case 'escape': {
        const t = token as Tokens.Text;
        if (t.tokens && t.tokens.length > 0) runs.push(...inlineRuns(t.tokens, marks));
        else runs.push({ text: decodeEntities(t.text), ...marks });
        break;
      }
      case 'image':
        runs.push({ text: (token as Tokens.Image).text, ...marks });
        break;
      default:
        // Raw HTML and anything unknown is dropped: never rendered, never run.
        break;
    }
  }
  return runs;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };

/** marked escapes a few characters in text tokens; turn them back into text. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]);
}

function blocksOf(tokens: readonly Token[], into: DraftBlock[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'paragraph': {
        const inlines = tidyInlines(inlineRuns((token as Tokens.Paragraph).tokens));
        if (inlines.length > 0) into.push({ kind: 'paragraph', inlines });
        break;
      }
      case 'blockquote': {
        const inner: DraftBlock[] = [];
        blocksOf((token as Tokens.Blockquote).tokens, inner);
        const inlines: Inline[] = [];
        for (const block of inner) {
          if (inlines.length > 0) inlines.push({ text: '\n' });
          inlines.push(...block.inlines, ...(block.items ?? []).flatMap((item) => [...item, { text: '\n' }]));
        }
        const tidy = tidyInlines(inlines);
        if (tidy.length > 0) into.push({ kind: 'quote', inlines: tidy });
        break;
      }
      case 'list': {
        const list = token as Tokens.List;
        const items = list.items
          .map((item) => {
            const inner: DraftBlock[] = [];
            blocksOf(item.tokens, inner);
            // A tight list item's text arrives as a bare "text" token, read as a paragraph here;
            // a nested list's items follow the item's own text, so no words are lost.
            const parts = inner.flatMap((b) => (b.kind === 'list' ? (b.items ?? []) : [b.inlines]));
            return tidyInlines(parts.flatMap((part, i) => (i > 0 ? [{ text: i === 1 && inner[0]?.kind !== 'list' ? ': ' : '; ' }, ...part] : part)));
          })
          .filter((item) => item.length > 0);
        if (items.length > 0) into.push({ kind: 'list', inlines: [], items, ...(list.ordered ? { ordered: true as const } : {}) });
        break;
      }
      case 'text': {
        const inlines = tidyInlines(inlineRuns([token]));
        if (inlines.length > 0) into.push({ kind: 'paragraph', inlines });
        break;
      }
      default:
        // Headings are handled by the caller; code, tables, html and rules are not article prose.
        break;
    }
  }
}

/** Parses Markdown (with optional front matter) into a draft article. */
export function readMarkdown(source: string): DraftArticle {
  const { meta, body } = splitFrontMatter(source);
  const tokens = new Lexer().lex(body);
  const sections: DraftSection[] = [{ heading: '', blocks: [] }];
  let title = meta.title;
  for (const token of tokens) {
    if (token.type === 'heading') {
      const heading = tidyInlines(inlineRuns((token as Tokens.Heading).tokens)).map((r) => r.text).join('');
      if ((token as Tokens.Heading).depth === 1 && !title) {
        title = heading;
        continue;
      }
      sections.push({ heading, blocks: [] });
      continue;
    }
    blocksOf([token], sections[sections.length - 1].blocks);
  }
  const draftMeta: DraftMeta = {
    title,
    slug: meta.slug,
    summary: meta.summary,
    date: meta.date,
  };
  return { meta: draftMeta, sections: sections.filter((s, i) => i > 0 || s.blocks.length > 0) };
}
