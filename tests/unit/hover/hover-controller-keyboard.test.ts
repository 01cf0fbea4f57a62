import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDE_GRACE_MS, createHoverController } from '../../../hover/hover-controller';

function setup() {
  const events: string[] = [];
  const controller = createHoverController<string>({
    dwellMs: () => 300,
    sameTarget: (a, b) => a === b,
    prefetch: (t) => events.push(`prefetch ${t}`),
    show: (t) => events.push(`show ${t}`),
    hide: () => events.push('hide'),
  });
  return { controller, events };
}

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
