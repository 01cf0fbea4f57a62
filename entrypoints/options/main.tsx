/** Options page: wiring only. The page itself is components/OptionsPage. */
import { render } from 'preact';
import { OptionsPage } from '../../components/OptionsPage';
import { localizePage, t } from '../../components/i18n';
import { createDataClient } from '../../hover/data-client';
import { COMMENTARY_SOURCES } from '../../lib/commentaries/reader';
import { sendToBackground } from '../../platform/send-message';
import { articleStore, settingsStore } from '../../platform/stores';
import './options.css';
import '../../components/articles.css';

// A document made by DOMParser is inert: no script runs and nothing is fetched.
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Slugs an import may not take: the bundled articles' and the commentaries', as the worker lists them. */
async function loadReservedSlugs(): Promise<string[]> {
  const listing = await createDataClient(sendToBackground).listCatalogue();
  return [...listing.articles.filter((a) => a.source === 'bundled').map((a) => a.slug), ...COMMENTARY_SOURCES];
}

async function main() {
  localizePage(document, t('options.pageTitle'));
  const [settings, reservedSlugs] = await Promise.all([settingsStore.load(), loadReservedSlugs().catch(() => [...COMMENTARY_SOURCES])]);
  render(
    <OptionsPage settingsStore={settingsStore} initialSettings={settings} articleStore={articleStore} parseHtml={parseHtml} reservedSlugs={reservedSlugs} />,
    document.getElementById('app')!,
  );
}

void main();
