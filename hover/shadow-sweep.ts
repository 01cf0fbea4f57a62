/**
 * A shadow root attached later to an element already on the page (a widget
 * filling its placeholder, a custom element upgraded when its definition
 * loads) makes no mutation record. So the trees are swept for open shadow
 * roots while the page is changing: after a batch of changes, then again
 * every SWEEP_INTERVAL_MS, then every second, until SWEEP_QUIET_MS pass
 * without changes; and once more SWEEP_LATE_MS after start (a definition
 * loaded late). A sweep is a walk over elements, a slice at a time.
 */
import type { TimeUp } from './idle-work';
import { isSkippedElement } from './skip-rules';

const SWEEP_INTERVAL_MS = 250;
const SWEEP_QUIET_MS = 4000;
const SWEEP_LATE_MS = 10_000;
const ELEMENTS_PER_CHECK = 256;

export interface ShadowSweep {
  /** The page changed: sweep soon. */
  changed(): void;
  /** Whether a sweep is under way (step() has work). */
  readonly active: boolean;
  /** One slice; true when the sweep is done. */
  step(timeUp: TimeUp): boolean;
  stop(): void;
}

export function createShadowSweep(options: {
  readonly win: Window;
  /** The tops of the trees to sweep (a document's body, each shadow root). */
  readonly tops: () => Node[];
  readonly onShadowHost: (element: Element) => void;
  /** Asks the scheduler for a slice. */
  readonly request: () => void;
}): ShadowSweep {
  const { win } = options;
  const now = () => win.performance.now();
  let walkers: TreeWalker[] | undefined;
  let last = -Infinity;
  let lastChange = now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const later = (wait: number) => {
    timer = setTimeout(() => {
      timer = undefined;
      start();
    }, wait);
  };
  function start(): void {
    if (walkers || timer !== undefined || stopped) return;
    const wait = last + SWEEP_INTERVAL_MS - now();
    if (wait > 0) return later(wait);
    const reject = (n: Node) => (isSkippedElement(n as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT);
    walkers = options.tops().map((top) => (top.ownerDocument ?? (top as Document)).createTreeWalker(top, NodeFilter.SHOW_ELEMENT, { acceptNode: reject }));
    options.request();
  }
  const late = setTimeout(start, SWEEP_LATE_MS);
  start();

  return {
    changed() {
      lastChange = now();
      start();
    },
    get active() {
      return !!walkers;
    },
    step(timeUp) {
      while (walkers && walkers.length > 0) {
        for (let n = 1; ; n++) {
          const element = walkers[0].nextNode() as Element | null;
          if (!element) break;
          if (element.shadowRoot) options.onShadowHost(element);
          if (n % ELEMENTS_PER_CHECK === 0 && timeUp()) return false;
        }
        walkers.shift();
      }
      walkers = undefined;
      last = now();
      // While the page keeps changing, look again soon; then less often; then stop.
      const quiet = last - lastChange;
      if (quiet < SWEEP_QUIET_MS) later(quiet < 1000 ? SWEEP_INTERVAL_MS : 1000);
      return true;
    },
    stop() {
      stopped = true;
      walkers = undefined;
      clearTimeout(late);
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
