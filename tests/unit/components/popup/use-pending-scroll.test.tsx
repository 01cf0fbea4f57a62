// @vitest-environment happy-dom
import { render } from 'preact';
import { useRef } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePendingScroll, type ScrollReadiness, type ScrollTarget } from '../../../../components/popup/use-pending-scroll';

const root = document.createElement('div');
document.body.append(root);

/** The ids of the blocks brought into view, in order. */
let scrolledTo: string[] = [];
beforeEach(() => {
  scrolledTo = [];
  vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
    scrolledTo.push(this.id);
  });
});
afterEach(() => {
  act(() => render(null, root));
  vi.restoreAllMocks();
});

let scrollTo: (next: ScrollTarget) => void = () => {};

/** A scrolling box that holds the block `b` once `withBlock` says so. */
function View({ initial, readiness, withBlock = false }: { initial: ScrollTarget; readiness: ScrollReadiness; withBlock?: boolean }) {
  const box = useRef<HTMLElement>(null);
  scrollTo = usePendingScroll(box, initial, readiness);
  return <main ref={box}>{withBlock && <section id="b">Block</section>}</main>;
}

const box = () => root.querySelector('main')!;
const shown: ScrollReadiness = { viewShown: true, moreComing: false };
const loading: ScrollReadiness = { viewShown: false, moreComing: false };

describe('usePendingScroll', () => {
  it('waits for the view to be shown, then restores the offset once', () => {
    act(() => render(<View initial={{ scrollTop: 300 }} readiness={loading} />, root));
    expect(box().scrollTop).toBe(0);
    act(() => render(<View initial={{ scrollTop: 300 }} readiness={shown} />, root));
    expect(box().scrollTop).toBe(300);
    // The reader scrolls on; a later render leaves their place alone.
    box().scrollTop = 40;
    act(() => render(<View initial={{ scrollTop: 300 }} readiness={shown} />, root));
    expect(box().scrollTop).toBe(40);
  });

  it('brings the target block to the top once it has rendered', () => {
    act(() => render(<View initial={{ blockId: 'b', scrollTop: 0 }} readiness={shown} withBlock />, root));
    expect(scrolledTo).toEqual(['b']);
  });

  it('waits for a missing block while more may still come, then scrolls to it', () => {
    const waiting = { viewShown: true, moreComing: true };
    act(() => render(<View initial={{ blockId: 'b', scrollTop: 0 }} readiness={waiting} />, root));
    expect(scrolledTo).toEqual([]);
    act(() => render(<View initial={{ blockId: 'b', scrollTop: 0 }} readiness={shown} withBlock />, root));
    expect(scrolledTo).toEqual(['b']);
  });

  it('falls back to the offset when the block is not there and nothing more is coming', () => {
    act(() => render(<View initial={{ blockId: 'gone', scrollTop: 120 }} readiness={shown} />, root));
    expect(scrolledTo).toEqual([]);
    expect(box().scrollTop).toBe(120);
  });

  it('a newly asked scroll waits for the next view in the same way', () => {
    act(() => render(<View initial={{ scrollTop: 0 }} readiness={shown} />, root));
    scrollTo({ blockId: 'b', scrollTop: 0 });
    act(() => render(<View initial={{ scrollTop: 0 }} readiness={loading} />, root));
    expect(scrolledTo).toEqual([]);
    act(() => render(<View initial={{ scrollTop: 0 }} readiness={shown} withBlock />, root));
    expect(scrolledTo).toEqual(['b']);
  });
});
