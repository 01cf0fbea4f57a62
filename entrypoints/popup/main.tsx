/**
 * Popup: wiring only. The reading view asks the worker for everything it
 * shows (the list, an article, a commentary chapter, search), opens where
 * "Read in full" pointed, and makes the references in it hoverable with the
 * same card as on web pages.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import cardCss from '../../components/card.css?inline';
import { createDataClient } from '../../hover/data-client';
import { startScriptureTooltips } from '../../hover/scripture-tooltips';
import { createPageCardHost } from '../../hover/page-card-host';
import { loadSettings, saveSettings, settingsSaveErrorMessage, watchSettings } from '../../platform/settings-store';
import { sendToBackground } from '../../platform/send-message';
import { loadReadingPosition, saveReadingPosition, takePopupTarget, targetFromUrl, type PopupTarget } from '../../platform/popup-target';
import { watchStoredArticles } from '../../platform/article-store';
import type { Settings } from '../../lib/settings';
import type { ExplanationTarget } from '../../lib/explanations/types';
import { t, uiLanguage } from '../../components/i18n';
import './popup.css';

async function readTarget(): Promise<PopupTarget | undefined> {
  return targetFromUrl(location.href) ?? (await takePopupTarget());
}

/** Whether this document is the toolbar popup, rather than popup.html opened in a tab. */
function isToolbarPopup(): boolean {
  try {
    return browser.extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    return !location.search;
  }
}

async function activeSite(): Promise<string | undefined> {
  if (location.search.includes('article=')) return undefined;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  try {
    const url = new URL(tab?.url ?? '');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : undefined;
  } catch {
    return undefined;
  }
}

/** The reading block a node sits in: the card over it then offers the other explanations. */
function explanationAround(node: Node): ExplanationTarget | undefined {
  const element = node instanceof Element ? node : node.parentElement;
  const blockId = element?.closest<HTMLElement>('[data-block]')?.dataset.block;
  const slug = element?.closest<HTMLElement>('[data-slug]')?.dataset.slug;
  return blockId && slug ? { slug, blockId } : undefined;
}

/** The popup's message for a setting that could not be saved ('' hides it). */
function showSaveError(message: string): void {
  const box = document.getElementById('save-error')!;
  box.textContent = message;
  box.hidden = !message;
}

async function main() {
  // The page's language and title are the UI's (index.html's are English placeholders).
  document.documentElement.lang = uiLanguage();
  document.title = t('extName');
  document.documentElement.dataset.context = isToolbarPopup() ? 'popup' : 'tab';
  const root = document.getElementById('app')!;
  const [settings, target, site, restore] = await Promise.all([loadSettings(), readTarget(), activeSite(), loadReadingPosition()]);
  const client = createDataClient(sendToBackground);
  let current: Settings = settings;
  let catalogueVersion = 0;
  const draw = () =>
    render(
      <PopupApp
        client={client}
        catalogueVersion={catalogueVersion}
        settings={current}
        site={site}
        initialTarget={target}
        restore={restore}
        onReadingChange={(position) => void saveReadingPosition(position)}
        onSettingsChange={(next) => {
          const before = current;
          current = next;
          draw();
          showSaveError('');
          saveSettings(next).catch((error: unknown) => {
            // The switch goes back to what is stored, and the reader is told why.
            current = before;
            draw();
            showSaveError(settingsSaveErrorMessage(error));
          });
        }}
      />,
      root,
    );
  draw();
  watchSettings((next) => {
    current = next;
    client.clear();
    draw();
  });
  watchStoredArticles(() => {
    catalogueVersion++;
    client.clear();
    draw();
  });
  startScriptureTooltips({
    doc: document,
    settings: () => current,
    client,
    createHost: async () => createPageCardHost(document, cardCss),
    explanationAround,
  });
}

void main();
