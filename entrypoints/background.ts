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
import { SHOW_PASSAGE_MENU_ID, createCommandRouter } from '../lib/commands';
import { t } from '../components/i18n';
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

  // Keyboard commands (manifest `commands`) and the context-menu item go to the page's content script.
  const commands = createCommandRouter({
    sendToTab: (tabId, message, frameId) => browser.tabs.sendMessage(tabId, message, frameId === undefined ? undefined : { frameId }),
    activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
    logError: (where, message) => console.debug(`[Scripture Tooltips] ${where}: ${message}`),
  });
  browser.commands.onCommand.addListener((name, tab) => void commands.onCommand(name, tab));
  browser.contextMenus.onClicked.addListener((info, tab) => void commands.onMenuClick(info, tab));
  // Menu items outlive the worker; they are (re)made when the extension is installed or updated.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: SHOW_PASSAGE_MENU_ID, title: t('menuShowPassage'), contexts: ['selection'] }, () => void browser.runtime.lastError);
  });
});
