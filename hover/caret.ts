/**
 * The text position under a point. `caretPositionFromPoint` is the standard
 * (Chrome 128+, Firefox); `caretRangeFromPoint` covers older Chromium and Safari.
 */
export interface Caret {
  readonly node: Node;
  readonly offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** `shadowRoots`: open shadow roots the caret may enter (Chrome 128+); elsewhere it stops at their host. */
export function caretFromPoint(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): Caret | undefined {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const position = shadowRoots.length > 0 ? d.caretPositionFromPoint(x, y, { shadowRoots }) : d.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
  }
  return undefined;
}

/**
 * A caret lands on the nearest character even when the pointer is in a
 * margin beside the line, so confirm the point is inside the text itself.
 */
export function rangeContainsPoint(range: Range, x: number, y: number, slack = 1): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - slack && x <= rect.right + slack && y >= rect.top - slack && y <= rect.bottom + slack) return true;
  }
  return false;
}
