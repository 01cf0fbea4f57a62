/**
 * Decorates references with one CSS Custom Highlight. The page's DOM is never
 * touched: the underline is drawn by the `::highlight(scripture-ref)` rule in
 * the content script's manifest CSS.
 */
const HIGHLIGHT_NAME = 'scripture-ref';

export interface Highlighter {
  add(range: Range): void;
  remove(range: Range): void;
  clear(): void;
  readonly size: number;
}

export function createHighlighter(win: Window & typeof globalThis = window, name = HIGHLIGHT_NAME): Highlighter {
  const registry = win.CSS?.highlights;
  // Browsers without the Highlight API (Chrome < 105, Firefox < 140) still get the cards.
  if (!registry || typeof win.Highlight !== 'function') {
    const ranges = new Set<Range>();
    return {
      add: (r) => void ranges.add(r),
      remove: (r) => void ranges.delete(r),
      clear: () => ranges.clear(),
      get size() {
        return ranges.size;
      },
    };
  }
  const highlight = new win.Highlight();
  registry.set(name, highlight);
  return {
    add: (r) => void highlight.add(r),
    remove: (r) => void highlight.delete(r),
    clear: () => highlight.clear(),
    get size() {
      return highlight.size;
    },
  };
}

/**
 * Chromium rebuilds the markers of every range in every highlight whenever
 * the page's DOM or style changes, before painting: with 1,600 ranges an
 * infinite-scroll page spent 2.2 s more in PrePaint over a 3 s storm, in
 * tasks up to 113 ms. So only references within a screen of the viewport are
 * in the highlight; an IntersectionObserver on the element around each one
 * adds it as it comes near and takes it out as it leaves (ADR 8).
 */
const NEAR_VIEW_MARGIN = '100% 0px 100% 0px';
/** Elements left without references stop being observed after this long (see remove()). */
const FORGET_AFTER_MS = 1000;

export function nearViewOnly(win: Window & typeof globalThis, inner: Highlighter): Highlighter {
  if (typeof win.IntersectionObserver !== 'function') return inner;
  const rangesOf = new Map<Element, Range[]>();
  /** A range's element as it was when added: a live range can move with later edits. */
  const anchorOf = new Map<Range, Element>();
  const near = new Set<Element>();
  const emptied = new Set<Element>();
  let cleanup: ReturnType<typeof setTimeout> | undefined;
  const forgetEmptied = () => {
    cleanup = undefined;
    for (const element of emptied) {
      if (rangesOf.get(element)?.length === 0) {
        rangesOf.delete(element);
        near.delete(element);
        observer.unobserve(element);
      }
    }
    emptied.clear();
  };
  const observer = new win.IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const ranges = rangesOf.get(entry.target);
        if (!ranges) continue;
        if (entry.isIntersecting) near.add(entry.target);
        else near.delete(entry.target);
        for (const range of ranges) {
          if (entry.isIntersecting) inner.add(range);
          else inner.remove(range);
        }
      }
    },
    // scrollMargin (Chromium 120+): the same screen of margin inside scrolling boxes (an app's panes, the popup), which clip otherwise.
    { rootMargin: NEAR_VIEW_MARGIN, scrollMargin: NEAR_VIEW_MARGIN } as IntersectionObserverInit,
  );
  const elementAround = (range: Range): Element | undefined => {
    const node = range.startContainer;
    if (node.nodeType === Node.ELEMENT_NODE) return node as Element;
    if (node.parentElement) return node.parentElement;
    const root = node.getRootNode();
    return 'host' in root ? (root as ShadowRoot).host : undefined;
  };
  return {
    add(range) {
      const element = elementAround(range);
      if (!element) return;
      anchorOf.set(range, element);
      let ranges = rangesOf.get(element);
      if (!ranges) {
        rangesOf.set(element, (ranges = []));
        observer.observe(element);
      }
      ranges.push(range);
      if (near.has(element)) inner.add(range);
    },
    remove(range) {
      inner.remove(range);
      const element = anchorOf.get(range);
      if (!element) return;
      anchorOf.delete(range);
      const ranges = rangesOf.get(element);
      const at = ranges ? ranges.indexOf(range) : -1;
      if (at >= 0) ranges!.splice(at, 1);
      // Not unobserved at once: a block read again removes and re-adds its ranges in one task, and Chromium sends
      // no new notification for an element unobserved and observed again in the same task.
      if (ranges?.length === 0) {
        emptied.add(element);
        cleanup ??= setTimeout(forgetEmptied, FORGET_AFTER_MS);
      }
    },
    clear() {
      if (cleanup !== undefined) clearTimeout(cleanup);
      cleanup = undefined;
      emptied.clear();
      observer.disconnect();
      rangesOf.clear();
      anchorOf.clear();
      near.clear();
      inner.clear();
    },
    get size() {
      return inner.size;
    },
  };
}
