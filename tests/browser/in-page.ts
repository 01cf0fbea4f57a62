/**
 * Functions both browser tiers run inside a page (Playwright's and
 * puppeteer's `page.evaluate`). Each must stand alone: it is sent to the
 * page as source text, so it may use nothing from its module.
 */

/** Number of ranges in the page's `scripture-ref` highlight (0 when none). */
export function highlightSize(): number {
  return (CSS.highlights.get('scripture-ref') as Highlight | undefined)?.size ?? 0;
}

/** Centre of the first occurrence of `text` inside `selector`, read without touching the DOM; null when absent. */
export function textPoint({ text, selector }: { text: string; selector: string }): { x: number; y: number } | null {
  const root = document.querySelector(selector);
  if (!root) return null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(text);
    if (at < 0) continue;
    // Scrolling is not a change to the DOM; it brings clipped text under the pointer.
    node.parentElement?.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const rect = range.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}
