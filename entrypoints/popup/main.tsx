/**
 * Popup: wiring only. The reading view asks the worker for everything it
 * shows (the list, an article, a commentary chapter, search), opens where
 * "Read in full" pointed, and makes the references in it hoverable with the
 * same card as on web pages.
 */
import { render } from 'preact';
import { PopupPage } from '../../components/PopupPage';
import cardCss from '../../components/card.css?inline';
import { createDataClient } from '../../hover/data-client';
import { startScriptureTooltips } from '../../hover/scripture-tooltips';
import { createPageCardHost } from '../../hover/page-card-host';
import { loadSettings } from '../../platform/settings-store';
import { settingsStore } from '../../platform/stores';
import { sendToBackground } from '../../platform/send-message';
import { loadReadingPosition, saveReadingPosition } from '../../platform/popup-target';
import { activeSite, isToolbarPopup, readTarget } from '../../platform/popup-context';
import { explanationAround } from '../../components/ArticleView';
import { watchStoredArticles } from '../../platform/article-store';
import type { Settings } from '../../lib/settings';
import { t, uiLanguage } from '../../components/i18n';
import './popup.css';

async function main() {
  // The page's language and title are the UI's (index.html's are English placeholders).
  document.documentElement.lang = uiLanguage();
  document.title = t('extName');
  document.documentElement.dataset.context = isToolbarPopup() ? 'popup' : 'tab';
  const [settings, target, site, restore] = await Promise.all([loadSettings(), readTarget(), activeSite(), loadReadingPosition()]);
  const client = createDataClient(sendToBackground);
  let current: Settings = settings;
  render(
    <PopupPage
      client={client}
      settingsStore={settingsStore}
      initialSettings={settings}
      watchArticles={watchStoredArticles}
      site={site}
      initialTarget={target}
      restore={restore}
      onReadingChange={(position) => void saveReadingPosition(position)}
      onSettings={(next) => {
        current = next;
      }}
    />,
    document.getElementById('app')!,
  );
  startScriptureTooltips({
    doc: document,
    settings: () => current,
    client,
    createHost: async () => createPageCardHost(document, cardCss),
    explanationAround,
    highlightAll: true,
  });
}

void main();
