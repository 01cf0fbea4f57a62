/**
 * Content script: wiring only. Reads the settings, starts the tooltips when
 * the extension is on for this site, and follows setting changes live.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import cardCss from '../../components/card.css?inline';
import { isActiveOn, type Settings } from '../../lib/settings';
import { createDataClient } from '../../hover/data-client';
import { createPageCardHost } from '../../hover/page-card-host';
import { startScriptureTooltips, type ScriptureTooltips } from '../../hover/scripture-tooltips';
import { loadSettings, watchSettings } from '../../platform/settings-store';
import { sendToBackground } from '../../platform/send-message';
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

      // Our own few lines rather than WXT's shadow-root UI: the same element and
      // styles, without its mounting machinery in every page's bundle.
      const createHost = async () => createPageCardHost(document, cardCss);

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
      ctx.onInvalidated(() => tooltips?.stop());
      apply();
    } catch (error) {
      client.reportError('start', error);
    }
  },
});
