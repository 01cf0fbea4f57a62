/**
 * When the card shows and hides, as a small state machine over timers.
 *
 *  - Resting on a reference for `dwellMs` shows its card. The data request
 *    starts at once (`prefetch`), so the card usually paints with its text.
 *  - The card stays while the pointer is on the reference or on the card.
 *  - Leaving both hides it after HIDE_GRACE_MS, long enough to cross the gap
 *    between reference and card, or to wobble off the card and back.
 *  - Escape hides it at once.
 *  - A card opened from the keyboard (or a tap) shows at once; while focus is
 *    inside it, it is held: the pointer wandering elsewhere does not hide it.
 */
export const HIDE_GRACE_MS = 300;

export interface HoverCallbacks<T> {
  readonly dwellMs: () => number;
  readonly sameTarget: (a: T, b: T) => boolean;
  readonly prefetch: (target: T) => void;
  readonly show: (target: T) => void;
  readonly hide: () => void;
  /** The hide grace started (true) or was cancelled (false): the card's host shows it, for tests to wait on. */
  readonly hiding?: (pending: boolean) => void;
}

export interface HoverController<T> {
  /** Report what the pointer is over: a reference, the card, or neither. */
  pointerAt(target: T | undefined, overCard: boolean): void;
  escape(): void;
  /** Shows a target at once, without the dwell (a keyboard command, a tap). */
  open(target: T): void;
  /** Holds the card open whatever the pointer does (focus is inside it), or lets it go. */
  hold(held: boolean): void;
  readonly shown: T | undefined;
  dispose(): void;
}

export function createHoverController<T>(cb: HoverCallbacks<T>): HoverController<T> {
  let shown: T | undefined;
  let pending: T | undefined;
  let dwellTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let held = false;

  const clearDwell = () => {
    if (dwellTimer !== undefined) clearTimeout(dwellTimer);
    dwellTimer = undefined;
    pending = undefined;
  };
  const clearHide = () => {
    if (hideTimer === undefined) return;
    clearTimeout(hideTimer);
    hideTimer = undefined;
    cb.hiding?.(false);
  };
  const hideNow = () => {
    clearHide();
    clearDwell();
    held = false;
    if (shown !== undefined) {
      shown = undefined;
      cb.hide();
    }
  };
  const showNow = (target: T) => {
    clearDwell();
    clearHide();
    shown = target;
    cb.show(target);
  };

  return {
    pointerAt(target, overCard) {
      if (overCard || (held && shown !== undefined)) {
        clearHide();
        clearDwell();
        return;
      }
      if (target === undefined) {
        clearDwell();
        if (shown !== undefined && hideTimer === undefined) {
          hideTimer = setTimeout(hideNow, HIDE_GRACE_MS);
          cb.hiding?.(true);
        }
        return;
      }
      if (shown !== undefined && cb.sameTarget(shown, target)) {
        clearHide();
        clearDwell();
        return;
      }
      if (pending !== undefined && cb.sameTarget(pending, target)) return;
      clearDwell();
      pending = target;
      cb.prefetch(target);
      const delay = Math.max(0, cb.dwellMs());
      dwellTimer = setTimeout(() => showNow(target), delay);
    },
    escape: hideNow,
    open: showNow,
    hold(value) {
      held = value;
    },
    get shown() {
      return shown;
    },
    dispose() {
      clearDwell();
      clearHide();
      shown = undefined;
    },
  };
}
