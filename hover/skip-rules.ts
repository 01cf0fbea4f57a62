/**
 * Where references are never looked for: form fields and editable text (the
 * reader is typing, not reading), code (verse-like numbers are data there),
 * invisible or non-HTML content, frames (each frame runs its own content
 * script), and our own card.
 */
const SKIPPED_TAGS = new Set([
  'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'FRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO',
]);

/** The card hosts this script created: known by identity, since their tag name is chosen at random. */
const cardHosts = new WeakSet<Element>();

export function markCardHost(host: Element): void {
  cardHosts.add(host);
}

export function isCardHost(node: Node | null | undefined): boolean {
  return !!node && cardHosts.has(node as Element);
}

/** Whether an element and everything inside it is skipped. */
export function isSkippedElement(element: Element): boolean {
  // SVG and MathML elements report lower-case tag names.
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase()) || cardHosts.has(element)) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}
