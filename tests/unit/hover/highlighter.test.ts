// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createHighlighter, nearViewOnly, type Highlighter } from '../../../hover/highlighter';

/** A highlight that records its ranges, standing in for the browser's. */
function recordingHighlighter(): Highlighter & { ranges: Set<Range> } {
  const ranges = new Set<Range>();
  return { ranges, add: (r) => void ranges.add(r), remove: (r) => void ranges.delete(r), clear: () => ranges.clear(), get size() { return ranges.size; } };
}

/** An IntersectionObserver the test drives: `reveal(element, near)` plays the browser's notification. */
function fakeObserverWindow() {
  let notify: ((entries: Array<{ target: Element; isIntersecting: boolean }>) => void) | undefined;
  const observed = new Set<Element>();
  class FakeObserver {
    constructor(callback: typeof notify) {
      notify = callback;
    }
    observe(element: Element) {
      observed.add(element);
    }
    unobserve(element: Element) {
      observed.delete(element);
    }
    disconnect() {
      observed.clear();
    }
  }
  const win = { IntersectionObserver: FakeObserver } as unknown as Window & typeof globalThis;
  return { win, observed, reveal: (target: Element, isIntersecting: boolean) => notify?.([{ target, isIntersecting }]) };
}

function rangeIn(element: Element): Range {
  const range = document.createRange();
  range.selectNodeContents(element.firstChild!);
  return range;
}

describe('createHighlighter', () => {
  it('keeps the ranges in one named CSS highlight', () => {
    const registry = new Map<string, Set<Range>>();
    class FakeHighlight extends Set<Range> {}
    const win = { CSS: { highlights: registry }, Highlight: FakeHighlight } as unknown as Window & typeof globalThis;
    const highlighter = createHighlighter(win);
    const p = document.createElement('p');
    p.textContent = 'Romans 8:34';
    const range = rangeIn(p);
    highlighter.add(range);
    expect(registry.get('scripture-ref')?.has(range)).toBe(true);
    expect(highlighter.size).toBe(1);
    highlighter.remove(range);
    expect(highlighter.size).toBe(0);
  });

  it('still counts references where the browser has no Highlight API (the cards work there)', () => {
    const highlighter = createHighlighter({} as Window & typeof globalThis);
    highlighter.add(document.createRange());
    expect(highlighter.size).toBe(1);
  });
});

describe('nearViewOnly', () => {
  it('puts a range in the highlight only while its element is near the view', () => {
    const { win, observed, reveal } = fakeObserverWindow();
    const inner = recordingHighlighter();
    const near = nearViewOnly(win, inner);
    const p = document.createElement('p');
    p.textContent = 'Jude 3';
    const range = rangeIn(p);
    near.add(range);
    expect(observed.has(p)).toBe(true);
    expect(inner.ranges.has(range)).toBe(false);
    reveal(p, true);
    expect(inner.ranges.has(range)).toBe(true);
    reveal(p, false);
    expect(inner.ranges.has(range)).toBe(false);
  });

  it('adds at once a range whose element is already near, and removes a range for good', () => {
    const { win, reveal } = fakeObserverWindow();
    const inner = recordingHighlighter();
    const near = nearViewOnly(win, inner);
    const p = document.createElement('p');
    p.textContent = 'Romans 8:34 and 8:38';
    const first = rangeIn(p);
    near.add(first);
    reveal(p, true);
    const second = rangeIn(p);
    near.add(second);
    expect(inner.ranges.has(second)).toBe(true);
    near.remove(first);
    expect(inner.ranges.has(first)).toBe(false);
    reveal(p, true);
    expect([...inner.ranges]).toEqual([second]);
  });

  it('is the plain highlighter where there is no IntersectionObserver', () => {
    const inner = recordingHighlighter();
    expect(nearViewOnly({} as Window & typeof globalThis, inner)).toBe(inner);
  });
});
