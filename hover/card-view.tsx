/**
 * Renders the card into its shadow root and keeps it next to the reference.
 * The host element is created on the first show only, so a page where no card
 * ever opens is left exactly as it was.
 */
import { render } from 'preact';
import { Card, type CardProps } from '../components/Card';
import { placeCard } from './placement';

export interface CardHost {
  /** The element the page sees: `<scripture-tooltip-…>` (see page-card-host.ts). */
  readonly host: HTMLElement;
  /** Where the card renders, inside the open shadow root. */
  readonly container: HTMLElement;
}

export type CreateCardHost = () => Promise<CardHost>;

export interface CardView {
  show(props: CardProps, anchor: Range): Promise<void>;
  update(props: CardProps): void;
  hide(): void;
  /**
   * Marks the host `data-state="hiding"` while the hide grace runs, else
   * "shown" or "hidden": a state tests can wait on instead of a fixed time.
   */
  setHiding(pending: boolean): void;
  /** Whether an event's path runs through the card. */
  isCardEvent(event: Event): boolean;
  /** Whether a node, as the page sees it, is the card (focus inside the shadow root is retargeted to the host). */
  isCardNode(node: EventTarget | null): boolean;
  /** Moves focus to the card's first control; false when there is none. */
  focusInside(): boolean;
}

/** The zoom an element is drawn at: CSS `zoom` on it and its ancestors multiplied. */
function effectiveZoom(element: Element): number {
  const current = (element as Element & { currentCSSZoom?: number }).currentCSSZoom;
  if (typeof current === 'number' && current > 0) return current;
  const parsed = parseFloat(getComputedStyle(element).zoom);
  return parsed > 0 ? parsed : 1;
}

/**
 * CSS `zoom` on <html> (or a page rule that reaches our host) scales the card
 * and its coordinates: at zoom 2 it was drawn at twice its position. The
 * host takes the inverse zoom, so the card is laid out in the same viewport
 * pixels as the reference's rects, whatever the page's zoom.
 */
function cancelPageZoom(host: HTMLElement, applied: { value: string }): void {
  const pageZoom = effectiveZoom(host.ownerDocument.documentElement);
  const value = String(1 / pageZoom);
  if (applied.value === value) return;
  applied.value = value;
  host.style.setProperty('zoom', value, 'important');
}

export function createCardView(createHost: CreateCardHost): CardView {
  const zoom = { value: '' };
  let host: CardHost | undefined;
  let creating: Promise<CardHost> | undefined;
  let stopFollowing: (() => void) | undefined;
  let anchor: Range | undefined;
  let visible = false;
  // The newest props: data may arrive before the host exists on the first show.
  let latest: CardProps | undefined;

  const ensureHost = () => (creating ??= createHost().then((h) => (host = h)));

  const place = () => {
    const card = host?.container.querySelector<HTMLElement>('[data-part="card"]');
    if (!host || !card || !anchor) return;
    cancelPageZoom(host.host, zoom);
    const rects = [...anchor.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
    if (rects.length === 0) rects.push(anchor.getBoundingClientRect());
    // The card's natural size, before the height limit of the last placement.
    card.style.maxHeight = '';
    const { width, height } = card.getBoundingClientRect();
    const win = host.host.ownerDocument.defaultView!;
    const { x, y, maxHeight } = placeCard(rects, { width, height }, { width: win.innerWidth, height: win.innerHeight });
    Object.assign(card.style, { left: `${x}px`, top: `${y}px`, maxHeight: `${maxHeight}px` });
  };

  /** Keeps the card next to its reference while the page scrolls or resizes, or the card's content grows. */
  const follow = (card: HTMLElement) => {
    const win = card.ownerDocument.defaultView!;
    let frame = 0;
    const later = () => {
      frame ||= win.requestAnimationFrame(() => {
        frame = 0;
        place();
      });
    };
    const options = { capture: true, passive: true } as const;
    win.addEventListener('scroll', later, options);
    win.addEventListener('resize', later, options);
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(later) : undefined;
    resize?.observe(card);
    return () => {
      win.removeEventListener('scroll', later, options);
      win.removeEventListener('resize', later, options);
      resize?.disconnect();
      if (frame) win.cancelAnimationFrame(frame);
    };
  };

  return {
    async show(props, range) {
      anchor = range;
      visible = true;
      latest = props;
      const h = await ensureHost();
      if (!visible || anchor !== range) return;
      render(<Card {...latest} />, h.container);
      h.host.dataset.state = 'shown';
      stopFollowing?.();
      const card = h.container.querySelector<HTMLElement>('[data-part="card"]');
      place();
      if (card) stopFollowing = follow(card);
    },
    update(props) {
      latest = props;
      if (!host || !visible) return;
      render(<Card {...props} />, host.container);
      place();
    },
    hide() {
      visible = false;
      anchor = undefined;
      latest = undefined;
      stopFollowing?.();
      stopFollowing = undefined;
      if (host) {
        render(null, host.container);
        host.host.dataset.state = 'hidden';
      }
    },
    setHiding(pending) {
      if (host && visible) host.host.dataset.state = pending ? 'hiding' : 'shown';
    },
    isCardEvent(event) {
      return !!host && event.composedPath().includes(host.host);
    },
    isCardNode(node) {
      return !!host && node === host.host;
    },
    focusInside() {
      const first = visible ? host?.container.querySelector<HTMLElement>('button, [href], select, input, [tabindex="0"]') : undefined;
      first?.focus();
      return !!first;
    },
  };
}
