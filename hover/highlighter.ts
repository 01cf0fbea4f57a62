/**
 * Decorates references with one CSS Custom Highlight. The page's DOM is never
 * touched: the underline is drawn by the `::highlight(scripture-ref)` rule in
 * the content script's manifest CSS.
 */
export const HIGHLIGHT_NAME = 'scripture-ref';

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
