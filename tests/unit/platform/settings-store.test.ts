import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, withSite, type Settings } from '../../../lib/settings';
import {
  DISABLED_SITES_KEY,
  SYNC_ITEM_LIMIT_BYTES,
  SettingsSaveError,
  assertFitsSyncItem,
  isSettingsChange,
  joinSettings,
  loadSettings,
  saveSettings,
  syncItemBytes,
  type SettingsArea,
} from '../../../platform/settings-store';

/** A storage area that enforces a per-item byte limit, as storage.sync does, and counts writes. */
function fakeArea(initial: Record<string, unknown> = {}, perItemLimit = Infinity) {
  const data = new Map(Object.entries(structuredClone(initial)));
  const area = {
    writes: 0,
    failNext: undefined as Error | undefined,
    data,
    async get(key: string) {
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items: Record<string, unknown>) {
      if (area.failNext) {
        const error = area.failNext;
        area.failNext = undefined;
        throw error;
      }
      for (const [key, value] of Object.entries(items)) {
        if (syncItemBytes(key, value) > perItemLimit) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      }
      area.writes++;
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
  };
  return area satisfies SettingsArea;
}

function fakeAreas(sync: Record<string, unknown> = {}, local: Record<string, unknown> = {}) {
  return { sync: fakeArea(sync, SYNC_ITEM_LIMIT_BYTES), local: fakeArea(local) };
}

/** n distinct, realistic host names. */
const hosts = (n: number) => Array.from({ length: n }, (_, i) => `news-site-number-${i}.example.org`);

describe('settings storage', () => {
  it('saves thousands of disabled sites, which one sync item could never hold', async () => {
    const areas = fakeAreas();
    const many: Settings = { ...DEFAULT_SETTINGS, disabledSites: hosts(3000) };
    expect(syncItemBytes(SETTINGS_STORAGE_KEY, many)).toBeGreaterThan(SYNC_ITEM_LIMIT_BYTES);
    await saveSettings(many, areas);
    expect(areas.local.data.get(DISABLED_SITES_KEY)).toHaveLength(3000);
    expect(areas.sync.data.get(SETTINGS_STORAGE_KEY)).not.toHaveProperty('disabledSites');
    expect(await loadSettings(areas)).toEqual(many);
  });

  it('keeps the sync item small and fixed in size, whatever the site list holds', async () => {
    const areas = fakeAreas();
    await saveSettings({ ...DEFAULT_SETTINGS, translation: 'kjv', disabledSites: hosts(10) }, areas);
    const small = syncItemBytes(SETTINGS_STORAGE_KEY, areas.sync.data.get(SETTINGS_STORAGE_KEY));
    await saveSettings({ ...DEFAULT_SETTINGS, translation: 'kjv', disabledSites: hosts(5000) }, areas);
    expect(syncItemBytes(SETTINGS_STORAGE_KEY, areas.sync.data.get(SETTINGS_STORAGE_KEY))).toBe(small);
    expect(small).toBeLessThan(1000);
  });

  it('writes only the area whose part changed', async () => {
    const areas = fakeAreas();
    await saveSettings(DEFAULT_SETTINGS, areas);
    const [syncWrites, localWrites] = [areas.sync.writes, areas.local.writes];
    await saveSettings(withSite(DEFAULT_SETTINGS, 'example.com', false), areas);
    expect([areas.sync.writes - syncWrites, areas.local.writes - localWrites]).toEqual([0, 1]);
    await saveSettings({ ...withSite(DEFAULT_SETTINGS, 'example.com', false), dwellMs: 500 }, areas);
    expect([areas.sync.writes - syncWrites, areas.local.writes - localWrites]).toEqual([1, 1]);
  });

  it('a first change of a synced setting is one write, so open pages see one change, not a flicker', async () => {
    for (const areas of [fakeAreas(), fakeAreas({ [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS } })]) {
      await saveSettings({ ...DEFAULT_SETTINGS, enabled: false }, areas);
      expect([areas.sync.writes, areas.local.writes]).toEqual([1, 0]);
      expect((await loadSettings(areas)).enabled).toBe(false);
    }
  });

  it('reads a legacy site list from the sync item and moves it on the next save', async () => {
    const areas = fakeAreas({ [SETTINGS_STORAGE_KEY]: { enabled: true, disabledSites: ['old.example'], translation: 'kjv' } });
    const loaded = await loadSettings(areas);
    expect(loaded.disabledSites).toEqual(['old.example']);
    expect(loaded.translation).toBe('kjv');
    await saveSettings(withSite(loaded, 'new.example', false), areas);
    expect(areas.local.data.get(DISABLED_SITES_KEY)).toEqual(['old.example', 'new.example']);
    expect(areas.sync.data.get(SETTINGS_STORAGE_KEY)).not.toHaveProperty('disabledSites');
    expect((await loadSettings(areas)).disabledSites).toEqual(['old.example', 'new.example']);
  });

  it('once the local list exists, a legacy synced list no longer brings a site back', async () => {
    const areas = fakeAreas({ [SETTINGS_STORAGE_KEY]: { disabledSites: ['old.example'] } }, { [DISABLED_SITES_KEY]: [] });
    expect((await loadSettings(areas)).disabledSites).toEqual([]);
    expect(joinSettings({ disabledSites: ['a.example'] }, undefined).disabledSites).toEqual(['a.example']);
  });

  it('a refused write rejects with a message for the reader, and storage is as it was', async () => {
    const areas = fakeAreas();
    await saveSettings({ ...DEFAULT_SETTINGS, translation: 'kjv' }, areas);
    const before = structuredClone(Object.fromEntries(areas.sync.data));
    areas.sync.failNext = new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    const failure = saveSettings({ ...DEFAULT_SETTINGS, translation: 'web' }, areas);
    await expect(failure).rejects.toBeInstanceOf(SettingsSaveError);
    await expect(failure).rejects.toThrow(/Nothing was saved; the settings are as they were/);
    expect(Object.fromEntries(areas.sync.data)).toEqual(before);
    expect((await loadSettings(areas)).translation).toBe('kjv');
  });

  it('the synced item cannot outgrow the limit: unknown fields are dropped, and an oversized part is refused before writing', async () => {
    const areas = fakeAreas();
    const padded = { ...DEFAULT_SETTINGS, notes: 'x'.repeat(9000) } as unknown as Settings;
    await saveSettings(padded, areas);
    expect(syncItemBytes(SETTINGS_STORAGE_KEY, areas.sync.data.get(SETTINGS_STORAGE_KEY))).toBeLessThan(1000);
    expect(() => assertFitsSyncItem({ ...DEFAULT_SETTINGS, notes: 'x'.repeat(9000) })).toThrow(
      /too large to store \(\d+ bytes; the browser allows 8192\)\. Nothing was saved/,
    );
    expect(() => assertFitsSyncItem(DEFAULT_SETTINGS)).not.toThrow();
  });

  it('loads the defaults when storage cannot be read', async () => {
    const areas = fakeAreas();
    areas.sync.get = async () => {
      throw new Error('storage.sync is not available');
    };
    expect(await loadSettings(areas)).toEqual(DEFAULT_SETTINGS);
  });

  it('knows which storage changes are settings changes', () => {
    expect(isSettingsChange({ [SETTINGS_STORAGE_KEY]: {} }, 'sync')).toBe(true);
    expect(isSettingsChange({ [DISABLED_SITES_KEY]: {} }, 'local')).toBe(true);
    expect(isSettingsChange({ [DISABLED_SITES_KEY]: {} }, 'sync')).toBe(false);
    expect(isSettingsChange({ importedArticles: {} }, 'local')).toBe(false);
  });
});
