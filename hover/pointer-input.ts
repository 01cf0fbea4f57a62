/**
 * What the reader points at and focuses, turned into the hover controller's
 * input: the reference under a resting pointer (hit-tested at most once per
 * animation frame), nothing while a mouse button is held (the reader is
 * selecting or dragging), the reference in a focused link, Tab into the card
 * and Escape out of it.
 */
import { caretFromPoint, rangeContainsPoint } from './caret';
import type { CardView } from './card-view';
import type { FoundReference } from './block-index';
import type { HoverController } from './hover-controller';
import type { PageScanner } from './page-scanner';

/** Longest text of a focused element that still reads as one link or control. */
const FOCUS_PREVIEW_MAX_CHARS = 200;
/** Shadow roots inside shadow roots: how deep the pointer is followed when the caret cannot enter them. */
const MAX_SHADOW_DEPTH = 8;

export interface PointerInput {
  /** Hit-tests again where the pointer last was (text may have appeared under it). */
  recheck(): void;
  stop(): void;
}

/** What each input module (pointer, keyboard, touch) works with; `Card` is the card view it drives. */
export interface InputOptions<Card extends CardView = CardView> {
  readonly doc: Document;
  readonly scanner: PageScanner;
  readonly card: Card;
  readonly controller: HoverController<FoundReference>;
  readonly onError: (where: string, error: unknown) => void;
}

export function startPointerInput({ doc, scanner, card, controller, onError }: InputOptions): PointerInput {
  const win = doc.defaultView!;
  const abort = new AbortController();
  const { signal } = abort;

  /** The reference at a point, looking into open shadow roots the caret could not enter. */
  const referenceAtPoint = (x: number, y: number): FoundReference | undefined => {
    const caret = caretFromPoint(doc, x, y, scanner.shadowRoots());
    const ref = caret ? scanner.referenceAt(caret.node, caret.offset) : undefined;
    if (ref && rangeContainsPoint(ref.range, x, y)) return ref;
    let element = doc.elementFromPoint(x, y);
    for (let depth = 0; element?.shadowRoot && depth < MAX_SHADOW_DEPTH; depth++) {
      const inside = scanner.referenceInShadowAt(element, x, y);
      if (inside) return inside;
      const inner: Element | null = element.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === element) break;
      element = inner;
    }
    return undefined;
  };

  // Hit-test at most once per animation frame, with the latest pointer position.
  let last: { x: number; y: number; overCard: boolean } | undefined;
  let pressed = false;
  let frame = 0;
  const hitTest = () => {
    frame = 0;
    const move = last;
    if (!move) return;
    try {
      if (move.overCard) return controller.pointerAt(undefined, true);
      // A held button means a selection or a drag: no card over the words being selected.
      if (pressed) return controller.pointerAt(undefined, false);
      controller.pointerAt(referenceAtPoint(move.x, move.y), false);
    } catch (error) {
      onError('hover', error);
    }
  };
  const requestHitTest = () => {
    frame ||= win.requestAnimationFrame(hitTest);
  };

  /** A move, or the button let go (the selection is made: a pointer resting on a reference now gets its card). */
  const track = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    pressed = event.buttons !== 0;
    // composedPath() is empty once dispatch ends, so read it now, not in the frame.
    last = { x: event.clientX, y: event.clientY, overCard: card.isCardEvent(event) };
    requestHitTest();
  };
  doc.addEventListener('pointermove', track, { capture: true, passive: true, signal });
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (event.pointerType === 'touch' || card.isCardEvent(event)) return;
      pressed = true;
      controller.pointerAt(undefined, false);
    },
    { capture: true, passive: true, signal },
  );
  doc.addEventListener('pointerup', track, { capture: true, passive: true, signal });
  doc.documentElement?.addEventListener('pointerleave', () => controller.pointerAt(undefined, false), { signal });

  // Keyboard readers: focusing a link or control whose text holds a reference
  // previews it after the same dwell, as hovering does; leaving it hides the
  // card. Tab from there moves into the card, so its controls can be used;
  // Escape in the card closes it and gives focus back.
  let focusOrigin: HTMLElement | undefined;
  // Focus given back by Escape must not preview the same reference again.
  let returningFocus = false;
  doc.addEventListener(
    'focusin',
    (event) => {
      try {
        const target = event.target;
        if (card.isCardEvent(event)) return controller.pointerAt(undefined, true);
        if (!(target instanceof HTMLElement) || returningFocus) return;
        // A link or button, not a whole region: focusing <main tabindex=-1> must not pop a card.
        if ((target.textContent ?? '').length > FOCUS_PREVIEW_MAX_CHARS) return;
        const ref = scanner.firstReferenceIn(target);
        focusOrigin = ref ? target : undefined;
        if (ref) controller.pointerAt(ref, false);
      } catch (error) {
        onError('focus', error);
      }
    },
    { signal },
  );
  doc.addEventListener(
    'focusout',
    (event) => {
      // Focus moving from the reference into the card keeps the card open.
      if (!card.isCardNode(event.relatedTarget)) controller.pointerAt(undefined, false);
    },
    { signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      const inCard = card.isCardEvent(event);
      if (event.key === 'Escape' && controller.shown) {
        controller.escape();
        if (inCard && focusOrigin) {
          returningFocus = true;
          focusOrigin.focus({ preventScroll: true });
          returningFocus = false;
        }
        return;
      }
      const plainTab = event.key === 'Tab' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;
      if (plainTab && !inCard && controller.shown && focusOrigin && doc.activeElement === focusOrigin && card.focusInside()) {
        event.preventDefault();
      }
    },
    { capture: true, signal },
  );

  return {
    recheck() {
      if (last) requestHitTest();
    },
    stop() {
      if (frame) win.cancelAnimationFrame(frame);
      abort.abort();
    },
  };
}
