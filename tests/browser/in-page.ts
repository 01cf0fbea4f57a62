/**
 * Functions both browser tiers run inside a page (Playwright's and
 * puppeteer's `page.evaluate`). Each must stand alone: it is sent to the
 * page as source text, so it may use nothing from its module.
 */

/** Number of ranges in the page's `scripture-ref` highlight (0 when none). */
export function highlightSize(): number {
  return (CSS.highlights.get('scripture-ref') as Highlight | undefined)?.size ?? 0;
}

/**
 * Centre of the first occurrence of `text` inside `selector` (looking into
 * open shadow roots too), in the viewport of the page or frame, read without
 * touching the DOM; null when absent.
 */
export function textPoint({ text, selector }: { text: string; selector: string }): { x: number; y: number } | null {
  const find = (root: Node): { node: Text; at: number } | null => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const at = (node as Text).data.indexOf(text);
        if (at >= 0 && !node.parentElement?.closest('script, style')) return { node: node as Text, at };
      } else if ((node as Element).shadowRoot) {
        const inside = find((node as Element).shadowRoot!);
        if (inside) return inside;
      }
    }
    return null;
  };
  const root = document.querySelector(selector);
  const hit = root && (find(root) ?? (root.shadowRoot ? find(root.shadowRoot) : null));
  if (!hit) return null;
  // Scrolling is not a change to the DOM; it brings clipped text under the pointer.
  hit.node.parentElement?.scrollIntoView({ block: 'center' });
  const range = document.createRange();
  range.setStart(hit.node, hit.at);
  range.setEnd(hit.node, hit.at + text.length);
  const rect = range.getClientRects()[0];
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}
