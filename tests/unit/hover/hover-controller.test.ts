import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDE_GRACE_MS, createHoverController } from '../../../hover/hover-controller';

function setup(dwellMs = 300) {
  const events: string[] = [];
  const controller = createHoverController<string>({
    dwellMs: () => dwellMs,
    sameTarget: (a, b) => a === b,
    prefetch: (t) => events.push(`prefetch ${t}`),
    show: (t) => events.push(`show ${t}`),
    hide: () => events.push('hide'),
  });
  return { controller, events };
}

describe('hover controller', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('prefetches at once and shows after the dwell', () => {
    const { controller, events } = setup();
    controller.pointerAt('Rom.8.34', false);
    expect(events).toEqual(['prefetch Rom.8.34']);
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['prefetch Rom.8.34']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['prefetch Rom.8.34', 'show Rom.8.34']);
  });

  it('does not show when the pointer leaves during the dwell', () => {
    const { controller, events } = setup();
    controller.pointerAt('Rom.8.34', false);
    vi.advanceTimersByTime(100);
    controller.pointerAt(undefined, false);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['prefetch Rom.8.34']);
  });

  it('keeps the card while the pointer crosses onto it, hides after the grace', () => {
    const { controller, events } = setup();
    controller.pointerAt('Rom.8.34', false);
    vi.advanceTimersByTime(300);
    controller.pointerAt(undefined, false); // the gap between reference and card
    vi.advanceTimersByTime(HIDE_GRACE_MS - 50);
    controller.pointerAt(undefined, true); // on the card
    vi.advanceTimersByTime(2000);
    expect(events.at(-1)).toBe('show Rom.8.34');
    controller.pointerAt(undefined, false);
    vi.advanceTimersByTime(HIDE_GRACE_MS);
    expect(events.at(-1)).toBe('hide');
    expect(controller.shown).toBeUndefined();
  });

  it('Escape hides at once', () => {
    const { controller, events } = setup(0);
    controller.pointerAt('Heb.4.16', false);
    vi.advanceTimersByTime(0);
    controller.escape();
    expect(events).toEqual(['prefetch Heb.4.16', 'show Heb.4.16', 'hide']);
  });

  it('moving to another reference switches after its own dwell', () => {
    const { controller, events } = setup();
    controller.pointerAt('Rom.8.34', false);
    vi.advanceTimersByTime(300);
    controller.pointerAt('Heb.4.16', false);
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['prefetch Rom.8.34', 'show Rom.8.34', 'prefetch Heb.4.16', 'show Heb.4.16']);
  });
});

describe('hover controller: keyboard and touch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('open shows at once and cancels a pending dwell', () => {
    const { controller, events } = setup();
    controller.pointerAt('A', false);
    controller.open('B');
    expect(events).toEqual(['prefetch A', 'show B']);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['prefetch A', 'show B']);
    expect(controller.shown).toBe('B');
  });

  it('a held card ignores the pointer until let go', () => {
    const { controller, events } = setup();
    controller.open('A');
    controller.hold(true);
    controller.pointerAt(undefined, false);
    controller.pointerAt('B', false);
    vi.advanceTimersByTime(HIDE_GRACE_MS + 500);
    expect(events).toEqual(['show A']);
    controller.hold(false);
    controller.pointerAt(undefined, false);
    vi.advanceTimersByTime(HIDE_GRACE_MS);
    expect(events).toEqual(['show A', 'hide']);
  });

  it('escape closes a held card, and the hold ends with it', () => {
    const { controller, events } = setup();
    controller.open('A');
    controller.hold(true);
    controller.escape();
    controller.pointerAt('B', false);
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['show A', 'hide', 'prefetch B', 'show B']);
  });
});

describe('hover controller: the hide grace, as the host shows it', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports the grace starting when the pointer leaves, and ending when it comes back', () => {
    const states: boolean[] = [];
    const controller = createHoverController<string>({
      dwellMs: () => 0,
      sameTarget: (a, b) => a === b,
      prefetch: () => {},
      show: () => {},
      hide: () => {},
      hiding: (pending) => states.push(pending),
    });
    controller.pointerAt('A', false);
    vi.advanceTimersByTime(0);
    controller.pointerAt(undefined, false);
    controller.pointerAt(undefined, true);
    expect(states).toEqual([true, false]);
  });
});
