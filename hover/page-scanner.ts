/**
 * Finds references in a document and keeps them current as the page changes.
 *
 * One MutationObserver, changes batched; past MAX_BATCHED_MUTATIONS records
 * in one batch a full rescan is cheaper than sorting out what changed (the
 * same trade-off Dark Reader makes).
 */
import type { DetectorContext, ReferenceMatch } from '../lib/references';
import { CARD_HOST_TAG } from './skip-rules';
import type { Highlighter } from './highlighter';
import { blockElementOf, collectTextBlocks, isInSkippedSubtree, rangeFor, type TextBlock } from './text-blocks';

export const MAX_BATCHED_MUTATIONS = 1000;
/** Batch window: pages that stream content in mutate in bursts; one rescan per burst. */
export const MUTATION_BATCH_MS = 100;

export type Detect = (text: string, context: DetectorContext | undefined, heading: boolean) => {
  matches: ReferenceMatch[];
  contextOut: DetectorContext | undefined;
};

export interface FoundReference {
  readonly match: ReferenceMatch;
  readonly range: Range;
  readonly block: TextBlock;
}

interface BlockState {
  readonly block: TextBlock;
  readonly refs: FoundReference[];
  readonly contextOut: DetectorContext | undefined;
}

export interface PageScanner {
  scanAll(): void;
  /** The reference at a caret position, if any. */
  referenceAt(node: Node, offset: number): FoundReference | undefined;
  /** The first reference inside an element (for keyboard focus on a link). */
  firstReferenceIn(element: Element): FoundReference | undefined;
  readonly count: number;
  stop(): void;
}

export function createPageScanner(
  doc: Document,
  highlighter: Highlighter,
  detect: Detect,
  options: {
    signal?: AbortSignal;
    onError?: (where: string, error: unknown) => void;
    /** After a batch of page changes was rescanned: a reference may now be under a resting pointer. */
    onRescan?: () => void;
  } = {},
): PageScanner {
  const states: BlockState[] = [];
  let byNode = new WeakMap<Text, BlockState>();
  let stopped = false;

  const addBlock = (block: TextBlock, context: DetectorContext | undefined): BlockState => {
    const { matches, contextOut } = detect(block.text, context, block.heading);
    const refs = matches.map((match) => ({ match, block, range: rangeFor(block, match.start, match.end) }));
    for (const ref of refs) highlighter.add(ref.range);
    const state = { block, refs, contextOut };
    for (const node of block.nodes) byNode.set(node, state);
    return state;
  };

  const dropState = (state: BlockState) => {
    for (const ref of state.refs) highlighter.remove(ref.range);
    for (const node of state.block.nodes) if (byNode.get(node) === state) byNode.delete(node);
  };

  function scanAll(): void {
    for (const state of states) dropState(state);
    states.length = 0;
    highlighter.clear();
    byNode = new WeakMap();
    const root = doc.body ?? doc.documentElement;
    if (!root) return;
    let context: DetectorContext | undefined;
    for (const block of collectTextBlocks(root)) {
      const state = addBlock(block, context);
      context = state.contextOut;
      states.push(state);
    }
  }

  /** Rescans the blocks inside `root`, keeping document order in `states`. */
  function rescan(root: Element): void {
    const keep: BlockState[] = [];
    let insertAt = -1;
    for (const state of states) {
      const el = state.block.element;
      if (!el.isConnected || el === root || root.contains(el)) {
        dropState(state);
        if (insertAt < 0) insertAt = keep.length;
      } else keep.push(state);
    }
    if (insertAt < 0) {
      // Nothing of `root` was scanned before: place it by document order.
      insertAt = keep.findIndex((s) => root.compareDocumentPosition(s.block.element) & Node.DOCUMENT_POSITION_FOLLOWING);
      if (insertAt < 0) insertAt = keep.length;
    }
    let context = insertAt > 0 ? keep[insertAt - 1].contextOut : undefined;
    const fresh = collectTextBlocks(root).map((block) => {
      const state = addBlock(block, context);
      context = state.contextOut;
      return state;
    });
    states.length = 0;
    states.push(...keep.slice(0, insertAt), ...fresh, ...keep.slice(insertAt));
  }

  let pending: MutationRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const isOurs = (node: Node) =>
    (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName.toLowerCase() === CARD_HOST_TAG) ||
    !!node.parentElement?.closest(CARD_HOST_TAG);

  function flush(): void {
    timer = undefined;
    const records = pending;
    pending = [];
    if (stopped) return;
    try {
      if (records.length > MAX_BATCHED_MUTATIONS || !doc.body) {
        scanAll();
        return options.onRescan?.();
      }
      const roots = new Set<Element>();
      for (const record of records) {
        if (record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(isOurs)) continue;
        if (isOurs(record.target)) continue;
        const root = blockElementOf(record.target);
        if (!root || !root.isConnected || isInSkippedSubtree(root, doc.documentElement)) continue;
        if (root === doc.body || root === doc.documentElement) {
          scanAll();
          return options.onRescan?.();
        }
        roots.add(root);
      }
      // Rescan only outermost roots: an inner one is covered by its ancestor.
      for (const root of roots) {
        let covered = false;
        for (let p = root.parentElement; p && !covered; p = p.parentElement) covered = roots.has(p);
        if (!covered) rescan(root);
      }
      options.onRescan?.();
    } catch (error) {
      options.onError?.('scan', error);
    }
  }

  const observer = new MutationObserver((records) => {
    pending.push(...records);
    timer ??= setTimeout(flush, MUTATION_BATCH_MS);
  });
  const observeTarget = doc.documentElement;
  if (observeTarget) observer.observe(observeTarget, { childList: true, subtree: true, characterData: true });

  const stop = () => {
    stopped = true;
    observer.disconnect();
    if (timer) clearTimeout(timer);
    for (const state of states) dropState(state);
    states.length = 0;
    highlighter.clear();
  };
  options.signal?.addEventListener('abort', stop, { once: true });

  return {
    scanAll,
    referenceAt(node, offset) {
      if (node.nodeType !== Node.TEXT_NODE) return undefined;
      const state = byNode.get(node as Text);
      if (!state) return undefined;
      const index = state.block.nodes.indexOf(node as Text);
      const at = state.block.starts[index] + offset;
      return (
        state.refs.find((r) => r.match.start <= at && at < r.match.end) ??
        state.refs.find((r) => at === r.match.end)
      );
    },
    firstReferenceIn(element) {
      for (const state of states) {
        for (const ref of state.refs) if (element.contains(ref.range.startContainer)) return ref;
      }
      return undefined;
    },
    get count() {
      return states.reduce((n, s) => n + s.refs.length, 0);
    },
    stop,
  };
}
