/**
 * The tooltips' life in one frame of a web page: started when the extension
 * is on for the tab's site and the frame is big enough to hold prose,
 * stopped when the reader turns it off there, told of each setting change
 * that matters (lib/settings.ts pageEffect), and handed the worker's
 * messages (the keyboard commands, the context-menu item). Everything stops,
 * and every listener goes, when `signal` aborts: the extension was reloaded
 * or updated, and this copy of the content script is orphaned.
 */
import { parseToContentMessage } from '../lib/content-messages';
import { followShownEffect, isActiveOn, pageEffect, type Settings } from '../lib/settings';
import { isTinyFrame, siteOfFrame, type FrameView } from '../platform/frame';
import type { WorkerMessageListener } from '../platform/send-message';
import { createDataClient, type DataClient, type SendMessage } from './data-client';
import { cardHostIn } from './page-card-host';
import type { ScriptureTooltips, TooltipsOptions } from './scripture-tooltips';

/** The frame, the document and the platform's pieces, as the content script wires them; tests pass fakes. */
export interface PageWiring {
  readonly frame: FrameView & Pick<EventTarget, 'addEventListener'>;
  readonly doc: Document;
  readonly signal: AbortSignal;
  readonly settings: {
    load(): Promise<Settings>;
    watch(onChange: (settings: Settings) => void, signal: AbortSignal): void;
  };
  readonly send: SendMessage;
  readonly listen: (onMessage: WorkerMessageListener, signal: AbortSignal) => void;
  /** hover/scripture-tooltips.ts startScriptureTooltips. */
  readonly start: (options: TooltipsOptions) => ScriptureTooltips;
  /** Passed on to the tooltips (Firefox's underline in shadow roots). */
  readonly onShadowReferences?: (root: ShadowRoot) => void;
}

export async function startOnPage(page: PageWiring): Promise<void> {
  const client = createDataClient(page.send);
  try {
    // XML, SVG and other non-HTML documents have no prose to decorate.
    if (!(page.doc.documentElement instanceof HTMLElement)) return;
    const settings = await page.settings.load();
    if (page.signal.aborted) return;
    followSettings(page, client, settings);
  } catch (error) {
    client.reportError('start', error);
  }
}

function followSettings(page: PageWiring, client: DataClient, initial: Settings): void {
  const { frame, signal } = page;
  const site = siteOfFrame(frame);
  let settings = initial;
  let tooltips: ScriptureTooltips | undefined;

  const startIfWanted = () => {
    if (tooltips || !isActiveOn(settings, site) || isTinyFrame(frame)) return;
    const options = { doc: page.doc, settings: () => settings, client, createHost: cardHostIn(page.doc), onShadowReferences: page.onShadowReferences };
    tooltips = page.start(options);
  };
  const stop = () => {
    tooltips?.stop();
    tooltips = undefined;
    // What the cards showed may be out of date by the time they start again.
    client.clear();
  };

  page.settings.watch((next) => {
    const effect = pageEffect(settings, next, site);
    settings = next;
    try {
      if (effect === 'start') startIfWanted();
      else if (effect === 'stop') stop();
      else if (tooltips) followShownEffect(tooltips, effect);
    } catch (error) {
      client.reportError('settings', error);
    }
  }, signal);
  page.listen((raw) => {
    const message = parseToContentMessage(raw);
    if (typeof message === 'string') return undefined;
    tooltips?.handle(message);
    return Promise.resolve(!!tooltips);
  }, signal);
  signal.addEventListener('abort', stop, { once: true });
  // A frame that starts tiny (hidden, or sized later by its page) starts when it grows.
  if (isTinyFrame(frame)) frame.addEventListener('resize', startIfWanted, { signal });
  startIfWanted();
}
