/**
 * Content script: wiring only. Reads the settings, starts the tooltips when
 * the extension is on for this site, and follows setting changes live.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '../../components/card.css?inline';
import { isActiveOn, type Settings } from '../../lib/settings';
import { createDataClient } from '../../hover/data-client';
import { CARD_HOST_TAG } from '../../hover/skip-rules';
import { startScriptureTooltips, type ScriptureTooltips } from '../../hover/scripture-tooltips';
import type { CardHost } from '../../hover/card-view';
import { loadSettings, watchSettings } from '../../extension/settings-store';
import { sendToBackground } from '../../extension/send-message';
import './highlight.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const client = createDataClient(sendToBackground);
    try {
      // XML, SVG and other non-HTML documents have no prose to decorate.
      if (!(document.documentElement instanceof HTMLElement)) return;
      let settings: Settings = await loadSettings();
      let tooltips: ScriptureTooltips | undefined;

      const createHost = async (): Promise<CardHost> => {
        const ui = await createShadowRootUi(ctx, {
          name: CARD_HOST_TAG,
          mode: 'open',
          css: cardCss,
          position: 'inline',
          // At the end of <html>, outside <body>: the page's body stays as it was.
          anchor: 'html',
          append: 'last',
          isolateEvents: ['keydown', 'keyup', 'keypress'],
          onMount: () => undefined,
        });
        ui.mount();
        return { host: ui.shadowHost, container: ui.uiContainer };
      };

      const apply = () => {
        const active = isActiveOn(settings, location.hostname);
        if (active && !tooltips) {
          tooltips = startScriptureTooltips({ doc: document, settings: () => settings, client, createHost });
        } else if (!active && tooltips) {
          tooltips.stop();
          tooltips = undefined;
        }
      };

      watchSettings((next) => {
        const rescan = next.chapterOnlyAbbreviations !== settings.chapterOnlyAbbreviations;
        const refresh = next.translation !== settings.translation || next.showExplanations !== settings.showExplanations;
        settings = next;
        try {
          apply();
          if (rescan) tooltips?.rescan();
          else if (refresh) tooltips?.refresh();
        } catch (error) {
          client.reportError('settings', error);
        }
      }, ctx.signal);
      ctx.onInvalidated(() => tooltips?.stop());
      apply();
    } catch (error) {
      client.reportError('start', error);
    }
  },
});
