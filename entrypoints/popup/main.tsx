/**
 * Popup: wiring only. The reading view (components/PopupPage) asks the
 * worker for everything it shows, opens where "Read in full" pointed, and
 * makes the references in it hoverable with the same card as on web pages.
 */
import { render } from 'preact';
import { explanationAround } from '../../components/ArticleView';
import { localizePage, t } from '../../components/i18n';
import { PopupPage } from '../../components/PopupPage';
import { createDataClient } from '../../hover/data-client';
import { cardHostIn } from '../../hover/page-card-host';
import { startScriptureTooltips } from '../../hover/scripture-tooltips';
import { watchStoredArticles } from '../../platform/article-store';
import { activeSite, isToolbarPopup, readTarget } from '../../platform/popup-context';
import { loadReadingPosition, saveReadingPosition } from '../../platform/popup-target';
import { sendToBackground } from '../../platform/send-message';
import { settingsStore } from '../../platform/stores';
import './popup.css';

async function main() {
  localizePage(document, t('extName'));
  document.documentElement.dataset.context = isToolbarPopup() ? 'popup' : 'tab';
  const [settings, target, site, restore] = await Promise.all([settingsStore.load(), readTarget(), activeSite(), loadReadingPosition()]);
  const client = createDataClient(sendToBackground);
  render(
    <PopupPage
      client={client} settingsStore={settingsStore} initialSettings={settings} watchArticles={watchStoredArticles}
      site={site} initialTarget={target} restore={restore} onReadingChange={(position) => void saveReadingPosition(position)}
      // Every reference underlined, not only those near the view: the text scrolls inside a box.
      startTooltips={(current) => startScriptureTooltips({ doc: document, settings: current, client, createHost: cardHostIn(document), explanationAround, highlightAll: true })}
    />,
    document.getElementById('app')!,
  );
}

void main();
