/**
 * Background service worker: wiring only. It owns the data (Bible books,
 * commentaries, articles: one catalogue) and answers the pages' messages
 * through lib/background-service. Nothing is assumed to survive a worker restart.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import bundledArticles from 'virtual:bundled-articles';
import { createBibleReader, type BookData } from '../lib/bible/passage';
import { createBackgroundService } from '../lib/background-service';
import { COMMAND_STRINGS, SHOW_PASSAGE_MENU_ID, createCommandRouter } from '../lib/commands';
import { createCommentaryReader } from '../lib/commentaries/reader';
import { createExplanationCatalogue } from '../lib/explanations/catalogue';
import { popupUrl, POPUP_TARGET_KEY } from '../extension/popup-target';
import { loadImportedArticles } from '../extension/compiled-articles';
import { loadSettings } from '../extension/settings-store';

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
      await browser.storage.session.set({ [POPUP_TARGET_KEY]: { ...target, at: Date.now() } });
      try {
        // Chrome 127+ opens the popup from an extension message; elsewhere it throws.
        await browser.action.openPopup();
        return 'popup';
      } catch {
        await browser.tabs.create({ url: popupUrl(browser.runtime.getURL('/popup.html'), target) });
        return 'tab';
      }
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
    browser.contextMenus.create({ id: SHOW_PASSAGE_MENU_ID, title: COMMAND_STRINGS.menuShowPassage, contexts: ['selection'] }, () => void browser.runtime.lastError);
  });
});
