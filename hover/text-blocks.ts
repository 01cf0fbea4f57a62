/**
 * Groups a document's text nodes into blocks (paragraph-like runs of text),
 * so that a reference split across inline elements (`<b>Romans</b> 8:34`)
 * is read as one string, with a map from string offsets back to nodes.
 *
 * The walk can be done in slices (`createBlockCollector`), so a 1 MB page is
 * never read in one long task.
 */
import { isSkippedElement } from './skip-rules';

/** Elements that flow inside a line; everything else starts a new block. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'LABEL',
  'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'NOBR', 'TT', 'BIG',
]);

/** What text flows in: a block-level element, or a shadow root for text placed directly in it. */
export type BlockNode = Element | ShadowRoot;

export interface TextBlock {
  /** The block-level element (or shadow root) the text flows in. */
  readonly element: BlockNode;
  /** An h1–h6: kept even without digits, since a heading can name the book a section is about. */
  readonly heading: boolean;
  readonly nodes: readonly Text[];
  /** `starts[i]` is the offset of `nodes[i]` in `text`. */
  readonly starts: readonly number[];
  readonly text: string;
}

export function isInlineElement(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && INLINE_TAGS.has((node as Element).tagName.toUpperCase());
}

const isShadowRoot = (node: Node | null): node is ShadowRoot => !!node && node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;

/** The block a node's text flows in: its nearest non-inline ancestor (or itself), else its shadow root. */
export function blockElementOf(node: Node): BlockNode | null {
  let current: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
  while (current && current.nodeType === Node.ELEMENT_NODE) {
    if (!INLINE_TAGS.has((current as Element).tagName.toUpperCase())) return current as Element;
    const parent: Node | null = current.parentNode;
    if (!parent || parent.nodeType !== Node.ELEMENT_NODE) return isShadowRoot(parent) ? parent : (current as Element);
    current = parent;
  }
  return isShadowRoot(current) ? current : null;
}

/** Whether a node lies inside a skipped subtree (checked up to `root`, within its tree). */
function isInSkippedSubtree(node: Node, root: Node): boolean {
  for (let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
    if (el === root) break;
  }
  return false;
}

/** Cheap pre-filter: a block without a digit cannot hold a reference. */
const HAS_DIGIT = /\d/;
const HEADING = /^H[1-6]$/;

const isHeading = (block: BlockNode) => block.nodeType === Node.ELEMENT_NODE && HEADING.test((block as Element).tagName.toUpperCase());

/** Nodes between time checks: a check costs more than a node. */
const NODES_PER_CHECK = 64;

export interface BlockCollector {
  /** Walks on until the walk ends (true) or `timeUp()` says stop (false). */
  step(timeUp: () => boolean): boolean;
  /** The blocks completed since the last call (a block still being read is kept back). */
  take(): TextBlock[];
  /** Whether the walk lost its place: the node it stood on left `region`. */
  lost(): boolean;
}

/**
 * Walks `region`'s text in document order, a slice at a time. Skipped subtrees
 * are pruned whole (FILTER_REJECT). `onElement` sees every element the walk
 * enters (to find shadow hosts).
 */
