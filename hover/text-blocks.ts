/**
 * Groups a document's text nodes into blocks (paragraph-like runs of text),
 * so that a reference split across inline elements (`<b>Romans</b> 8:34`)
 * is read as one string, with a map from string offsets back to nodes.
 */
import { isSkippedElement } from './skip-rules';

/** Elements that flow inside a line; everything else starts a new block. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'LABEL',
  'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'NOBR', 'TT', 'BIG',
]);

export interface TextBlock {
  /** The block-level element the text flows in. */
  readonly element: Element;
  /** An h1–h6: kept even without digits, since a heading can name the book a section is about. */
  readonly heading: boolean;
  readonly nodes: readonly Text[];
  /** `starts[i]` is the offset of `nodes[i]` in `text`. */
  readonly starts: readonly number[];
  readonly text: string;
}

export function blockElementOf(node: Node): Element | null {
  let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && INLINE_TAGS.has(element.tagName.toUpperCase()) && element.parentElement) {
    element = element.parentElement;
  }
  return element;
}

/** Whether a node lies inside a skipped subtree (checked up to `root`). */
export function isInSkippedSubtree(node: Node, root: Node): boolean {
  for (let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
    if (el === root) break;
  }
  return false;
}

/** Cheap pre-filter: a block without a digit cannot hold a reference. */
const HAS_DIGIT = /\d/;
const HEADING = /^H[1-6]$/;

/**
 * Walks `root`'s text in document order and returns its blocks. Skipped
 * subtrees are pruned whole (FILTER_REJECT), so a 50,000-node page costs one
 * pass.
 */
export function collectTextBlocks(root: Node): TextBlock[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      return isSkippedElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
  const blocks: TextBlock[] = [];
  let current: { element: Element; nodes: Text[]; starts: number[]; parts: string[]; length: number } | undefined;
  const flush = () => {
    if (current) {
      const text = current.parts.join('');
      const heading = HEADING.test(current.element.tagName.toUpperCase());
      if (heading || HAS_DIGIT.test(text)) {
        blocks.push({ element: current.element, heading, nodes: current.nodes, starts: current.starts, text });
      }
    }
    current = undefined;
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data.length === 0) continue;
    const element = blockElementOf(text);
    if (!element) continue;
    if (!current || current.element !== element) {
      flush();
      current = { element, nodes: [], starts: [], parts: [], length: 0 };
    }
    current.nodes.push(text);
    current.starts.push(current.length);
    current.parts.push(text.data);
    current.length += text.data.length;
  }
  flush();
  return blocks;
}

/** Index of the node holding block offset `offset` (end-exclusive at `forEnd`). */
export function nodeIndexAt(block: TextBlock, offset: number, forEnd = false): number {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = block.starts[mid];
    if (start < offset || (!forEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A DOM Range for block offsets [start, end). */
export function rangeFor(block: TextBlock, start: number, end: number): Range {
  const doc = block.element.ownerDocument;
  const range = doc.createRange();
  const a = nodeIndexAt(block, start);
  const b = nodeIndexAt(block, end, true);
  range.setStart(block.nodes[a], start - block.starts[a]);
  range.setEnd(block.nodes[b], end - block.starts[b]);
  return range;
}
