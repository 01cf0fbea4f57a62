import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { PopupView, ReadingPosition } from '../../lib/popup-view';

/** Saving the scroll position at most this often: a scroll fires many events a second, and each save writes to storage. */
const SAVE_SCROLL_MS = 250;

/**
 * Tells `onChange` where the reader is in `box`: at once when the view
 * changes, then as they scroll, at most every SAVE_SCROLL_MS. Not while
 * `paused`: search results cover the view, and their scroll is not its own.
 */
export function useReadingPosition(box: RefObject<HTMLElement | null>, view: PopupView, paused: boolean, onChange?: (position: ReadingPosition) => void): void {
  const viewKey = JSON.stringify(view);
  useEffect(() => {
    onChange?.({ view, scrollTop: box.current?.scrollTop ?? 0 });
  }, [viewKey]);
  useEffect(() => {
    const el = box.current;
    if (!el || !onChange || paused) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        onChange({ view, scrollTop: el.scrollTop });
      }, SAVE_SCROLL_MS);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      el.removeEventListener('scroll', onScroll);
      if (timer) clearTimeout(timer);
    };
  }, [viewKey, paused]);
}