export function createBlockCollector(region: Node, onElement?: (element: Element) => void, startAt?: Element): BlockCollector {
  const doc = region.ownerDocument ?? (region as Document);
  const walker = doc.createTreeWalker(region, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      if (isSkippedElement(node as Element)) return NodeFilter.FILTER_REJECT;
      onElement?.(node as Element);
      return NodeFilter.FILTER_SKIP;
    },
  });
  // The walker asks about descendants only: the region itself may be a shadow host too.
  if (region.nodeType === Node.ELEMENT_NODE) onElement?.(region as Element);
  // Starting at an element: the walk goes on from its first child.
  if (startAt) walker.currentNode = startAt;
  let done: TextBlock[] = [];
  let current: { element: BlockNode; nodes: Text[]; starts: number[]; parts: string[]; length: number } | undefined;
  let finished = false;
  const flush = () => {
    if (current) {
      const text = current.parts.join('');
      const heading = isHeading(current.element);
      if (heading || HAS_DIGIT.test(text)) done.push({ element: current.element, heading, nodes: current.nodes, starts: current.starts, text });
    }
    current = undefined;
  };
  return {
    step(timeUp) {
      if (finished) return true;
      for (let count = 1; ; count++) {
        const node = walker.nextNode() as Text | null;
        if (!node) {
          flush();
          finished = true;
          return true;
        }
        if (node.data.length > 0) {
          const element = blockElementOf(node);
          if (element) {
            if (!current || current.element !== element) {
              flush();
              current = { element, nodes: [], starts: [], parts: [], length: 0 };
            }
            current.nodes.push(node);
            current.starts.push(current.length);
            current.parts.push(node.data);
            current.length += node.data.length;
          }
        }
        if (count % NODES_PER_CHECK === 0 && timeUp()) return false;
      }
    },
    take() {
      const blocks = done;
      done = [];
      return blocks;
    },
    lost() {
      const at = walker.currentNode;
      return at !== region && !region.contains(at);
    },
  };
}

/**
 * The blocks in view, read from the element at the top of the viewport down
 * to the first block below it, so that what the reader sees is underlined
 * before the rest of a long page is read. Empty when the page is scrolled to
 * its top (the walk from the start gets there first anyway).
 */
export function collectBlocksInView(root: Element, win: Window, maxSteps = 60): TextBlock[] {
  const doc = root.ownerDocument;
  let start: Element | null = null;
  for (const x of [0.5, 0.25, 0.75]) {
    const hit = doc.elementFromPoint(win.innerWidth * x, 2);
    if (hit && hit !== root && hit !== doc.documentElement && root.contains(hit)) {
      start = hit;
      break;
    }
  }
  const block = start && blockElementOf(start);
  if (!block || block.nodeType !== Node.ELEMENT_NODE || block === root || isInSkippedSubtree(block, root)) return [];
  // Up to the block element's own first position, so the first block read is whole.
  const collector = createBlockCollector(root, undefined, block as Element);
  const found: TextBlock[] = [];
  for (let step = 0; step < maxSteps; step++) {
    const done = collector.step(() => true);
    const blocks = collector.take();
    found.push(...blocks);
    const last = blocks[blocks.length - 1];
    if (done || (last && last.element.nodeType === Node.ELEMENT_NODE && (last.element as Element).getBoundingClientRect().top > win.innerHeight)) break;
  }
  return found;
}

/** Walks `root` in one go and returns its blocks. */
export function collectTextBlocks(root: Node): TextBlock[] {
  const collector = createBlockCollector(root);
  collector.step(() => false);
  return collector.take();
}

/**
 * The block that starts at `first`, read again from the page (its text is not
 * kept once its references are found). Undefined when the page moved it.
 */
export function collectBlockAt(first: Text, element: BlockNode): TextBlock | undefined {
  if (!first.isConnected || blockElementOf(first) !== element) return undefined;
  const walker = first.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.TEXT_NODE ? NodeFilter.FILTER_ACCEPT : isSkippedElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP,
  });
  walker.currentNode = first;
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let node: Node | null = first; node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data.length === 0) continue;
    if (blockElementOf(text) !== element) break;
    nodes.push(text);
    starts.push(length);
    parts.push(text.data);
    length += text.data.length;
  }
  return { element, heading: isHeading(element), nodes, starts, text: parts.join('') };
}

/** Index of the node holding block offset `offset` (end-exclusive at `forEnd`). */
function nodeIndexAt(block: TextBlock, offset: number, forEnd = false): number {
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
  const doc = block.nodes[0].ownerDocument;
  const range = doc.createRange();
  const a = nodeIndexAt(block, start);
  const b = nodeIndexAt(block, end, true);
  range.setStart(block.nodes[a], start - block.starts[a]);
  range.setEnd(block.nodes[b], end - block.starts[b]);
  return range;
}
