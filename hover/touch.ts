/**
 * Touch: a tap on an underlined reference opens its card at once, a tap
 * anywhere else closes it. A reference inside a link: the first tap shows the
 * card instead of following the link (that tap only), and the card offers
 * "Follow the link"; a second tap on it follows the link as usual. Ordinary
 * links and every other tap are left alone.
 */
import { caretFromPoint, rangeContainsPoint } from './caret';
import type { FoundReference } from './block-index';
import type { CardExtras } from './card-extras';
import type { InputOptions } from './pointer-input';

/** A finger is less precise than a pointer: how far outside the reference's text a tap still counts. */
const TAP_SLACK_PX = 6;

/** The link an event went through, if any (in the page or in an open shadow root). */
function linkOf(event: Event): HTMLElement | undefined {
  return event.composedPath().find((node): node is HTMLElement => {
    const element = node as Element;
    return (element.localName === 'a' || element.localName === 'area') && element.hasAttribute?.('href');
  });
}

export function startTouchInput({ doc, scanner, card, controller, onError }: InputOptions<CardExtras>): { stop(): void } {
  const abort = new AbortController();
  const { signal } = abort;
  let touching = false;
  /** The reference whose card the last tap opened. */
  let tapped: FoundReference | undefined;

  const referenceAt = (x: number, y: number) => {
    const caret = caretFromPoint(doc, x, y, scanner.shadowRoots());
    const ref = caret ? scanner.referenceAt(caret.node, caret.offset) : undefined;
    return ref && rangeContainsPoint(ref.range, x, y, TAP_SLACK_PX) ? ref : undefined;
  };

  // Browsers that do not say which pointer made a click: the last pointerdown does.
  doc.addEventListener('pointerdown', (event) => (touching = event.pointerType === 'touch'), { capture: true, passive: true, signal });
  doc.addEventListener(
    'click',
    (event) => {
      try {
        const pointerType = (event as PointerEvent).pointerType;
        if (!event.isTrusted || !(pointerType ? pointerType === 'touch' : touching) || card.isCardEvent(event)) return;
        const ref = referenceAt(event.clientX, event.clientY);
        if (!ref) {
          tapped = undefined;
          if (controller.shown) controller.escape();
          return;
        }
        const link = linkOf(event);
        const again = tapped && tapped.block === ref.block && tapped.start === ref.start && controller.shown;
        if (link && again) return; // the second tap follows the link
        if (link) {
          event.preventDefault();
          // An untrusted click: this listener lets it through, and the page's own link handlers run as for a tap.
          card.addTo(ref.range, { onFollowLink: () => link.click() });
        }
        tapped = ref;
        controller.open(ref);
      } catch (error) {
        onError('touch', error);
      }
    },
    { capture: true, signal },
  );
  return { stop: () => abort.abort() };
}
