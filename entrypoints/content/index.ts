/**
 * Content script: wiring only. Runs in every frame (same-origin, srcdoc,
 * about:blank and cross-origin ones); hover/page-lifecycle.ts starts the
 * tooltips where the extension is on and follows setting changes live.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import highlightCss from './highlight.css?inline';
import firefoxHighlightCss from '../../platform/firefox-highlight.css?inline';
import { startOnPage } from '../../hover/page-lifecycle';
import { startScriptureTooltips } from '../../hover/scripture-tooltips';
import { adoptHighlightStyle } from '../../hover/shadow-style';
import { listenToWorker, sendToBackground } from '../../platform/send-message';
import { loadSettings, watchSettings } from '../../platform/settings-store';
import './highlight.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  cssInjectionMode: 'manifest',
  main: (ctx) =>
    startOnPage({
      frame: window,
      doc: document,
      signal: ctx.signal,
      settings: { load: loadSettings, watch: watchSettings },
      send: sendToBackground,
      listen: listenToWorker,
      start: startScriptureTooltips,
      // Firefox only; the Chrome build leaves it out: a shadow root needs the highlight's style inside it,
      // the wash that Firefox 140 paints as well as the underline (ADR 8).
      onShadowReferences: import.meta.env.FIREFOX ? (root) => adoptHighlightStyle(root, `${highlightCss}\n${firefoxHighlightCss}`) : undefined,
    }),
});
