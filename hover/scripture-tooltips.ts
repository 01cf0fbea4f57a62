/**
 * Makes every Bible reference in a document hoverable: scan → highlight →
 * hit-test the pointer → show the card. Used by the content script on web
 * pages and by the popup on the article, so both behave the same.
 */
import { formatRangeLabel, parseOsisRange } from '../lib/bible/osis';
import type { Passage } from '../lib/bible/passage';
import type { ExplanationResult, ExplanationTarget } from '../lib/explanations/types';
import { MAX_PASSAGE_LIMIT } from '../lib/messages';
import { contextAfter, contextOfHeading, findReferences } from '../lib/references';
import type { Settings } from '../lib/settings';
import type { CardProps, Loadable } from '../components/Card';
import { uiLanguage } from '../components/i18n';
import { caretFromPoint, rangeContainsPoint } from './caret';
import { createCardView, type CreateCardHost } from './card-view';
import type { DataClient } from './data-client';
import { createHighlighter } from './highlighter';
import { createHoverController } from './hover-controller';
import { createPageScanner, type FoundReference } from './page-scanner';

export interface TooltipsOptions {
  readonly doc: Document;
  readonly settings: () => Settings;
  readonly client: DataClient;
  readonly createHost: CreateCardHost;
  /** Called after "Read in full", e.g. to close the popup's own card. */
  readonly onOpenArticle?: (target: { slug?: string; blockId?: string; osis?: string }) => void;
  /**
   * The explanation block a reference sits in, when the document is itself an
   * explanation (the popup's reading view): the card then offers the others.
   */
  readonly explanationAround?: (node: Node) => ExplanationTarget | undefined;
}

export interface ScriptureTooltips {
  /** Rescan everything (a setting that changes detection changed). */
  rescan(): void;
  /** Hide the card and forget cached data (translation or articles changed). */
  refresh(): void;
  readonly referenceCount: number;
  stop(): void;
}

/** Longest text of a focused element that still reads as one link or control. */
const FOCUS_PREVIEW_MAX_CHARS = 200;

const sameReference = (a: FoundReference, b: FoundReference) =>
  a.block.element === b.block.element && a.match.start === b.match.start && a.match.osis === b.match.osis;

export function startScriptureTooltips(options: TooltipsOptions): ScriptureTooltips {
  const { doc, client } = options;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) throw new Error('The document has no window');
  const abort = new AbortController();
  const { signal } = abort;
  const highlighter = createHighlighter(win);
  const scanner = createPageScanner(
    doc,
    highlighter,
    (text, context, heading) => {
      const matches = findReferences(text, { context, heading, chapterOnlyAbbreviations: options.settings().chapterOnlyAbbreviations });
      // A heading opens a section: its passage or book (or none) is the context for the blocks under it.
      const contextOut = heading ? contextOfHeading(text, matches) : contextAfter(matches, context);
      return { matches, contextOut };
    },
    {
      signal,
      onError: (where, error) => client.reportError(where, error),
      // Text that arrives under a resting pointer is hit-tested without waiting for it to move.
      onRescan: () => {
        if (lastMove) frame ||= win.requestAnimationFrame(hitTest);
      },
    },
  );
  const card = createCardView(options.createHost);

  let current: { ref: FoundReference; props: CardProps } | undefined;

  const propsFor = (ref: FoundReference): CardProps => {
    const settings = options.settings();
    const range = parseOsisRange(ref.match.osis);
    return {
      label: range ? formatRangeLabel(range, uiLanguage()) : ref.match.text,
      contextual: ref.match.contextual,
      translation: settings.translation,
      passage: { status: 'loading' },
      ...(settings.showExplanations ? { explanation: { status: 'loading' } as Loadable<ExplanationResult> } : {}),
      theme: settings.theme,
      onReadArticle: (target) => {
        const full = { ...target, osis: ref.match.osis };
        client.openArticle(full).catch((error) => client.reportError('openArticle', error));
        options.onOpenArticle?.(full);
      },
    };
  };

  const load = (ref: FoundReference) => {
    const settings = options.settings();
    const passage = client.getPassage(ref.match.osis, settings.translation);
    const explanation = settings.showExplanations
      ? client.getExplanation(ref.match.osis, options.explanationAround?.(ref.range.startContainer))
      : undefined;
    return { passage, explanation };
  };

  const settle = <T,>(promise: Promise<T>, apply: (value: Loadable<T>) => void) =>
    promise.then(
      (value) => apply({ status: 'ready', value }),
      (error: unknown) => apply({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );

  const controller = createHoverController<FoundReference>({
    dwellMs: () => options.settings().dwellMs,
    sameTarget: sameReference,
    prefetch: (ref) => {
      const { passage, explanation } = load(ref);
      passage.catch(() => {});
      explanation?.catch(() => {});
    },
    show: (ref) => {
      const props = propsFor(ref);
      current = { ref, props };
      card.show(props, ref.range).catch((error) => client.reportError('card', error));
      const { passage, explanation } = load(ref);
      const patch = (change: Partial<CardProps>) => {
        if (!current || current.ref !== ref) return;
        current = { ref, props: { ...current.props, ...change } };
        card.update(current.props);
      };
      const readMore = (total: number) => () => {
        const more = client.getPassage(ref.match.osis, options.settings().translation, Math.min(total, MAX_PASSAGE_LIMIT));
        void settle<Passage>(more, (value) => patch({ passage: value, onReadMore: undefined }));
      };
      void settle<Passage>(passage, (value) =>
        patch({ passage: value, ...(value.status === 'ready' && value.value.truncated ? { onReadMore: readMore(value.value.totalVerses) } : {}) }),
      );
      if (explanation) void settle<ExplanationResult>(explanation, (value) => patch({ explanation: value }));
    },
    hide: () => {
      current = undefined;
      card.hide();
    },
  });

  // Hit-test at most once per animation frame, with the latest pointer position.
  let lastMove: { x: number; y: number; overCard: boolean } | undefined;
  let frame = 0;
  const hitTest = () => {
    frame = 0;
    const move = lastMove;
    if (!move) return;
    try {
      if (move.overCard) return controller.pointerAt(undefined, true);
      const caret = caretFromPoint(doc, move.x, move.y);
      const ref = caret ? scanner.referenceAt(caret.node, caret.offset) : undefined;
      controller.pointerAt(ref && rangeContainsPoint(ref.range, move.x, move.y) ? ref : undefined, false);
    } catch (error) {
      client.reportError('hover', error);
    }
  };
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      // composedPath() is empty once dispatch ends, so read it now, not in the frame.
      lastMove = { x: event.clientX, y: event.clientY, overCard: card.isCardEvent(event) };
      frame ||= win.requestAnimationFrame(hitTest);
    },
    { capture: true, passive: true, signal },
  );
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
        client.reportError('focus', error);
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

  scanner.scanAll();

  return {
    rescan: () => {
      controller.escape();
      scanner.scanAll();
    },
    refresh: () => {
      controller.escape();
      client.clear();
    },
    get referenceCount() {
      return scanner.count;
    },
    stop: () => {
      controller.dispose();
      card.hide();
      if (frame) win.cancelAnimationFrame(frame);
      abort.abort();
    },
  };
}
