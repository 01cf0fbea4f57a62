// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { caretFromPoint, rangeContainsPoint } from '../../../hover/caret';

describe('caretFromPoint', () => {
  it('uses caretPositionFromPoint, passing the open shadow roots it may enter', () => {
    const text = document.createTextNode('Romans 8:34');
    const caretPositionFromPoint = vi.fn(() => ({ offsetNode: text, offset: 3 }));
    const doc = { caretPositionFromPoint } as unknown as Document;
    expect(caretFromPoint(doc, 10, 20)).toEqual({ node: text, offset: 3 });
    expect(caretPositionFromPoint).toHaveBeenLastCalledWith(10, 20);
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    caretFromPoint(doc, 1, 2, [root]);
    expect(caretPositionFromPoint).toHaveBeenLastCalledWith(1, 2, { shadowRoots: [root] });
  });

  it('falls back to caretRangeFromPoint, and says nothing when neither exists or nothing is there', () => {
    const text = document.createTextNode('Jude 3');
    const range = document.createRange();
    range.setStart(text, 2);
    expect(caretFromPoint({ caretRangeFromPoint: () => range } as unknown as Document, 0, 0)).toEqual({ node: text, offset: 2 });
    expect(caretFromPoint({ caretRangeFromPoint: () => null } as unknown as Document, 0, 0)).toBeUndefined();
    expect(caretFromPoint({} as Document, 0, 0)).toBeUndefined();
  });
});

describe('rangeContainsPoint', () => {
  const rangeWithRects = (...rects: Array<{ left: number; right: number; top: number; bottom: number }>) =>
    ({ getClientRects: () => rects }) as unknown as Range;

  it('is true inside any of the range’s line boxes, with a pixel of slack', () => {
    const range = rangeWithRects({ left: 10, right: 60, top: 0, bottom: 20 }, { left: 0, right: 30, top: 20, bottom: 40 });
    expect(rangeContainsPoint(range, 59, 10)).toBe(true);
    expect(rangeContainsPoint(range, 61, 10)).toBe(true);
    expect(rangeContainsPoint(range, 5, 30)).toBe(true);
  });

  it('is false in the margin beside a line, where a caret still lands on the nearest character', () => {
    const range = rangeWithRects({ left: 10, right: 60, top: 0, bottom: 20 });
    expect(rangeContainsPoint(range, 80, 10)).toBe(false);
    expect(rangeContainsPoint(range, 30, 25)).toBe(false);
  });
});
