/**
 * The references of one tree (a document or an open shadow root): its text
 * blocks in document order, each read by the detector with the context the
 * blocks before it leave ("v. 28" after "Romans 8").
 *
 * Blocks are read in two passes, both sliced: those in view first, with the
 * context of the nearest block already read (a guess), then every block in
 * order, which confirms the guess or reads the block again. A block keeps no
 * text once read: only its first node, its contexts and its references, so a
 * 1 MB page costs little memory.
 */
import type { DetectorContext, ReferenceMatch } from '../lib/references';
import type { Highlighter } from './highlighter';
import type { TimeUp } from './idle-work';
import { collectBlockAt, rangeFor, type BlockNode, type TextBlock } from './text-blocks';

export type Detect = (text: string, context: DetectorContext | undefined, heading: boolean) => {
  matches: ReferenceMatch[];
  contextOut: DetectorContext | undefined;
};

export interface FoundReference {
  readonly osis: string;
  readonly contextual: boolean;
  readonly range: Range;
  /** The block it was found in and its offsets there: what identifies it across rescans. */
  readonly block: BlockNode;
  readonly start: number;
  readonly end: number;
}

interface Entry {
  readonly first: Text;
  readonly block: BlockNode;
  /** Collected and not read yet; dropped once read. */
  pending: TextBlock | undefined;
  read: boolean;
  contextIn: DetectorContext | undefined;
  contextOut: DetectorContext | undefined;
  refs: readonly FoundReference[];
}

export interface IndexedTree {
  readonly node: Document | ShadowRoot;
  readonly entries: Entry[];
  /** Entries before this index were read with the context their predecessors leave. */
  settled: number;
  /** Entries in view, to read before the in-order pass reaches them. */
  visible: Entry[];
  /** Blocks read ahead from the viewport, by first node, until the walk from the start reaches them. */
  previews: Map<Text, Entry> | undefined;
}

const NONE: readonly FoundReference[] = [];

/** Contexts are small plain objects (the passage under discussion, earlier books, asides): equal when they read the same. */
const sameContext = (a: DetectorContext | undefined, b: DetectorContext | undefined) => a === b || JSON.stringify(a) === JSON.stringify(b);

function sameMatches(refs: readonly FoundReference[], matches: readonly ReferenceMatch[]): boolean {
  if (refs.length !== matches.length) return false;
  return refs.every((r, i) => r.start === matches[i].start && r.end === matches[i].end && r.osis === matches[i].osis && r.contextual === !!matches[i].contextual);
}

function inView(entry: Entry, win: Window): boolean {
  const element = entry.block.nodeType === Node.ELEMENT_NODE ? (entry.block as Element) : (entry.block as ShadowRoot).host;
  const rect = element.getBoundingClientRect();
  return rect.bottom >= 0 && rect.top <= win.innerHeight && rect.right >= 0 && rect.left <= win.innerWidth;
}

export interface BlockIndex {
  tree(node: Document | ShadowRoot): IndexedTree;
  /**
   * Reads the blocks in view at once, ahead of the walk from the start (with
   * no context: the in-order pass confirms or reads them again).
   */
  preview(tree: IndexedTree, blocks: readonly TextBlock[]): void;
  /** Adds blocks at the end of a tree being read for the first time; `lookForVisible` queues those in view. */
  append(tree: IndexedTree, blocks: readonly TextBlock[], lookForVisible: boolean): void;
  /** The first walk of a tree is done: previews it did not meet are gone from the page. */
  endPreview(tree: IndexedTree): void;
  /** Replaces the blocks inside `region` with `blocks` (read again from the page). */
  replaceRegion(tree: IndexedTree, region: Node, blocks: readonly TextBlock[]): void;
  /** Forgets blocks that left the page or sat inside `removed` nodes (moved ones come back as added nodes). */
  purge(tree: IndexedTree, removed: ReadonlySet<Node>): void;
  dropTree(tree: IndexedTree): void;
  /** Reads the blocks found in view (context: a guess); true while some remain. */
  readVisible(tree: IndexedTree, timeUp: TimeUp): boolean;
  /** Reads every block in order, or confirms the guess; true while work remains. */
  readInOrder(tree: IndexedTree, timeUp: TimeUp): boolean;
  referencesIn(tree: IndexedTree): readonly FoundReference[];
  referenceAt(node: Node, offset: number): FoundReference | undefined;
  trees(): Iterable<IndexedTree>;
  clear(): void;
}

