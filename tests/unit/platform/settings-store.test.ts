import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, withSite, type Settings } from '../../../lib/settings';
import {
  SYNC_ITEM_LIMIT_BYTES,
  SettingsSaveError,
  assertFitsSyncItem,
  joinSettings,
  loadSettings,
  saveSettings,
  syncItemBytes,
  watchSettings,
} from '../../../platform/settings-store';
import { fakeStoredItem } from '../../fixtures/platform/fake-stored-item';

/** The two settings items, empty or holding what an older version left. */
function fakeItems(synced: unknown = null, sites: unknown = null) {
  return { synced: fakeStoredItem(synced, { key: SETTINGS_STORAGE_KEY, perItemLimit: SYNC_ITEM_LIMIT_BYTES }), sites: fakeStoredItem(sites) };
}

/** n distinct, realistic host names. */
const hosts = (n: number) => Array.from({ length: n }, (_, i) => `news-site-number-${i}.example.org`);

describe('settings storage', () => {
  it('saves thousands of disabled sites, which one sync item could never hold', async () => {
    const items = fakeItems();
    const many: Settings = { ...DEFAULT_SETTINGS, disabledSites: hosts(3000) };
    expect(syncItemBytes(SETTINGS_STORAGE_KEY, many)).toBeGreaterThan(SYNC_ITEM_LIMIT_BYTES);
    await saveSettings(many, items);
    expect(items.sites.value).toHaveLength(3000);
    expect(items.synced.value).not.toHaveProperty('disabledSites');
    expect(await loadSettings(items)).toEqual(many);
  });

  it('keeps the sync item small and fixed in size, whatever the site list holds', async () => {
    const items = fakeItems();
    await saveSettings({ ...DEFAULT_SETTINGS, translation: 'kjv', disabledSites: hosts(10) }, items);
    const small = syncItemBytes(SETTINGS_STORAGE_KEY, items.synced.value);
    await saveSettings({ ...DEFAULT_SETTINGS, translation: 'kjv', disabledSites: hosts(5000) }, items);
    expect(syncItemBytes(SETTINGS_STORAGE_KEY, items.synced.value)).toBe(small);
    expect(small).toBeLessThan(1000);
  });

  it('writes only the area whose part changed', async () => {
    const items = fakeItems();
    await saveSettings(DEFAULT_SETTINGS, items);
    const [syncWrites, localWrites] = [items.synced.writes, items.sites.writes];
    await saveSettings(withSite(DEFAULT_SETTINGS, 'example.com', false), items);
    expect([items.synced.writes - syncWrites, items.sites.writes - localWrites]).toEqual([0, 1]);
    await saveSettings({ ...withSite(DEFAULT_SETTINGS, 'example.com', false), dwellMs: 500 }, items);
    expect([items.synced.writes - syncWrites, items.sites.writes - localWrites]).toEqual([1, 1]);
  });

  it('a first change of a synced setting is one write, so open pages see one change, not a flicker', async () => {
    for (const items of [fakeItems(), fakeItems({ ...DEFAULT_SETTINGS })]) {
      await saveSettings({ ...DEFAULT_SETTINGS, enabled: false }, items);
      expect([items.synced.writes, items.sites.writes]).toEqual([1, 0]);
      expect((await loadSettings(items)).enabled).toBe(false);
    }
  });

  it('reads a legacy site list from the sync item and moves it on the next save', async () => {
    const items = fakeItems({ enabled: true, disabledSites: ['old.example'], translation: 'kjv' });
    const loaded = await loadSettings(items);
    expect(loaded.disabledSites).toEqual(['old.example']);
    expect(loaded.translation).toBe('kjv');
    await saveSettings(withSite(loaded, 'new.example', false), items);
    expect(items.sites.value).toEqual(['old.example', 'new.example']);
    expect(items.synced.value).not.toHaveProperty('disabledSites');
    expect((await loadSettings(items)).disabledSites).toEqual(['old.example', 'new.example']);
  });

  it('once the local list exists, a legacy synced list no longer brings a site back', async () => {
    const items = fakeItems({ disabledSites: ['old.example'] }, []);
    expect((await loadSettings(items)).disabledSites).toEqual([]);
    expect(joinSettings({ disabledSites: ['a.example'] }, undefined).disabledSites).toEqual(['a.example']);
  });

  it('a refused write rejects with a message for the reader, and storage is as it was', async () => {
    const items = fakeItems();
    await saveSettings({ ...DEFAULT_SETTINGS, translation: 'kjv' }, items);
    const before = structuredClone(items.synced.value);
    items.synced.failNext = new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    const failure = saveSettings({ ...DEFAULT_SETTINGS, translation: 'web' }, items);
    await expect(failure).rejects.toBeInstanceOf(SettingsSaveError);
    await expect(failure).rejects.toThrow(/Nothing was saved; the settings are as they were/);
    expect(items.synced.value).toEqual(before);
    expect((await loadSettings(items)).translation).toBe('kjv');
  });

  it('the synced item cannot outgrow the limit: unknown fields are dropped, and an oversized part is refused before writing', async () => {
    const items = fakeItems();
    const padded = { ...DEFAULT_SETTINGS, notes: 'x'.repeat(9000) } as unknown as Settings;
    await saveSettings(padded, items);
    expect(syncItemBytes(SETTINGS_STORAGE_KEY, items.synced.value)).toBeLessThan(1000);
    expect(() => assertFitsSyncItem({ ...DEFAULT_SETTINGS, notes: 'x'.repeat(9000) })).toThrow(
      /too large to store \(\d+ bytes; the browser allows 8192\)\. Nothing was saved/,
    );
    expect(() => assertFitsSyncItem(DEFAULT_SETTINGS)).not.toThrow();
  });

  it('loads the defaults when storage cannot be read', async () => {
    const items = fakeItems();
    items.synced.failReads = true;
    expect(await loadSettings(items)).toEqual(DEFAULT_SETTINGS);
  });

  it('watches both items and delivers the joined settings after either changes', async () => {
    const items = fakeItems();
    const onChange = vi.fn();
    const stop = new AbortController();
    watchSettings(onChange, stop.signal, items);
    await saveSettings(withSite({ ...DEFAULT_SETTINGS, translation: 'kjv' }, 'example.com', false), items);
    await vi.waitFor(() => expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, translation: 'kjv', disabledSites: ['example.com'] }));
    stop.abort();
    const calls = onChange.mock.calls.length;
    await saveSettings(DEFAULT_SETTINGS, items);
    await new Promise((done) => setTimeout(done, 0));
    expect(onChange.mock.calls.length).toBe(calls);
  });
});
