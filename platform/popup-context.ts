/**
 * What the popup learns from the browser as it opens: whether it is the
 * toolbar popup or a tab, the site of the tab it belongs to, and where it
 * was sent.
 */
import { browser } from 'wxt/browser';
import { takePopupTarget, targetFromUrl, type PopupTarget } from './popup-target';

/** Whether this document is the toolbar popup, rather than popup.html opened in a tab. */
export function isToolbarPopup(): boolean {
  try {
    return browser.extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    return !location.search;
  }
}

/** The host name of the active tab, for "On this site"; none for extension pages or a popup opened in a tab. */
export async function activeSite(): Promise<string | undefined> {
  if (location.search.includes('article=')) return undefined;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  try {
    const url = new URL(tab?.url ?? '');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : undefined;
  } catch {
    return undefined;
  }
}

/** Where to open: the URL's target (a tab), else the one "Read in full" recorded. */
export async function readTarget(): Promise<PopupTarget | undefined> {
  return targetFromUrl(location.href) ?? (await takePopupTarget());
}