export function createBlockIndex(
  win: Window,
  highlighter: Highlighter,
  detect: Detect,
  /** Called when a tree gets its first reference (to style a shadow tree where the browser needs it). */
  onFirstReference?: (tree: IndexedTree) => void,
): BlockIndex {
  const trees = new Map<Document | ShadowRoot, IndexedTree>();
  /** Text node → the reference (or, rarely, references) whose range touches it, for the pointer's caret. */
  let byNode = new WeakMap<Text, FoundReference | FoundReference[]>();
  const withReferences = new WeakSet<IndexedTree>();
  const refsAt = (node: Text): readonly FoundReference[] => {
    const found = byNode.get(node);
    return found === undefined ? NONE : Array.isArray(found) ? found : [found];
  };

  const setRefs = (tree: IndexedTree, entry: Entry, refs: readonly FoundReference[]) => {
    for (const ref of entry.refs) {
      highlighter.remove(ref.range);
      forEachNode(ref, (node) => {
        const left = refsAt(node).filter((r) => r !== ref);
        if (left.length === 0) byNode.delete(node);
        else byNode.set(node, left.length === 1 ? left[0] : left);
      });
    }
    entry.refs = refs;
    for (const ref of refs) {
      highlighter.add(ref.range);
      forEachNode(ref, (node) => {
        const found = byNode.get(node);
        byNode.set(node, found === undefined ? ref : [...refsAt(node), ref]);
      });
    }
    if (refs.length > 0 && !withReferences.has(tree)) {
      withReferences.add(tree);
      onFirstReference?.(tree);
    }
  };

  /** The text nodes a reference's range runs through (its ends and any between, in its block). */
  function forEachNode(ref: FoundReference, visit: (node: Text) => void) {
    const { startContainer, endContainer } = ref.range;
    if (startContainer.nodeType === Node.TEXT_NODE) visit(startContainer as Text);
    if (endContainer === startContainer) return;
    const walker = startContainer.ownerDocument!.createTreeWalker(ref.block, NodeFilter.SHOW_TEXT);
    walker.currentNode = startContainer;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      visit(n as Text);
      if (n === endContainer) break;
    }
  }

  const readEntry = (tree: IndexedTree, entry: Entry, context: DetectorContext | undefined) => {
    const block = entry.pending ?? collectBlockAt(entry.first, entry.block);
    entry.pending = undefined;
    entry.read = true;
    entry.contextIn = context;
    if (!block || block.nodes.length === 0) {
      // The page changed this block; its mutation records will bring it back.
      entry.contextOut = context;
      setRefs(tree, entry, NONE);
      return;
    }
    const { matches, contextOut } = detect(block.text, context, block.heading);
    entry.contextOut = contextOut;
    if (sameMatches(entry.refs, matches)) return;
    setRefs(
      tree,
      entry,
      matches.length === 0
        ? NONE
        : matches.map((m) => ({ osis: m.osis, contextual: !!m.contextual, range: rangeFor(block, m.start, m.end), block: entry.block, start: m.start, end: m.end })),
    );
  };

  const toEntries = (blocks: readonly TextBlock[]): Entry[] => {
    // A node the page moved during a sliced walk can be read twice: keep its last reading.
    const seen = new Set<Text>();
    const out: Entry[] = [];
    for (let i = blocks.length - 1; i >= 0; i--) {
      const block = blocks[i];
      if (seen.has(block.nodes[0])) continue;
      seen.add(block.nodes[0]);
      out.push({ first: block.nodes[0], block: block.element, pending: block, read: false, contextIn: undefined, contextOut: undefined, refs: NONE });
    }
    return out.reverse();
  };

  const dropEntries = (tree: IndexedTree, entries: readonly Entry[]) => {
    for (const entry of entries) if (entry.refs.length > 0) setRefs(tree, entry, NONE);
  };

  /** Document order of two entries' first nodes. */
  const before = (a: Entry, b: Entry) => (a.first.compareDocumentPosition(b.first) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

  return {
    tree(node) {
      let tree = trees.get(node);
      if (!tree) trees.set(node, (tree = { node, entries: [], settled: 0, visible: [], previews: undefined }));
      return tree;
    },

    preview(tree, blocks) {
      tree.previews = new Map();
      for (const entry of toEntries(blocks)) {
        readEntry(tree, entry, undefined);
        tree.previews.set(entry.first, entry);
      }
    },

    append(tree, blocks, lookForVisible) {
      for (const fresh of toEntries(blocks)) {
        const previewed = tree.previews?.get(fresh.first);
        if (previewed && previewed.block === fresh.block) {
          tree.previews!.delete(fresh.first);
          tree.entries.push(previewed);
          continue;
        }
        tree.entries.push(fresh);
        if (lookForVisible && inView(fresh, win)) tree.visible.push(fresh);
      }
    },

    endPreview(tree) {
      if (tree.previews) dropEntries(tree, [...tree.previews.values()]);
      tree.previews = undefined;
    },

    replaceRegion(tree, region, blocks) {
      const { entries } = tree;
      // The first entry at or after the region's start (entries are in document order).
      let lo = 0;
      let hi = entries.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (region.compareDocumentPosition(entries[mid].first) & Node.DOCUMENT_POSITION_PRECEDING) lo = mid + 1;
        else hi = mid;
      }
      let end = lo;
      while (end < entries.length && region.contains(entries[end].first)) end++;
      const fresh = toEntries(blocks);
      dropEntries(tree, entries.splice(lo, end - lo, ...fresh));
      tree.settled = Math.min(tree.settled, lo);
    },

    purge(tree, removed) {
      const inRemoved = (node: Node) => {
        for (let n: Node | null = node; n; n = n.parentNode) if (removed.has(n)) return true;
        return false;
      };
      const keep: Entry[] = [];
      let firstDropped = -1;
      tree.entries.forEach((entry, i) => {
        if (entry.first.isConnected && (removed.size === 0 || !inRemoved(entry.first))) keep.push(entry);
        else {
          if (firstDropped < 0) firstDropped = i;
          if (entry.refs.length > 0) setRefs(tree, entry, NONE);
        }
      });
      if (firstDropped < 0) return;
      tree.entries.length = 0;
      tree.entries.push(...keep);
      tree.settled = Math.min(tree.settled, firstDropped);
      // Moves can leave entries out of order; order them again (rare: only when nodes were removed).
      if (removed.size > 0 && keep.some((e, i) => i > 0 && !before(keep[i - 1], e))) {
        tree.entries.sort((a, b) => (a === b ? 0 : before(a, b) ? -1 : 1));
        tree.settled = 0;
      }
    },

    dropTree(tree) {
      dropEntries(tree, tree.entries);
      tree.entries.length = 0;
      tree.visible.length = 0;
      trees.delete(tree.node);
    },

    readVisible(tree, timeUp) {
      while (tree.visible.length > 0) {
        const entry = tree.visible.shift()!;
        if (entry.read) continue;
        const at = tree.entries.indexOf(entry);
        if (at < 0) continue;
        const previous = at > 0 ? tree.entries[at - 1] : undefined;
        readEntry(tree, entry, previous?.read ? previous.contextOut : undefined);
        if (timeUp()) return tree.visible.length > 0;
      }
      return false;
    },

    readInOrder(tree, timeUp) {
      const { entries } = tree;
      while (tree.settled < entries.length) {
        const i = tree.settled;
        const entry = entries[i];
        const context = i > 0 ? entries[i - 1].contextOut : undefined;
        const needsReading = !entry.read || !sameContext(entry.contextIn, context);
        if (needsReading) readEntry(tree, entry, context);
        tree.settled = i + 1;
        if (needsReading && timeUp()) return tree.settled < entries.length;
      }
      return false;
    },

    referencesIn(tree) {
      return tree.entries.flatMap((e) => e.refs);
    },

    referenceAt(node, offset) {
      if (node.nodeType !== Node.TEXT_NODE) return undefined;
      const refs = refsAt(node as Text);
      if (refs.length === 0) return undefined;
      const at = (ref: FoundReference) => {
        try {
          return ref.range.comparePoint(node, offset);
        } catch {
          return 1;
        }
      };
      // Inside a reference, else at its very end (the caret lands after the last character).
      return refs.find((r) => at(r) === 0 && !(r.range.endContainer === node && r.range.endOffset === offset)) ?? refs.find((r) => at(r) === 0);
    },

    trees: () => trees.values(),

    clear() {
      for (const tree of trees.values()) dropEntries(tree, tree.entries);
      trees.clear();
      byNode = new WeakMap();
      highlighter.clear();
    },
  };
}
