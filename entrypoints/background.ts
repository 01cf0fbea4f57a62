/**
 * Background service worker: wiring only. It owns the data (Bible books,
 * commentaries, articles: one catalogue) and answers the pages' messages
 * through lib/background-service. Nothing is assumed to survive a worker restart.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import bundledArticles from 'virtual:bundled-articles';
import { createBibleReader, runsToPlainText, type BookData } from '../lib/bible/passage';
import { createBackgroundService } from '../lib/background-service';
import { createCommentaryReader } from '../lib/commentaries/reader';
import { createExplanationCatalogue } from '../lib/explanations/catalogue';
import { recordPopupTarget } from '../platform/popup-target';
import { openArticle, type OpenArticleApi } from '../platform/open-article';
import { loadImportedArticles } from '../platform/compiled-articles';
import { loadSettings } from '../platform/settings-store';

export default defineBackground(() => {
  const reader = createBibleReader(async (translation, book) => {
    const response = await fetch(browser.runtime.getURL(`/bible/${translation}/${book}.json` as '/'));
    if (!response.ok) throw new Error(`The ${translation.toUpperCase()} text of ${book} is missing from the extension package.`);
    return (await response.json()) as BookData;
  });

  const commentaries = createCommentaryReader(async (source, file) => {
    const response = await fetch(browser.runtime.getURL(`/commentaries/${source}/${file}` as '/'));
    if (!response.ok) throw new Error(`The commentary file ${source}/${file} is missing from the extension package.`);
    return response.json();
  });

  const catalogue = createExplanationCatalogue({
    // Read on every request: the worker may have restarted, and the reader may have imported since.
    loadArticles: async () => [...bundledArticles, ...(await loadImportedArticles())],
    commentaries,
    passageText: async (range) => (await reader.getPassage('kjv', range)).verses.map((verse) => runsToPlainText(verse.runs)).join(' '),
    preferences: async () => {
      const { articleOrder, explanationSources } = await loadSettings();
      return { order: articleOrder, sources: explanationSources };
    },
    logError: (where, message) => console.warn(`[Scripture Tooltips] ${where}: ${message}`),
  });

  const service = createBackgroundService({
    getPassage: (translation, range, limit) => reader.getPassage(translation, range, limit),
    catalogue,
    openArticle: async (target) => {
      await recordPopupTarget(target);
      // Firefox MV2 has `browserAction` where the others have `action`.
      const { action, browserAction } = browser as unknown as Pick<OpenArticleApi, 'action' | 'browserAction'>;
      return openArticle(
        { action, browserAction, popupPageUrl: browser.runtime.getURL('/popup.html'), createTab: (url) => browser.tabs.create({ url }) },
        target,
      );
    },
  });

  browser.runtime.onMessage.addListener((message: unknown) => service.handle(message));
});
