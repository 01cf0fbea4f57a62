/**
 * Where references are never looked for: form fields and editable text (the
 * reader is typing, not reading), code (verse-like numbers are data there),
 * invisible or non-HTML content, and our own card.
 */
export const CARD_HOST_TAG = 'scripture-tooltip';

const SKIPPED_TAGS = new Set([
  'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO',
  CARD_HOST_TAG.toUpperCase(),
]);

/** Whether an element and everything inside it is skipped. */
export function isSkippedElement(element: Element): boolean {
  // SVG and MathML elements report lower-case tag names.
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}
