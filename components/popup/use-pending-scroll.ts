import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/** Where a view opens: a block brought to the top, else a scroll offset. */
export interface ScrollTarget {
  readonly blockId?: string;
  readonly scrollTop: number;
}

/** What the scroll waits for. */
export interface ScrollReadiness {
  /** The view is on screen with its data: an article or a commentary chapter arrives after the first render, and search results may cover it. */
  readonly viewShown: boolean;
  /** More may still arrive that the target block needs: a commentary chapter renders once the list of commentaries is there too. */
  readonly moreComing: boolean;
}

/**
 * Scrolls `box` once the view has rendered, before it is painted: to the
 * target block, else to the offset (where the reader left off, or the top).
 * Returns how to ask for the next scroll, when another view opens.
 */
export function usePendingScroll(box: RefObject<HTMLElement | null>, initial: ScrollTarget, readiness: ScrollReadiness): (next: ScrollTarget) => void {
  const pending = useRef<ScrollTarget | undefined>(initial);
  useLayoutEffect(() => {
    const el = box.current;
    const target = pending.current;
    if (!target || !el || !readiness.viewShown) return;
    const block = target.blockId ? el.ownerDocument.getElementById(target.blockId) : null;
    if (target.blockId && !block && readiness.moreComing) return;
    if (block) block.scrollIntoView({ block: 'start' });
    else el.scrollTop = target.scrollTop;
    pending.current = undefined;
  });
  return (next) => {
    pending.current = next;
  };
}
