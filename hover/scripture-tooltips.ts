/**
 * Makes every Bible reference in a document hoverable: scan → highlight →
 * hit-test the pointer → show the card. Used by the content script on web
 * pages (and in their frames) and by the popup on the article, so both
 * behave the same. This file is the lifecycle; the parts are the page scanner
 * (what is where), the pointer input (what the reader points at), the hover
 * controller (when), and the card session (what the card shows); beside the
 * pointer, the keyboard commands, touch, and the announcer for screen readers.
 */
import type { ToContentMessage } from '../lib/content-messages';
import type { ExplanationTarget } from '../lib/explanations/types';
import { contextAfter, contextOfHeading, findReferences } from '../lib/references';
import type { Settings } from '../lib/settings';
import type { Detect, FoundReference } from './block-index';
import { createAnnouncer } from './announcer';
import { withCardExtras } from './card-extras';
import { createCardSession } from './card-session';
import { createCardView, type CardHost, type CreateCardHost } from './card-view';
import type { DataClient } from './data-client';
import { createHighlighter, nearViewOnly } from './highlighter';
import { createHoverController } from './hover-controller';
import { idleScheduler, type CreateScheduler } from './idle-work';
import { createPageScanner } from './page-scanner';
import { startKeyboardCommands } from './keyboard-commands';
import { startPointerInput } from './pointer-input';
import { startTouchInput } from './touch';

export interface TooltipsOptions {
  readonly doc: Document;
  readonly settings: () => Settings;
  readonly client: DataClient;
  readonly createHost: CreateCardHost;
  /**
   * The explanation block a reference sits in, when the document is itself an
   * explanation (the popup's reading view): the card then offers the others.
   */
  readonly explanationAround?: (node: Node) => ExplanationTarget | undefined;
  /** A shadow root got its first reference (Firefox needs the underline's style inside it). */
  readonly onShadowReferences?: (root: ShadowRoot) => void;
  /** How scanning work is scheduled; idle slices by default. */
  readonly schedule?: CreateScheduler;
  /**
   * Underline every reference, not only those near the viewport. For the
   * popup: one article or chapter, whose text Preact renders inside a
   * scrolling box, where the near-view observer reported nothing until the
   * reader scrolled.
   */
  readonly highlightAll?: boolean;
}

export interface ScriptureTooltips {
  /** Rescan everything (a setting that changes detection changed). */
  rescan(): void;
  /** Hide the card and forget cached data (translation or articles changed). */
  refresh(): void;
  /** A keyboard command or the context-menu item, from the worker. */
  handle(message: ToContentMessage): void;
  stop(): void;
}

const sameReference = (a: FoundReference, b: FoundReference) => a.block === b.block && a.start === b.start && a.osis === b.osis;

/** The detector as the scanner uses it: a heading opens a section, and its book (or none) is the context for the blocks under it. */
function detectWith(settings: () => Settings): Detect {
  return (text, context, heading) => {
    const matches = findReferences(text, { context, heading, chapterOnlyAbbreviations: settings().chapterOnlyAbbreviations });
    // A heading opens a section: its passage or book (or none) is the context for the blocks under it.
    const contextOut = heading ? contextOfHeading(text, matches) : contextAfter(matches, context);
    return { matches, contextOut };
  };
}

export function startScriptureTooltips(options: TooltipsOptions): ScriptureTooltips {
  const { doc, client } = options;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) throw new Error('The document has no window');
  const reportError = (where: string, error: unknown) => client.reportError(where, error);

  const announcer = createAnnouncer();
  let host: CardHost | undefined;
  const card = withCardExtras(
    createCardView(async () => (host = announcer.attach(await options.createHost()))),
    () => host?.container,
    announcer.cardRendered,
  );
  const session = createCardSession({ card, client, settings: options.settings, explanationAround: options.explanationAround });
  const controller = createHoverController<FoundReference>({
    dwellMs: () => options.settings().dwellMs,
    sameTarget: sameReference,
    prefetch: session.prefetch,
    show: session.show,
    hide: session.hide,
    hiding: (pending) => card.setHiding(pending),
  });
  const highlighter = options.highlightAll ? createHighlighter(win) : nearViewOnly(win, createHighlighter(win));
  const scanner = createPageScanner(doc, highlighter, detectWith(options.settings), {
    schedule: options.schedule ?? idleScheduler(win, (error) => reportError('scan', error)),
    onError: reportError,
    // Text that arrives under a resting pointer is hit-tested without waiting for it to move.
    onRescan: () => pointer.recheck(),
    onShadowReferences: options.onShadowReferences,
  });
  const pointer = startPointerInput({ doc, scanner, card, controller, onError: reportError });
  const keyboard = startKeyboardCommands({ doc, scanner, card, controller, onError: reportError });
  const touch = startTouchInput({ doc, scanner, card, controller, onError: reportError });

  return {
    rescan: () => {
      controller.escape();
      scanner.rescan();
    },
    refresh: () => {
      controller.escape();
      client.clear();
    },
    handle: keyboard.handle,
    stop: () => {
      controller.dispose();
      card.hide();
      pointer.stop();
      keyboard.stop();
      touch.stop();
      scanner.stop();
    },
  };
}
