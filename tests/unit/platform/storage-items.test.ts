/**
 * The storage layer against WXT's fake browser (tests/unit/setup/browser.ts):
 * the real storage items, in the areas and under the keys the extension uses.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, withSite } from '../../../lib/settings';
import { loadStoredArticles, saveArticle, type StoredArticle } from '../../../platform/article-store';
import { loadReadingPosition, recordPopupTarget, saveReadingPosition, takePopupTarget, TARGET_MAX_AGE_MS } from '../../../platform/popup-target';
import { loadSettings, saveSettings, watchSettings } from '../../../platform/settings-store';

const article: StoredArticle = { slug: 'a', title: 'A', date: '2026-11-27', markdown: '# A\n\nRomans 8:34.\n', refCount: 1, verseCount: 1 };

describe('storage items in the browser', () => {
  it('keeps the settings in sync and the site list in local storage, and reads them back joined', async () => {
    const settings = withSite({ ...DEFAULT_SETTINGS, translation: 'kjv' }, 'example.com', false);
    await saveSettings(settings);
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({ settings: expect.objectContaining({ translation: 'kjv' }) });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).not.toHaveProperty('disabledSites');
    expect(await fakeBrowser.storage.local.get('disabledSites')).toEqual({ disabledSites: ['example.com'] });
    expect(await loadSettings()).toEqual(settings);
  });

  it('tells a watcher when another page saves the settings', async () => {
    const onChange = vi.fn();
    const stop = new AbortController();
    watchSettings(onChange, stop.signal);
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, dwellMs: 700 } });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, dwellMs: 700 }));
    stop.abort();
  });

  it('keeps the imported articles under one local key', async () => {
    await saveArticle(article);
    expect(await fakeBrowser.storage.local.get('importedArticles')).toEqual({ importedArticles: [article] });
    expect(await loadStoredArticles()).toEqual([article]);
  });

  it('hands the popup its target once, in session storage, and ignores a stale one', async () => {
    await recordPopupTarget({ slug: 'mhcc', blockId: 'john-3-1-21', osis: 'John.3.16' });
    expect(await fakeBrowser.storage.session.get('popupTarget')).toEqual({ popupTarget: expect.objectContaining({ slug: 'mhcc' }) });
    expect(await takePopupTarget()).toEqual({ slug: 'mhcc', blockId: 'john-3-1-21', osis: 'John.3.16' });
    expect(await takePopupTarget()).toBeUndefined();
    await recordPopupTarget({ slug: 'a' }, undefined, Date.now() - TARGET_MAX_AGE_MS - 1);
    expect(await takePopupTarget()).toBeUndefined();
  });

  it('remembers where the reader left the popup', async () => {
    const position = { view: { kind: 'commentary', source: 'tdavid', book: 'Ps', chapter: 23 }, scrollTop: 240 } as const;
    await saveReadingPosition(position);
    expect(await fakeBrowser.storage.local.get('popupReading')).toEqual({ popupReading: position });
    expect(await loadReadingPosition()).toEqual(position);
  });
});
