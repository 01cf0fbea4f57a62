/**
 * Firefox draws `::highlight()` inside a shadow tree only from style sheets
 * in that tree (Chromium also applies the document's rule there), so in
 * Firefox a shadow root with a reference adopts one constructed style sheet
 * holding the page's highlight rules (the underline, and the wash Firefox
 * 140 paints instead): no element is added to it, and shadow roots
 * without references are left alone (ADR 8).
 */
let shared: CSSStyleSheet | undefined;

export function adoptHighlightStyle(root: ShadowRoot, css: string): void {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in root)) return;
  if (!shared) {
    shared = new CSSStyleSheet();
    shared.replaceSync(css);
  }
  if (root.adoptedStyleSheets.includes(shared)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, shared];
}
