/**
 * Where the card goes: below the reference, or above it when there is more
 * room there, never over it, and inside the viewport. Pure arithmetic on
 * viewport rectangles (the reference's client rects are in viewport pixels
 * whatever the page's zoom or transforms; card-view.ts cancels the zoom on
 * our host so the card is laid out in the same pixels).
 */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Placement {
  readonly x: number;
  readonly y: number;
  /** The card's max-height: what fits on the chosen side. */
  readonly maxHeight: number;
  readonly side: 'below' | 'above';
}

/** Gap between the reference and the card: small enough to cross within the hide grace. */
export const CARD_GAP_PX = 6;
export const VIEWPORT_PADDING_PX = 8;
const CARD_MAX_HEIGHT_PX = 440;

/**
 * `anchor`: the reference's rects (one per line it spans); `card`: the card's
 * natural size; `viewport`: the window's inner size.
 */
export function placeCard(anchor: readonly Box[], card: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const top = Math.min(...anchor.map((r) => r.top));
  const bottom = Math.max(...anchor.map((r) => r.bottom));
  const below = viewport.height - VIEWPORT_PADDING_PX - (bottom + CARD_GAP_PX);
  const above = top - CARD_GAP_PX - VIEWPORT_PADDING_PX;
  const wanted = Math.min(card.height, CARD_MAX_HEIGHT_PX);
  const side = wanted <= below || below >= above ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const maxHeight = Math.min(CARD_MAX_HEIGHT_PX, room);
  const height = Math.min(wanted, maxHeight);
  const y = side === 'below' ? bottom + CARD_GAP_PX : top - CARD_GAP_PX - height;
  // Start at the reference's first line; slide left to stay in view.
  const x = Math.max(VIEWPORT_PADDING_PX, Math.min(anchor[0].left, viewport.width - VIEWPORT_PADDING_PX - card.width));
  return { x, y, maxHeight, side };
}
