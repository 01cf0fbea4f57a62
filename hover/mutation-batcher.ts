/**
 * Watches a document and its open shadow roots with one MutationObserver and
 * turns a batch of records into what must be read again: the outermost
 * changed regions of each tree, and the nodes that left (their blocks are
 * forgotten; a moved node comes back as an added one).
 *
 * A region is as small as the change allows: an appended block element is
 * read alone, not with its parent, so an infinite-scroll feed costs the new
 * items only. The parent is read again only when the change splits or joins
 * its own text (a block inserted between two words of a paragraph). Past
 * MAX_BATCHED_MUTATIONS records in one tree, reading the whole tree is
 * cheaper than sorting out what changed (the trade-off Dark Reader makes).
 */
import { isCardHost, isSkippedElement } from './skip-rules';
import { blockElementOf, isInlineElement } from './text-blocks';

const MAX_BATCHED_MUTATIONS = 1000;

export type Tree = Document | ShadowRoot;

interface MutationBatch {
  /** Per tree, the regions to read again; a tree's top (body or shadow root) means all of it. */
  readonly regions: Map<Tree, Set<Node>>;
  readonly removed: Set<Node>;
}

export interface MutationBatcher {
  observe(tree: Tree): void;
  /** Stops watching trees that are gone. */
  forget(trees: readonly Tree[]): void;
  /** The records since the last call, as regions; undefined when nothing changed. */
  take(): MutationBatch | undefined;
  disconnect(): void;
}

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** The region that stands for a whole tree. */
export function topOf(tree: Tree): Node | null {
  return tree.nodeType === Node.DOCUMENT_NODE ? ((tree as Document).body ?? (tree as Document).documentElement) : tree;
}

/** Inside our card, or the card itself. */
function isOurs(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (isCardHost(n)) return true;
  return false;
}

/**
 * Whether, looking past whitespace, the sibling on one side is text or inline
 * content: a block inserted (or removed) between two such siblings splits
 * (or joins) the text of the block around it.
 */
function significantNeighbour(node: Node | null, next: boolean): boolean {
  let n = node;
  while (n && n.nodeType === Node.TEXT_NODE && (n as Text).data.trim() === '') n = next ? n.nextSibling : n.previousSibling;
  return !!n && (n.nodeType === Node.TEXT_NODE || isInlineElement(n));
}

const isBlockElement = (node: Node) => node.nodeType === Node.ELEMENT_NODE && !isInlineElement(node);

/** Where the text of `target`'s children flows: its block, or the shadow root itself. */
function blockAround(target: Node): Node | null {
  return target.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? target : blockElementOf(target);
}

/**
 * A block element sitting inside the text of the block around it (within an
 * inline element, or between words) splits that text only while it holds
 * text itself: when its text changes, the block around it is read again too.
 */
function blockForTextChange(target: Node): Node | null {
  let block = blockAround(target);
  for (let depth = 0; block && block.nodeType === Node.ELEMENT_NODE && depth < 8; depth++) {
    const parent = block.parentNode;
    if (!parent || parent.nodeType !== Node.ELEMENT_NODE) break;
    const inText = isInlineElement(parent) || (significantNeighbour(block.previousSibling, false) && significantNeighbour(block.nextSibling, true));
    if (!inText) break;
    block = blockAround(parent);
  }
  return block;
}

function regionsOf(records: readonly MutationRecord[], removed: Set<Node>): Map<Tree, Set<Node>> {
  const regions = new Map<Tree, Set<Node>>();
  const counts = new Map<Tree, number>();
  const add = (node: Node | null) => {
    if (!node?.isConnected || isOurs(node)) return;
    const tree = node.getRootNode() as Tree;
    const top = topOf(tree);
    if (!top) return;
    if (node.nodeType === Node.ELEMENT_NODE && isInSkipped(node as Element, top)) return;
    // The body itself (or <html>) changed: read the whole tree.
    const region = tree.nodeType === Node.DOCUMENT_NODE && (node === top || node === (tree as Document).documentElement) ? top : node;
    let set = regions.get(tree);
    if (!set) regions.set(tree, (set = new Set()));
    set.add(region);
  };
  for (const record of records) {
    const target = record.target;
    if (isOurs(target)) continue;
    const tree = target.getRootNode() as Tree;
    counts.set(tree, (counts.get(tree) ?? 0) + 1);
    if (record.type === 'characterData') {
      add(blockForTextChange(target));
      continue;
    }
    let parentText = false;
    let splits = false;
    for (const node of record.addedNodes) {
      if (isOurs(node)) continue;
      if (isBlockElement(node)) {
        add(node);
        splits = true;
      } else parentText = true;
    }
    for (const node of record.removedNodes) {
      removed.add(node);
      if (isBlockElement(node)) splits = true;
      else parentText = true;
    }
    // Inside an inline element, the text runs on past its ends: any block there splits or joins the block around it.
    if (splits && (isInlineElement(target) || (significantNeighbour(record.previousSibling, false) && significantNeighbour(record.nextSibling, true)))) {
      parentText = true;
    }
    if (parentText) add(blockForTextChange(target));
  }
  for (const [tree, count] of counts) {
    if (count > MAX_BATCHED_MUTATIONS) {
      const top = topOf(tree);
      if (top) regions.set(tree, new Set([top]));
    }
  }
  // Keep the outermost regions: an inner one is read with its ancestor.
  for (const set of regions.values()) {
    for (const region of set) {
      for (let p = region.parentNode; p; p = p.parentNode) {
        if (set.has(p)) {
          set.delete(region);
          break;
        }
      }
    }
  }
  return regions;
}

function isInSkipped(element: Element, top: Node): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
    if (el === top) break;
  }
  return false;
}

export function createMutationBatcher(onRecords: () => void): MutationBatcher {
  let pending: MutationRecord[] = [];
  const observed = new Set<Tree>();
  const observer = new MutationObserver((records) => {
    for (const record of records) pending.push(record);
    onRecords();
  });
  const watch = (tree: Tree) => observer.observe(tree, OPTIONS);
  return {
    observe(tree) {
      if (observed.has(tree)) return;
      observed.add(tree);
      watch(tree);
    },
    forget(trees) {
      if (!trees.some((t) => observed.delete(t))) return;
      // An observer cannot stop watching one node: start over with the trees that remain.
      pending.push(...observer.takeRecords());
      observer.disconnect();
      for (const tree of observed) watch(tree);
    },
    take() {
      pending.push(...observer.takeRecords());
      if (pending.length === 0) return undefined;
      const records = pending;
      pending = [];
      const removed = new Set<Node>();
      return { regions: regionsOf(records, removed), removed };
    },
    disconnect() {
      observer.disconnect();
      observed.clear();
      pending = [];
    },
  };
}
