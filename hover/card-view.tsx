/**
 * Renders the card into its shadow root and keeps it next to the reference.
 * The host element is created on the first show only, so a page where no card
 * ever opens is left exactly as it was.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { Card, type CardProps } from '../components/Card';

export interface CardHost {
  /** The element the page sees: `<scripture-tooltip-…>` (see page-card-host.ts). */
  readonly host: HTMLElement;
  /** Where the card renders, inside the open shadow root. */
  readonly container: HTMLElement;
}

export type CreateCardHost = () => Promise<CardHost>;

/** Gap between the reference and the card: small enough to cross within the hide grace. */
const CARD_OFFSET_PX = 6;
const VIEWPORT_PADDING_PX = 8;

export interface CardView {
  show(props: CardProps, anchor: Range): Promise<void>;
  update(props: CardProps): void;
  hide(): void;
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
  let stopAutoUpdate: (() => void) | undefined;
  let anchor: Range | undefined;
  let visible = false;
  // The newest props: data may arrive before the host exists on the first show.
  let latest: CardProps | undefined;

  const ensureHost = () => (creating ??= createHost().then((h) => (host = h)));

  const place = async () => {
    const card = host?.container.querySelector<HTMLElement>('[data-part="card"]');
    if (!host || !card || !anchor) return;
    cancelPageZoom(host.host, zoom);
    const range = anchor;
    const reference = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
    };
    const { x, y } = await computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(),
        offset(CARD_OFFSET_PX),
        flip({ padding: VIEWPORT_PADDING_PX }),
        shift({ padding: VIEWPORT_PADDING_PX }),
        size({
          padding: VIEWPORT_PADDING_PX,
          apply({ availableHeight }) {
            card.style.maxHeight = `${Math.max(160, Math.min(440, availableHeight))}px`;
          },
        }),
      ],
    });
    Object.assign(card.style, { left: `${x}px`, top: `${y}px` });
  };

  return {
    async show(props, range) {
      anchor = range;
      visible = true;
      latest = props;
      const h = await ensureHost();
      if (!visible || anchor !== range) return;
      render(<Card {...latest} />, h.container);
      stopAutoUpdate?.();
      const card = h.container.querySelector<HTMLElement>('[data-part="card"]');
      if (card) {
        const reference = { getBoundingClientRect: () => range.getBoundingClientRect(), contextElement: range.startContainer.parentElement ?? undefined };
        stopAutoUpdate = autoUpdate(reference, card, () => void place());
      }
    },
    update(props) {
      latest = props;
      if (!host || !visible) return;
      render(<Card {...props} />, host.container);
      void place();
    },
    hide() {
      visible = false;
      anchor = undefined;
      latest = undefined;
      stopAutoUpdate?.();
      stopAutoUpdate = undefined;
      if (host) render(null, host.container);
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
