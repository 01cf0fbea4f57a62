/**
 * Popup: wiring only. Renders the article (opened where "Read the full
 * article" pointed), the two switches, and makes the references inside the
 * article hoverable with the same card as on web pages.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import bundledArticles from 'virtual:bundled-articles';
import { PopupApp, type ReadingPosition } from '../../components/PopupApp';
import cardCss from '../../components/card.css?inline';
import { createDataClient } from '../../hover/data-client';
import { startScriptureTooltips } from '../../hover/scripture-tooltips';
import { createPageCardHost } from '../../hover/page-card-host';
import { loadSettings, saveSettings, settingsSaveErrorMessage, watchSettings } from '../../extension/settings-store';
import { sendToBackground } from '../../extension/send-message';
import { POPUP_TARGET_KEY, READING_POSITION_KEY, targetFromUrl, type PopupTarget } from '../../extension/popup-target';
import { loadImportedArticles, watchStoredArticles, compileStoredArticles } from '../../extension/article-store';
import type { Article } from '../../lib/articles/types';
import type { Settings } from '../../lib/settings';
import './popup.css';

/** A target older than this was not meant for this opening of the popup. */
const TARGET_MAX_AGE_MS = 60_000;

async function readTarget(): Promise<PopupTarget | undefined> {
  const fromUrl = targetFromUrl(location.href);
  if (fromUrl) return fromUrl;
  const stored = (await browser.storage.session.get(POPUP_TARGET_KEY))[POPUP_TARGET_KEY] as (PopupTarget & { at?: number }) | undefined;
  await browser.storage.session.remove(POPUP_TARGET_KEY);
  return stored && Date.now() - (stored.at ?? 0) < TARGET_MAX_AGE_MS ? stored : undefined;
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

/** The popup's message for a setting that could not be saved ('' hides it). */
function showSaveError(message: string): void {
  const box = document.getElementById('save-error')!;
  box.textContent = message;
  box.hidden = !message;
}

async function main() {
  const root = document.getElementById('app')!;
  const [settings, target, site, imported, stored] = await Promise.all([
    loadSettings(),
    readTarget(),
    activeSite(),
    loadImportedArticles().catch(() => [] as Article[]),
    browser.storage.local.get(READING_POSITION_KEY),
  ]);
  let current: Settings = settings;
  let articles: readonly Article[] = [...imported, ...bundledArticles];
  const restore = stored[READING_POSITION_KEY] as ReadingPosition | undefined;
  const draw = () =>
    render(
      <PopupApp
        articles={articles}
        settings={current}
        site={site}
        initialTarget={target}
        restore={restore}
        onReadingChange={(position) => void browser.storage.local.set({ [READING_POSITION_KEY]: position })}
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
    draw();
  });
  watchStoredArticles((next) => {
    articles = [...compileStoredArticles(next), ...bundledArticles];
    draw();
  });
  startScriptureTooltips({
    doc: document,
    settings: () => current,
    client: createDataClient(sendToBackground),
    createHost: async () => createPageCardHost(document, cardCss),
  });
}

void main();
