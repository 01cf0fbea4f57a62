import { describe, expect, it } from 'vitest';
import { openArticle, type OpenArticleApi } from '../../../platform/open-article';

const POPUP = 'chrome-extension://abc/popup.html';
const target = { slug: 'how-jesus-intercedes', blockId: 'an-advocate--6' };

function fakeApi(buttons: Pick<OpenArticleApi, 'action' | 'browserAction'>) {
  const tabs: string[] = [];
  const api: OpenArticleApi = { ...buttons, popupPageUrl: POPUP, createTab: async (url) => tabs.push(url) };
  return { api, tabs };
}

const button = (result: 'opens' | 'throws') => {
  const calls: string[] = [];
  return {
    calls,
    openPopup: async () => {
      calls.push('openPopup');
      if (result === 'throws') throw new Error('openPopup requires a user gesture');
    },
  };
};

describe('"Read the full article"', () => {
  it('opens the popup through `action` (Chrome, Firefox MV3)', async () => {
    const action = button('opens');
    const { api, tabs } = fakeApi({ action });
    expect(await openArticle(api, target)).toBe('popup');
    expect(action.calls).toEqual(['openPopup']);
    expect(tabs).toEqual([]);
  });

  it('opens the popup through `browserAction` when there is no `action` (Firefox MV2)', async () => {
    const browserAction = button('opens');
    const { api, tabs } = fakeApi({ browserAction });
    expect(await openArticle(api, target)).toBe('popup');
    expect(browserAction.calls).toEqual(['openPopup']);
    expect(tabs).toEqual([]);
  });

  it('opens a tab at the block when the browser refuses the popup', async () => {
    const { api, tabs } = fakeApi({ action: button('throws') });
    expect(await openArticle(api, target)).toBe('tab');
    expect(tabs).toEqual([`${POPUP}?article=how-jesus-intercedes&block=an-advocate--6#an-advocate`]);
  });

  it('opens a tab when the toolbar button has no openPopup at all', async () => {
    const { api, tabs } = fakeApi({ browserAction: {} });
    expect(await openArticle(api, target)).toBe('tab');
    expect(tabs).toHaveLength(1);
    const none = fakeApi({});
    expect(await openArticle(none.api, target)).toBe('tab');
    expect(none.tabs).toHaveLength(1);
  });
});
