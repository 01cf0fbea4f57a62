/**
 * Finds references in a document and its open shadow roots, and keeps them
 * current as the page changes, without ever making a long task.
 *
 * The parts: the block index (blocks and references per tree, read in view
 * first), the mutation batcher (what changed), the shadow sweep (shadow roots
 * that appear without a mutation), and here the walks that read a region of
 * a tree into blocks, a slice at a time. All work runs through one idle
 * scheduler; walks are done in the order they were asked for, so a region
 * changed during a walk is read again after it.
 */
import { createBlockIndex, type Detect, type FoundReference, type IndexedTree } from './block-index';
import type { Highlighter } from './highlighter';
import type { CreateScheduler, TimeUp } from './idle-work';
import { createMutationBatcher, topOf, type Tree } from './mutation-batcher';
import { collectBlocksInView, createBlockCollector, type BlockCollector, type TextBlock } from './text-blocks';
import { rangeContainsPoint } from './caret';
import { createShadowSweep } from './shadow-sweep';

export type { Detect } from './block-index';

export interface PageScanner {
  /** Reads the whole page again (a setting that changes detection changed). */
  rescan(): void;
  /** The reference at a caret position, if any. */
  referenceAt(node: Node, offset: number): FoundReference | undefined;
  /**
   * The reference at a point inside `host`'s open shadow root, for when the
   * caret could not enter it. A shadow root seen here for the first time is
   * read from now on.
   */
  referenceInShadowAt(host: Element, x: number, y: number): FoundReference | undefined;
  /** Every reference found so far, tree by tree (for the keyboard's next and previous). */
  references(): FoundReference[];
  /** The first reference inside an element (for keyboard focus on a link). */
  firstReferenceIn(element: Element): FoundReference | undefined;
  /** The open shadow roots being read, for the caret to look into. */
  shadowRoots(): ShadowRoot[];
  stop(): void;
}

export interface ScannerOptions {
  readonly schedule: CreateScheduler;
  readonly onError?: (where: string, error: unknown) => void;
  /** After page changes were read: a reference may now be under a resting pointer. */
  readonly onRescan?: () => void;
  /** A shadow root got its first reference. */
  readonly onShadowReferences?: (root: ShadowRoot) => void;
}

interface Walk {
  readonly tree: IndexedTree;
  readonly region: Node;
  collector: BlockCollector;
  /** A tree's first reading: blocks are added as they are found, so those in view are read at once. */
  incremental: boolean;
  /** The document's first walk starts by reading what is in view. */
  previewFirst: boolean;
  readonly blocks: TextBlock[];
}

const isShadowRoot = (tree: Tree): tree is ShadowRoot => tree.nodeType === Node.DOCUMENT_FRAGMENT_NODE;

