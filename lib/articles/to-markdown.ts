/**
 * Draft or compiled article → Markdown with front matter: how imported
 * articles are stored (whatever they were imported from) and what "Export"
 * gives back.
 *
 * Text is escaped so that `readMarkdown(toMarkdown(draft))` reads back the
 * same sections, blocks and text. Markdown-significant characters are
 * backslash-escaped everywhere they could matter (`\ ` * _ [ ] < > ~ | # &`),
 * and the characters that only start a block at the beginning of a line
 * (`-`, `+`, `=`, "1." / "1)") are escaped there. Known limit: bold or italic
 * whose text starts or ends with punctuation directly next to a letter
 * outside it ("a**"b"**c") may come back without the mark; the words are kept.
 */
import type { DraftArticle, DraftBlock, DraftMeta, DraftSection } from './draft';
import type { Article, Inline } from './types';

const ALWAYS = /[\\`*_[\]<>~|#&]/g;

/** Escapes one line of text so Markdown reads it back as exactly this text. */
export function escapeLine(line: string): string {
  let out = line.replace(ALWAYS, (c) => `\\${c}`);
  // Only at the start of a line: list bullets, setext underlines, thematic breaks, ordered lists.
  const lead = /^(\s*)([-+=])/.exec(out);
  if (lead) out = `${lead[1]}\\${out.slice(lead[1].length)}`;
  else out = out.replace(/^(\s*\d+)([.)])/, '$1\\$2');
  return out;
}

/** Escapes text that may span lines; every line is escaped on its own. */
function escapeText(text: string): string {
  return text.split('\n').map(escapeLine).join('\n');
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A space inside each end keeps a backtick at the edge from joining the fence; one is stripped on reading.
  const pad = /^[`\s]|[`\s]$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Inline runs → Markdown: marks as `**`/`*`/backticks, whitespace kept outside the marks. */
function inlinesToMarkdown(inlines: readonly Inline[]): string {
  let out = '';
  for (const run of inlines) {
    if (run.code) {
      const span = codeSpan(run.text.replace(/\n/g, ' '));
      const mark = (run.strong ? '**' : '') + (run.em ? '*' : '');
      out += mark + span + [...mark].reverse().join('');
      continue;
    }
    const mark = (run.strong ? '**' : '') + (run.em ? '*' : '');
    if (!mark) {
      out += escapeText(run.text);
      continue;
    }
    const [, before, core, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text)!;
    out += escapeText(before);
    if (core) out += mark + escapeText(core) + mark;
    out += escapeText(after);
  }
  // Text that ends a line with spaces or a lone backslash would read as a hard break.
  return out.replace(/[ \t]+\n/g, '\n');
}

/** Continuation lines of a list item are indented to the item's text. */
function indentRest(text: string, width: number): string {
  return text.split('\n').join(`\n${' '.repeat(width)}`);
}

/** `style` 1 is the other bullet ("*", "1)"), used when a list follows a list of its kind. */
function blockToMarkdown(block: DraftBlock, style: 0 | 1): string {
  switch (block.kind) {
    case 'paragraph':
      return inlinesToMarkdown(block.inlines);
    case 'quote':
      return inlinesToMarkdown(block.inlines)
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'list':
      return (block.items ?? [])
        .map((item, i) => {
          const marker = block.ordered ? `${i + 1}${style ? ')' : '.'} ` : style ? '* ' : '- ';
          return marker + indentRest(inlinesToMarkdown(item), marker.length);
        })
        .join('\n');
  }
}

function frontMatterValue(value: string): string {
  // Always quoted: the reader strips one pair of matching quotes and keeps the rest verbatim.
  return `"${value.replace(/\s+/g, ' ').trim()}"`;
}

function frontMatter(meta: DraftMeta): string {
  const lines = ['---'];
  for (const key of ['title', 'slug', 'date', 'summary'] as const) {
    const value = meta[key];
    if (value !== undefined && value.trim() !== '') lines.push(`${key}: ${frontMatterValue(value)}`);
  }
  lines.push('---');
  return lines.join('\n');
}

function sectionToMarkdown(section: DraftSection): string[] {
  const parts: string[] = [];
  if (section.heading) parts.push(`## ${escapeLine(section.heading.replace(/\s+/g, ' ').trim())}`);
  let previous: DraftBlock | undefined;
  let style: 0 | 1 = 0;
  for (const block of section.blocks) {
    // Two lists of one kind in a row would merge into one; the other bullet starts a new list.
    style = block.kind === 'list' && previous?.kind === 'list' && !!previous.ordered === !!block.ordered && style === 0 ? 1 : 0;
    const text = blockToMarkdown(block, style);
    if (text.trim()) {
      parts.push(text);
      previous = block;
    }
  }
  return parts;
}

/** A draft article as Markdown with front matter (title, slug, date, summary when set). */
export function draftToMarkdown(draft: DraftArticle): string {
  const parts = [frontMatter(draft.meta)];
  for (const section of draft.sections) parts.push(...sectionToMarkdown(section));
  return `${parts.join('\n\n')}\n`;
}

/** A compiled article back to a draft: reference marks dropped, quote attributions put back as "— …" lines. */
export function articleToDraft(article: Article): DraftArticle {
  const strip = (inlines: readonly Inline[]): Inline[] => inlines.map(({ ref: _ref, ...run }) => run);
  return {
    meta: { title: article.title, slug: article.slug, date: article.date || undefined, summary: article.summary || undefined },
    sections: article.sections.map((section) => ({
      heading: section.heading,
      blocks: section.blocks.map((block): DraftBlock => {
        const inlines = strip(block.inlines);
        if (block.attribution) inlines.push({ text: `\n— ${block.attribution}` });
        return {
          kind: block.kind,
          inlines,
          ...(block.items ? { items: block.items.map(strip) } : {}),
          ...(block.ordered ? { ordered: true as const } : {}),
        };
      }),
    })),
  };
}

/** Either kind of article as Markdown, e.g. for "Export". */
export function toMarkdown(article: DraftArticle | Article): string {
  return draftToMarkdown('source' in article ? articleToDraft(article) : article);
}
