/** Options page: wiring only. Loads the settings, saves every change at once; "Your articles" below them. */
import { render } from 'preact';
import { ArticleImport, type ArticleStoreApi } from '../../components/ArticleImport';
import { Licences, OptionsForm } from '../../components/OptionsForm';
import {
  deleteArticle,
  loadStoredArticles,
  restoreArticle,
  saveArticle,
  watchStoredArticles,
} from '../../platform/article-store';
import { loadSettings, saveSettings, settingsSaveErrorMessage, watchSettings } from '../../platform/settings-store';
import { normalizeSettings, type Settings } from '../../lib/settings';
import { COMMENTARY_SOURCES } from '../../lib/commentaries/reader';
import { createDataClient } from '../../hover/data-client';
import { sendToBackground } from '../../platform/send-message';
import { t, uiLanguage } from '../../components/i18n';
import './options.css';
import '../../components/articles.css';

const articleStore: ArticleStoreApi = {
  load: () => loadStoredArticles(),
  save: (article, options) => saveArticle(article, options),
  remove: (slug) => deleteArticle(slug),
  restore: (deleted) => restoreArticle(deleted),
  watch: (onChange, signal) => watchStoredArticles(onChange, signal),
};
// A document made by DOMParser is inert: no script runs and nothing is fetched.
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Slugs an import may not take: the bundled articles' and the commentaries', as the worker lists them. */
async function loadReservedSlugs(): Promise<string[]> {
  const listing = await createDataClient(sendToBackground).listCatalogue();
  return [...listing.articles.filter((a) => a.source === 'bundled').map((a) => a.slug), ...COMMENTARY_SOURCES];
}

async function main() {
  // The page's language and title are the UI's (index.html's are English placeholders).
  document.documentElement.lang = uiLanguage();
  document.title = t('options.pageTitle');
  const root = document.getElementById('app')!;
  const [loaded, reservedSlugs] = await Promise.all([loadSettings(), loadReservedSlugs().catch(() => [...COMMENTARY_SOURCES])]);
  let settings = loaded;
  let status = '';
  const draw = () =>
    render(
      <>
        <h1>{t('extName')}</h1>
        <OptionsForm settings={settings} status={status} onChange={change} />
        <ArticleImport store={articleStore} parseHtml={parseHtml} reservedSlugs={reservedSlugs} />
        <Licences />
      </>,
      root,
    );
  function change(next: Settings) {
    settings = normalizeSettings(next);
    status = t('options.saving');
    draw();
    saveSettings(settings).then(
      () => {
        status = t('options.saved');
        draw();
      },
      async (error: unknown) => {
        // Show what is really stored, and why the change is not.
        settings = await loadSettings();
        status = settingsSaveErrorMessage(error);
        draw();
      },
    );
  }
  watchSettings((next) => {
    settings = next;
    draw();
  });
  draw();
}

void main();
