/**
 * Runs work in short slices when the page is idle, so that scanning a huge
 * page or a storm of insertions never makes a long task. Each slice stops at
 * SLICE_MS (or sooner when the browser's idle period ends); `timeout` makes
 * sure a page that is never idle is still scanned, a slice at a time.
 */

/** Well under the 50 ms of a long task, with room for the page's own work in the same frame. */
const SLICE_MS = 8;
/** A busy page still gets a slice this often. */
const IDLE_TIMEOUT_MS = 120;

/** Says when the current slice should end. */
export type TimeUp = () => boolean;

/** `run` does work until `timeUp()`; it returns true while work remains. */
type Work = (timeUp: TimeUp) => boolean;

interface WorkScheduler {
  /** Asks for a slice (no-op when one is already asked for). */
  request(): void;
  cancel(): void;
}

export type CreateScheduler = (run: Work) => WorkScheduler;

type IdleWindow = Window & {
  requestIdleCallback?: (cb: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

export function idleScheduler(win: Window, onError: (error: unknown) => void): CreateScheduler {
  const w = win as IdleWindow;
  const now = () => win.performance.now();
  return (run) => {
    let handle: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** `idleUntil`: when the browser's idle period ends; slices follow one another (yielding between) until then. */
    const slice = (idleUntil: number) => {
      handle = undefined;
      timer = undefined;
      const end = Math.min(now() + SLICE_MS, Math.max(idleUntil, now() + 1));
      let more = false;
      try {
        more = run(() => now() >= end);
      } catch (error) {
        onError(error);
      }
      if (!more) return;
      // Still inside the idle period: yield to the page (input, rendering) with a task, then go on.
      if (idleUntil - now() >= SLICE_MS) timer = setTimeout(() => slice(idleUntil), 0);
      else request();
    };
    const request = () => {
      if (handle !== undefined || timer !== undefined) return;
      if (typeof w.requestIdleCallback === 'function') {
        handle = w.requestIdleCallback((deadline) => slice(now() + (deadline.didTimeout ? SLICE_MS : deadline.timeRemaining())), {
          timeout: IDLE_TIMEOUT_MS,
        });
      } else {
        timer = setTimeout(() => slice(now() + SLICE_MS), 0);
      }
    };
    return {
      request,
      cancel() {
        if (handle !== undefined) w.cancelIdleCallback?.(handle);
        if (timer !== undefined) clearTimeout(timer);
        handle = undefined;
        timer = undefined;
      },
    };
  };
}

/** For tests: slices run only when asked to, with no time limit. */
export function manualScheduler(): CreateScheduler & { drain(): void } {
  const runs: Work[] = [];
  const pending = new Set<Work>();
  const create: CreateScheduler = (run) => {
    runs.push(run);
    return {
      request: () => void pending.add(run),
      cancel: () => void pending.delete(run),
    };
  };
  return Object.assign(create, {
    drain() {
      for (let guard = 0; pending.size > 0 && guard < 10_000; guard++) {
        for (const run of [...pending]) {
          pending.delete(run);
          if (run(() => false)) pending.add(run);
        }
      }
    },
  });
}
