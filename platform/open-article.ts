/**
 * "Read the full article": the toolbar popup where the browser lets an
 * extension open it, else the same page in a tab. Chrome and Firefox MV3
 * call the toolbar button `action`; Firefox MV2 calls it `browserAction`.
 */
import { popupUrl, type PopupTarget } from './popup-target';

interface ToolbarButton {
  openPopup(): Promise<void>;
}

/** The parts of `browser` this needs; tests pass fakes. */
export interface OpenArticleApi {
  readonly action?: ToolbarButton;
  readonly browserAction?: Partial<ToolbarButton>;
  readonly popupPageUrl: string;
  createTab(url: string): Promise<unknown>;
}

export async function openArticle(api: OpenArticleApi, target: PopupTarget): Promise<'popup' | 'tab'> {
  const button = api.action ?? api.browserAction;
  try {
    // Chrome 127+ and Firefox open the popup from an extension message; older
    // Chrome throws, and a browser without the method has no popup to open.
    if (typeof button?.openPopup !== 'function') throw new Error('no openPopup');
    await button.openPopup();
    return 'popup';
  } catch {
    await api.createTab(popupUrl(api.popupPageUrl, target));
    return 'tab';
  }
}
