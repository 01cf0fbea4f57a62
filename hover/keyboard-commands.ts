/**
 * The keyboard commands and the context-menu item, on the page's side:
 * show the reference at the caret (or in the selection, or the focused
 * link's; else the first in view), step to the next or previous reference,
 * show the first reference in a selection. A card opened this way takes the
 * focus, so its controls are in reach; Escape closes it and gives focus back.
 *
 * Focus that enters the card from the keyboard holds it open, whatever the
 * pointer does. The mouse never moves focus: a hovered card stays as it was.
 */
import type { ToContentMessage } from '../lib/content-messages';
import type { FoundReference } from './block-index';
import type { CardExtras } from './card-extras';
import type { InputOptions } from './pointer-input';

export interface KeyboardCommands {
  handle(message: ToContentMessage): void;
  stop(): void;
}

/** The focused element, looking into open shadow roots. */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The top-level node a reference sits under: itself, or the host of the shadow tree it is in. */
function anchorOf(ref: FoundReference): Node {
  let node: Node = ref.range.startContainer;
  for (let root = node.getRootNode(); (root as ShadowRoot).host; root = node.getRootNode()) node = (root as ShadowRoot).host;
  return node;
}

function documentOrder(a: FoundReference, b: FoundReference): number {
  const [x, y] = [anchorOf(a), anchorOf(b)];
  if (x !== y) return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  try {
    return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  } catch {
    return 0; // two shadow trees under one host
  }
}

/** Whether a reference overlaps a selected range. */
function overlaps(ref: FoundReference, selected: Range): boolean {
  try {
    const { startContainer, startOffset, endContainer, endOffset } = ref.range;
    return selected.comparePoint(endContainer, endOffset) >= 0 && selected.comparePoint(startContainer, startOffset) <= 0 && !ref.range.collapsed;
  } catch {
    return false; // the reference is in another tree than the selection
  }
}

export function startKeyboardCommands({ doc, scanner, card, controller, onError }: InputOptions<CardExtras>): KeyboardCommands {
  const win = doc.defaultView!;
  const abort = new AbortController();
  const { signal } = abort;
  /** Where focus was before a command moved it into the card. */
  let returnTo: Element | null = null;
  let openedByCommand = false;
  /** The last input was a key, not a pointer: focus moving into the card then holds it open. */
  let fromKeyboard = false;

  const references = () => scanner.references().slice().sort(documentOrder);
  const inView = (ref: FoundReference) => {
    const rect = ref.range.getBoundingClientRect();
    return rect.bottom > 0 && rect.top < win.innerHeight && rect.width > 0;
  };
  const selectedRange = () => {
    const selection = doc.getSelection();
    return selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  };
  const inSelection = () => {
    const range = selectedRange();
    return range && !range.collapsed ? references().find((ref) => overlaps(ref, range)) : undefined;
  };
  const atCaret = () => {
    const focused = deepActiveElement(doc);
    const inFocused = focused && focused !== doc.body ? scanner.firstReferenceIn(focused) : undefined;
    const caret = selectedRange();
    return inFocused ?? (caret?.collapsed ? scanner.referenceAt(caret.startContainer, caret.startOffset) : undefined);
  };
  const isShown = (ref: FoundReference) => {
    const shown = controller.shown;
    return !!shown && shown.block === ref.block && shown.start === ref.start;
  };
  /** The next (+1) or previous (−1) reference: from the open card, else from the viewport; the ends wrap. */
  const step = (direction: 1 | -1) => {
    const all = references();
    if (all.length === 0) return undefined;
    const at = all.findIndex(isShown);
    if (at >= 0) return all[(at + direction + all.length) % all.length];
    const tops = all.map((ref) => ref.range.getBoundingClientRect().top);
    return direction === 1 ? (all.find((_, i) => tops[i] >= 0) ?? all[0]) : (all.findLast((_, i) => tops[i] < win.innerHeight) ?? all[all.length - 1]);
  };

  const open = (ref: FoundReference) => {
    if (!inView(ref)) ref.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const active = deepActiveElement(doc);
    if (!openedByCommand || !card.isCardNode(doc.activeElement)) returnTo = active;
    openedByCommand = true;
    card.focusOnShow();
    controller.open(ref);
  };

  /** Only the frame the reader is typing in acts on a command (it reaches every frame). */
  const hasKeyboard = () => doc.hasFocus() && !['iframe', 'frame'].includes(doc.activeElement?.localName ?? '');

  const giveFocusBack = () => {
    const target = returnTo;
    returnTo = null;
    openedByCommand = false;
    if (target instanceof win.HTMLElement && target.isConnected && target !== doc.body) {
      target.focus({ preventScroll: true });
      // Focus given back to a link with a reference must not preview it again.
      controller.escape();
    } else (deepActiveElement(doc) as HTMLElement | null)?.blur?.();
  };

  win.addEventListener(
    'keydown',
    (event) => {
      fromKeyboard = true;
      // Before the page's handlers and the pointer input's own Escape: this card gives focus back to where the command found it.
      if (event.key !== 'Escape' || !openedByCommand || !card.isCardEvent(event) || !controller.shown) return;
      event.stopPropagation();
      controller.escape();
      giveFocusBack();
    },
    { capture: true, signal },
  );
  win.addEventListener('pointerdown', () => (fromKeyboard = false), { capture: true, passive: true, signal });
  doc.addEventListener(
    'focusin',
    (event) => {
      if (card.isCardEvent(event)) controller.hold(fromKeyboard || openedByCommand);
    },
    { signal },
  );
  doc.addEventListener(
    'focusout',
    (event) => {
      if (!card.isCardNode(event.target) || card.isCardNode(event.relatedTarget)) return;
      // Focus left the card (Tab past its end, a click on the page): it closes as a pointer leaving it would.
      controller.hold(false);
      openedByCommand = false;
      controller.pointerAt(undefined, false);
    },
    { signal },
  );

  return {
    handle(message) {
      try {
        if (message.type === 'toContent/showSelection') {
          const ref = inSelection();
          if (ref) open(ref);
          return;
        }
        if (!hasKeyboard()) return;
        const ref =
          message.command === 'show' ? (inSelection() ?? atCaret() ?? references().find(inView)) : step(message.command === 'next' ? 1 : -1);
        if (ref) open(ref);
      } catch (error) {
        onError('command', error);
      }
    },
    stop: () => abort.abort(),
  };
}
