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

export interface ViewportBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * Box of the first occurrence of `text` inside `selector` (looking into open
 * shadow roots too), in the viewport of the page or frame, as it is: nothing
 * is scrolled. Null when absent.
 */
export function textBox({ text, selector }: { text: string; selector: string }): ViewportBox | null {
  const find = (root: Node): Range | null => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const at = (node as Text).data.indexOf(text);
        if (at < 0 || node.parentElement?.closest('script, style')) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        return range;
      }
      const shadow = (node as Element).shadowRoot;
      const inside = shadow && find(shadow);
      if (inside) return inside;
    }
    return null;
  };
  const root = document.querySelector(selector);
  const range = root && (find(root) ?? (root.shadowRoot ? find(root.shadowRoot) : null));
  if (!range) return null;
  const { left, top, right, bottom } = range.getBoundingClientRect();
  return { left, top, right, bottom };
}

/** The open card's box and the viewport of the page or frame that shows it; null when no card is open. */
export function openCardBox(): { card: ViewportBox; viewport: { width: number; height: number } } | null {
  const host = [...document.documentElement.children].find((e) => e.localName.startsWith('scripture-tooltip-'));
  const card = host?.shadowRoot?.querySelector('[data-part="card"]');
  if (!card) return null;
  const { left, top, right, bottom } = card.getBoundingClientRect();
  return { card: { left, top, right, bottom }, viewport: { width: innerWidth, height: innerHeight } };
}

/**
 * Every element, text and comment of the page, open shadow roots included,
 * with each shadow root's adopted style sheets counted; our card's host is
 * left out.
 */
export function domSnapshot(): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) out.push(`"${(child as Text).data}"`);
      else if (child.nodeType === Node.COMMENT_NODE) out.push(`<!--${(child as Comment).data}-->`);
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (el.localName.startsWith('scripture-tooltip-')) continue;
        out.push(`<${el.localName}${[...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>`);
        if (el.shadowRoot) {
          out.push(`#shadow(${el.shadowRoot.adoptedStyleSheets.length} sheets)`);
          walk(el.shadowRoot);
        }
        walk(el);
        out.push(`</${el.localName}>`);
      }
    }
  };
  walk(document);
  return out.join('');
}
