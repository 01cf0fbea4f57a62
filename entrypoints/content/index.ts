/**
 * Content script: wiring only. Runs in every frame (same-origin, srcdoc,
 * about:blank and cross-origin ones), reads the settings, starts the
 * tooltips when the extension is on for the tab's site, and follows setting
 * changes live.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import cardCss from '../../components/card.css?inline';
import highlightCss from './highlight.css?inline';
import { isActiveOn, siteHostname, type Settings } from '../../lib/settings';
import { createDataClient } from '../../hover/data-client';
import { createPageCardHost } from '../../hover/page-card-host';
import { startScriptureTooltips, type ScriptureTooltips } from '../../hover/scripture-tooltips';
import { adoptHighlightStyle } from '../../hover/shadow-style';
import { loadSettings, watchSettings } from '../../platform/settings-store';
import { sendToBackground } from '../../platform/send-message';
import { parseToContentMessage } from '../../lib/content-messages';
import './highlight.css';

/** Frames smaller than this (tracking pixels, hidden helpers) are not read until they grow. */
const MIN_FRAME_SIDE_PX = 40;

/** The tab's site as this frame can know it. */
function siteOfThisFrame(): string {
  let topHostname: string | undefined;
  try {
    topHostname = window.top?.location.hostname || undefined;
  } catch {
    // A cross-origin top: read its origin from ancestorOrigins instead.
  }
  return siteHostname({ ownHostname: location.hostname, topHostname, ancestorOrigins: location.ancestorOrigins ? [...location.ancestorOrigins] : undefined });
}

const isTinyFrame = () => window !== window.top && (window.innerWidth < MIN_FRAME_SIDE_PX || window.innerHeight < MIN_FRAME_SIDE_PX);

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const client = createDataClient(sendToBackground);
    try {
      // XML, SVG and other non-HTML documents have no prose to decorate.
      if (!(document.documentElement instanceof HTMLElement)) return;
      let settings: Settings = await loadSettings();
      let tooltips: ScriptureTooltips | undefined;
      const site = siteOfThisFrame();

      // Our own few lines rather than WXT's shadow-root UI: the same element and
      // styles, without its mounting machinery in every page's bundle.
      const createHost = async () => createPageCardHost(document, cardCss);

      const apply = () => {
        const wanted = isActiveOn(settings, site);
        if (wanted && !tooltips && !isTinyFrame()) {
          tooltips = startScriptureTooltips({
            doc: document,
            settings: () => settings,
            client,
            createHost,
            onShadowReferences: import.meta.env.FIREFOX ? (root) => adoptHighlightStyle(root, highlightCss) : undefined,
          });
        } else if (!wanted && tooltips) {
          tooltips.stop();
          tooltips = undefined;
        }
      };

      watchSettings((next) => {
        const rescan = next.chapterOnlyAbbreviations !== settings.chapterOnlyAbbreviations;
        const refresh =
          next.translation !== settings.translation ||
          next.showExplanations !== settings.showExplanations ||
          next.articleOrder !== settings.articleOrder ||
          JSON.stringify(next.explanationSources) !== JSON.stringify(settings.explanationSources);
        settings = next;
        try {
          apply();
          if (rescan) tooltips?.rescan();
          else if (refresh) tooltips?.refresh();
        } catch (error) {
          client.reportError('settings', error);
        }
      }, ctx.signal);
      // The keyboard commands and the context-menu item, forwarded by the worker.
      const onMessage = (raw: unknown) => {
        const message = parseToContentMessage(raw);
        if (typeof message === 'string') return undefined;
        tooltips?.handle(message);
        return Promise.resolve(!!tooltips);
      };
      browser.runtime.onMessage.addListener(onMessage);
      ctx.onInvalidated(() => {
        browser.runtime.onMessage.removeListener(onMessage);
        tooltips?.stop();
      });
      // A frame that starts tiny (hidden, or sized later by its page) starts when it grows.
      if (isTinyFrame()) window.addEventListener('resize', () => apply(), { signal: ctx.signal });
      apply();
    } catch (error) {
      client.reportError('start', error);
    }
  },
});