export function createPageScanner(doc: Document, highlighter: Highlighter, detect: Detect, options: ScannerOptions): PageScanner {
  const win = doc.defaultView ?? window;
  const index = createBlockIndex(win, highlighter, detect, (tree) => {
    if (isShadowRoot(tree.node)) options.onShadowReferences?.(tree.node);
  });
  const trees = new Set<Tree>();
  const walks: Walk[] = [];
  let changed = false;
  let stopped = false;

  const scheduler = options.schedule((timeUp) => work(timeUp));
  const batcher = createMutationBatcher(() => scheduler.request());

  const noticeElement = (element: Element) => {
    const root = element.shadowRoot;
    if (root) addTree(root);
  };
  const sweep = createShadowSweep({
    win,
    tops: () => [...trees].flatMap((tree) => topOf(tree) ?? []),
    onShadowHost: noticeElement,
    request: () => scheduler.request(),
  });

  const startWalk = (tree: IndexedTree, region: Node, incremental: boolean) => {
    const previewFirst = incremental && tree.node === doc && region.nodeType === Node.ELEMENT_NODE;
    walks.push({ tree, region, collector: createBlockCollector(region, noticeElement), incremental, previewFirst, blocks: [] });
  };

  function addTree(tree: Tree): void {
    if (trees.has(tree) || stopped) return;
    const top = topOf(tree);
    if (!top) return;
    trees.add(tree);
    batcher.observe(tree);
    startWalk(index.tree(tree), top, true);
    scheduler.request();
  }

  /** One slice of a walk; true when it is done. */
  function stepWalk(walk: Walk, timeUp: TimeUp): boolean {
    if (!walk.region.isConnected) return true;
    if (walk.previewFirst) {
      walk.previewFirst = false;
      index.preview(walk.tree, collectBlocksInView(walk.region as Element, win));
    }
    if (walk.collector.lost()) {
      // The page removed the node the walk stood on: read the region again, whole.
      walk.collector = createBlockCollector(walk.region, noticeElement);
      walk.incremental = false;
      walk.blocks.length = 0;
      index.endPreview(walk.tree);
    }
    const done = walk.collector.step(timeUp);
    const blocks = walk.collector.take();
    if (walk.incremental) index.append(walk.tree, blocks, true);
    else walk.blocks.push(...blocks);
    if (done && !walk.incremental) index.replaceRegion(walk.tree, walk.region, walk.blocks);
    if (done) index.endPreview(walk.tree);
    return done;
  }

  function takeMutations(): void {
    const batch = batcher.take();
    if (!batch) return;
    changed = true;
    // Shadow roots whose host left the page are forgotten (found again if it comes back).
    const gone = [...trees].filter((t) => isShadowRoot(t) && !t.host.isConnected);
    for (const tree of gone) {
      trees.delete(tree);
      index.dropTree(index.tree(tree));
    }
    if (gone.length > 0) batcher.forget(gone);
    for (const tree of trees) index.purge(index.tree(tree), batch.removed);
    for (const [tree, regions] of batch.regions) {
      if (!trees.has(tree)) continue;
      for (const region of regions) startWalk(index.tree(tree), region, false);
    }
    sweep.changed();
  }

  function work(timeUp: TimeUp): boolean {
    if (stopped) return false;
    try {
      takeMutations();
      for (;;) {
        for (const tree of trees) if (index.readVisible(index.tree(tree), timeUp)) return true;
        if (walks.length === 0) break;
        if (stepWalk(walks[0], timeUp)) walks.shift();
        if (timeUp()) return true;
      }
      for (const tree of trees) if (index.readInOrder(index.tree(tree), timeUp)) return true;
      if (sweep.active) {
        if (!sweep.step(timeUp)) return true;
        // Shadow roots it found are read now.
        if (walks.length > 0) return true;
      }
    } catch (error) {
      options.onError?.('scan', error);
      return false;
    }
    if (changed) {
      changed = false;
      options.onRescan?.();
    }
    return false;
  }

  addTree(doc);

  const referenceIn = (tree: IndexedTree, x: number, y: number) =>
    index.referencesIn(tree).find((ref) => rangeContainsPoint(ref.range, x, y));

  return {
    rescan() {
      const shadows = [...trees].filter(isShadowRoot);
      walks.length = 0;
      index.clear();
      trees.clear();
      addTree(doc);
      for (const root of shadows) if (root.host.isConnected) addTree(root);
    },
    referenceAt: (node, offset) => index.referenceAt(node, offset),
    referenceInShadowAt(host, x, y) {
      const root = host.shadowRoot;
      if (!root) return undefined;
      if (!trees.has(root)) {
        addTree(root);
        return undefined;
      }
      return referenceIn(index.tree(root), x, y);
    },
    references: () => [...trees].flatMap((tree) => index.referencesIn(index.tree(tree))),
    firstReferenceIn(element) {
      const tree = index.tree(element.getRootNode() as Tree);
      return index.referencesIn(tree).find((ref) => element.contains(ref.range.startContainer));
    },
    shadowRoots: () => [...trees].filter(isShadowRoot),
    stop() {
      stopped = true;
      scheduler.cancel();
      batcher.disconnect();
      sweep.stop();
      walks.length = 0;
      index.clear();
      trees.clear();
    },
  };
}
