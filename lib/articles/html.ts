/**
 * HTML → draft article, for imported .html files.
 *
 * The caller parses the file into a Document and hands it over: in the
 * browser `new DOMParser().parseFromString(html, 'text/html')`, in tests
 * happy-dom's. A document made by DOMParser is inert: its scripts never run,
 * its images and styles are never fetched, event-handler attributes never
 * fire, and it is never attached to a page. This module only READS it:
 *
 *  - kept: headings (h1–h6), paragraphs, blockquotes and lists (ul/ol/li),
 *    and loose text inside containers such as div or section (as paragraphs);
 *  - as TEXT only: each block becomes plain text runs (strong/b and em/i
 *    become marks, br a line break); no markup, attribute, address or URL
 *    is carried over;
 *  - skipped with all their content: script, style, template, iframe,
 *    object, embed, svg, math, noscript, canvas, media, form controls,
 *    images, and anything marked `hidden` or `aria-hidden="true"`.
 *
 * Nothing from the document is ever executed or inserted as HTML: the result
 * is a DraftArticle, later stored as escaped Markdown.
 */
import { tidyInlines, type DraftArticle, type DraftBlock, type DraftSection } from './draft';
import type { Inline } from './types';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose whole content is dropped. */
const SKIPPED = new Set([
  'script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'noscript', 'noembed', 'noframes', 'canvas', 'video', 'audio', 'picture', 'source', 'track', 'img', 'map',
  'area', 'input', 'button', 'select', 'textarea', 'option', 'datalist', 'output', 'meter', 'progress', 'head',
  'title', 'meta', 'link', 'base', 'dialog', 'slot', 'portal',
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that end a run of loose text: the text before and after them are separate paragraphs. */
const BLOCK_BREAKS = new Set([
  ...HEADINGS, 'p', 'blockquote', 'ul', 'ol', 'li', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside',
  'nav', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'dl', 'dt', 'dd',
  'pre', 'hr', 'address', 'details', 'summary', 'center', 'fieldset', 'legend', 'form', 'body', 'html', 'hgroup',
]);

type Marks = Pick<Inline, 'strong' | 'em'>;

function tagOf(node: Node): string {
  return node.nodeType === ELEMENT_NODE ? (node as Element).localName.toLowerCase() : '';
}

function isSkipped(element: Element): boolean {
  return (
    SKIPPED.has(element.localName.toLowerCase()) ||
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true'
  );
}

/** HTML whitespace collapses to one space; a no-break space stays. */
const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ');

/** Joins runs, collapses spaces across run edges and around line breaks (never two breaks in a row), trims. */
function tidyHtmlRuns(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  let lastChar = '\n';
  for (const run of runs) {
    let text = run.text.replace(/ *\n[ \n]*/g, '\n');
    if (lastChar === '\n') text = text.replace(/^[ \n]+/, '');
    else if (lastChar === ' ') text = text.replace(/^ +/, '');
    if (!text) continue;
    if (text.startsWith('\n') && out.length > 0) {
      const prev = out[out.length - 1];
      out[out.length - 1] = { ...prev, text: prev.text.replace(/ +$/, '') };
    }
    out.push({ ...run, text });
    lastChar = text[text.length - 1];
  }
  return tidyInlines(out);
}

function marksFor(tag: string, marks: Marks): Marks {
  return {
    ...marks,
    ...(tag === 'strong' || tag === 'b' ? { strong: true as const } : {}),
    ...(tag === 'em' || tag === 'i' ? { em: true as const } : {}),
  };
}

/** The text runs of one node, with strong/em marks. Block elements inside are read as text between line breaks. */
function inlineNode(node: Node, marks: Marks, into: Inline[]): void {
  if (node.nodeType === TEXT_NODE) {
    into.push({ text: collapse(node.nodeValue ?? ''), ...marks });
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const element = node as Element;
  if (isSkipped(element)) return;
  const tag = tagOf(element);
  if (tag === 'br') {
    into.push({ text: '\n', ...marks });
    return;
  }
  const block = BLOCK_BREAKS.has(tag);
  if (block) into.push({ text: '\n', ...marks });
  inlineRuns(element, marksFor(tag, marks), into);
  if (block) into.push({ text: '\n', ...marks });
}

function inlineRuns(parent: Node, marks: Marks, into: Inline[]): void {
  for (let child = parent.firstChild; child; child = child.nextSibling) inlineNode(child, marks, into);
}

function textOf(element: Element): Inline[] {
  const runs: Inline[] = [];
  inlineRuns(element, {}, runs);
  return tidyHtmlRuns(runs);
}

/** One line of heading text. */
function headingText(element: Element): string {
  return textOf(element)
    .map((r) => r.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A list's items; a nested list's items follow their parent item, as the draft has no nesting. */
function listItems(list: Element): Inline[][] {
  const items: Inline[][] = [];
  for (let child = list.firstElementChild; child; child = child.nextElementSibling) {
    if (isSkipped(child)) continue;
    if (tagOf(child) !== 'li') {
      // Stray content directly inside ul/ol: read it as an item of its own.
      const text = textOf(child);
      if (text.length > 0) items.push(text);
      continue;
    }
    const own: Inline[] = [];
    const nested: Element[] = [];
    for (let node = child.firstChild; node; node = node.nextSibling) {
      const tag = tagOf(node);
      if (tag === 'ul' || tag === 'ol') {
        nested.push(node as Element);
        continue;
      }
      inlineNode(node, {}, own);
    }
    const text = tidyHtmlRuns(own).map((run) => (run.text.includes('\n') ? { ...run, text: run.text.replace(/\n+/g, ' ') } : run));
    const tidy = tidyInlines(text);
    if (tidy.length > 0) items.push(tidy);
    for (const inner of nested) items.push(...listItems(inner));
  }
  return items;
}

interface Reader {
  title?: string;
  sections: { heading: string; blocks: DraftBlock[] }[];
  loose: Inline[];
}

function flushLoose(reader: Reader): void {
  const inlines = tidyHtmlRuns(reader.loose);
  reader.loose = [];
  // Loose text becomes one paragraph per line break run.
  const paragraphs: Inline[][] = [[]];
  for (const run of inlines) {
    const parts = run.text.split(/\n+/);
    parts.forEach((part, i) => {
      if (i > 0) paragraphs.push([]);
      if (part) paragraphs[paragraphs.length - 1].push({ ...run, text: part });
    });
  }
  for (const paragraph of paragraphs) {
    const tidy = tidyInlines(paragraph);
    if (tidy.length > 0) current(reader).push({ kind: 'paragraph', inlines: tidy });
  }
}

const current = (reader: Reader) => reader.sections[reader.sections.length - 1].blocks;

function walk(node: Node, reader: Reader, marks: Marks): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      reader.loose.push({ text: collapse(child.nodeValue ?? ''), ...marks });
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as Element;
    if (isSkipped(element)) continue;
    const tag = tagOf(element);
    if (tag === 'br') {
      reader.loose.push({ text: '\n' });
      continue;
    }
    if (!BLOCK_BREAKS.has(tag)) {
      // An inline element among loose text: read it with its marks.
      walk(element, reader, marksFor(tag, marks));
      continue;
    }
    flushLoose(reader);
    if (HEADINGS.has(tag)) {
      const heading = headingText(element);
      if (!heading) continue;
      if (tag === 'h1' && reader.title === undefined) reader.title = heading;
      else reader.sections.push({ heading, blocks: [] });
    } else if (tag === 'p') {
      const inlines = textOf(element);
      if (inlines.length > 0) current(reader).push({ kind: 'paragraph', inlines });
    } else if (tag === 'blockquote') {
      const inlines = textOf(element);
      if (inlines.length > 0) current(reader).push({ kind: 'quote', inlines });
    } else if (tag === 'ul' || tag === 'ol') {
      const items = listItems(element);
      if (items.length > 0) current(reader).push({ kind: 'list', inlines: [], items, ...(tag === 'ol' ? { ordered: true as const } : {}) });
    } else {
      walk(element, reader, {});
    }
    flushLoose(reader);
  }
}

/** Reads a parsed HTML document into a draft article: title from the first h1, else from <title>. */
export function htmlToDraft(doc: Document): DraftArticle {
  const reader: Reader = { sections: [{ heading: '', blocks: [] }], loose: [] };
  const root = doc.body ?? doc.documentElement;
  if (root) walk(root, reader, {});
  flushLoose(reader);
  const docTitle = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  const sections: DraftSection[] = reader.sections.filter((s, i) => i > 0 || s.blocks.length > 0);
  return { meta: { title: reader.title ?? (docTitle || undefined) }, sections };
}
