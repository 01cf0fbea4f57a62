import { describe, expect, it } from 'vitest';
import { CARD_GAP_PX, VIEWPORT_PADDING_PX, placeCard, type Box } from '../../../hover/placement';

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });
const viewport = { width: 1000, height: 800 };
const card = { width: 400, height: 300 };

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('placeCard', () => {
  it('goes below the reference, at its left edge, when there is room', () => {
    const p = placeCard([box(100, 100, 80, 20)], card, viewport);
    expect(p).toMatchObject({ side: 'below', x: 100, y: 120 + CARD_GAP_PX });
  });

  it('goes above when the reference is near the bottom', () => {
    const p = placeCard([box(100, 700, 80, 20)], card, viewport);
    expect(p.side).toBe('above');
    expect(p.y + card.height).toBe(700 - CARD_GAP_PX);
  });

  it('slides left to stay inside the viewport', () => {
    const p = placeCard([box(900, 100, 80, 20)], card, viewport);
    expect(p.x).toBe(viewport.width - VIEWPORT_PADDING_PX - card.width);
  });

  it('in a small frame, takes the larger side, limits its height, and never covers the reference', () => {
    const frame = { width: 500, height: 200 };
    for (const top of [10, 60, 90, 150, 180]) {
      const anchor = box(20, top, 80, 18);
      const p = placeCard([anchor], card, frame);
      const height = Math.min(card.height, p.maxHeight);
      const drawn = box(p.x, p.y, card.width, height);
      expect(overlaps(drawn, anchor)).toBe(false);
      expect(drawn.top).toBeGreaterThanOrEqual(0);
      expect(drawn.bottom).toBeLessThanOrEqual(frame.height);
    }
  });

  it('a reference over two lines: the card clears both', () => {
    const lines = [box(700, 100, 200, 20), box(10, 120, 60, 20)];
    const p = placeCard(lines, card, viewport);
    expect(p.y).toBe(140 + CARD_GAP_PX);
  });
});
