/**
 * Where the settings live, and how they are read, saved and watched.
 *
 * `storage.sync` allows 8 KB per item (and 100 KB in all), so it only holds
 * the fixed-size settings. The list of sites the reader turned off grows
 * without bound, so it lives in `storage.local` (megabytes), under its own
 * key; it also stays on this device, since a list of sites is a trace of
 * where the reader goes. Whatever is stored is read through
 * `normalizeSettings`, and every page applies a change the moment it is saved.
 *
 * Older versions kept `disabledSites` inside the sync item. That list is read
 * until the local key exists, and dropped from the sync item on the next save.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, normalizeSettings, type Settings } from '../lib/settings';

/** storage.local: the host names where the reader turned the extension off. */
export const DISABLED_SITES_KEY = 'disabledSites';

/** storage.sync's limit for one item, in bytes (key + JSON value), in Chrome and Firefox. */
export const SYNC_ITEM_LIMIT_BYTES = 8192;

/** The calls of one storage area this module uses; tests pass fakes. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface SettingsAreas {
  readonly sync: SettingsArea;
  readonly local: SettingsArea;
}

const browserAreas = (): SettingsAreas => ({
  sync: browser.storage.sync as unknown as SettingsArea,
  local: browser.storage.local as unknown as SettingsArea,
});

/** The part of the settings that goes to storage.sync: everything but the growing site list. */
export type SyncedSettings = Omit<Settings, 'disabledSites'>;

export function splitSettings(settings: Settings): { synced: SyncedSettings; disabledSites: readonly string[] } {
  const { disabledSites, ...synced } = normalizeSettings(settings);
  return { synced, disabledSites };
}

/** The settings from what the two areas hold; the local site list wins over a legacy synced one. */
export function joinSettings(syncedRaw: unknown, localSites: unknown): Settings {
  const synced = (typeof syncedRaw === 'object' && syncedRaw !== null ? syncedRaw : {}) as Record<string, unknown>;
  return normalizeSettings(localSites === undefined ? synced : { ...synced, disabledSites: localSites });
}

/** Bytes storage.sync counts for one item: the key plus the value as JSON, in UTF-8. */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/**
 * Refuses, before any write, a synced part the browser would reject: a
 * setting added later must not bring back the silent quota failure.
 */
export function assertFitsSyncItem(synced: unknown): void {
  const size = syncItemBytes(SETTINGS_STORAGE_KEY, synced);
  if (size > SYNC_ITEM_LIMIT_BYTES) {
    throw new SettingsSaveError(`The settings are too large to store (${size} bytes; the browser allows ${SYNC_ITEM_LIMIT_BYTES}). Nothing was saved.`);
  }
}

/** A save that did not happen; `message` is written for the reader. Storage is as it was. */
export class SettingsSaveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsSaveError';
  }
}

/** A reader-facing message for a failed settings save. */
export function settingsSaveErrorMessage(error: unknown): string {
  if (error instanceof SettingsSaveError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  if (/quota|QUOTA_BYTES|MAX_WRITE_OPERATIONS/i.test(text)) {
    return `The browser refused to store the change (${text}). Nothing was saved; the settings are as they were. Wait a minute and try again.`;
  }
  return `The browser could not save the change (${text}). Nothing was saved; the settings are as they were.`;
}

async function readStored(areas: SettingsAreas): Promise<{ synced: unknown; sites: unknown }> {
  const [synced, local] = await Promise.all([areas.sync.get(SETTINGS_STORAGE_KEY), areas.local.get(DISABLED_SITES_KEY)]);
  return { synced: synced[SETTINGS_STORAGE_KEY], sites: local[DISABLED_SITES_KEY] };
}

export async function loadSettings(areas: SettingsAreas = browserAreas()): Promise<Settings> {
  try {
    const { synced, sites } = await readStored(areas);
    return joinSettings(synced, sites);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Saves the settings, writing only the area whose part changed, so a change
 * is one write that lands entirely or not at all. Rejects with a
 * `SettingsSaveError` whose message can be shown as it is.
 */
export async function saveSettings(settings: Settings, areas: SettingsAreas = browserAreas()): Promise<void> {
  const { synced, disabledSites } = splitSettings(settings);
  assertFitsSyncItem(synced);
  try {
    const stored = await readStored(areas);
    // A legacy list in the sync item moves to the local key; otherwise the local key is written only when the list
    // changed, so that a switch in the options page is one write and one change event, never a flicker between two.
    const legacy = (stored.synced as { disabledSites?: unknown } | undefined)?.disabledSites;
    const legacyList = stored.sites === undefined && Array.isArray(legacy) && legacy.length > 0;
    const sitesChanged = legacyList || !sameJson(joinSettings(stored.synced, stored.sites).disabledSites, disabledSites);
    // The site list first: once the local key exists, a legacy list left in the sync item is ignored.
    if (sitesChanged) await areas.local.set({ [DISABLED_SITES_KEY]: disabledSites });
    if (!sameJson(stored.synced, synced)) await areas.sync.set({ [SETTINGS_STORAGE_KEY]: synced });
  } catch (error) {
    throw new SettingsSaveError(settingsSaveErrorMessage(error));
  }
}

type ChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/** Whether a storage change touches the settings. */
export function isSettingsChange(changes: Record<string, unknown>, area: string): boolean {
  return (area === 'sync' && SETTINGS_STORAGE_KEY in changes) || (area === 'local' && DISABLED_SITES_KEY in changes);
}

/** Calls `onChange` with the new settings whenever they are saved anywhere. */
export function watchSettings(onChange: (settings: Settings) => void, signal?: AbortSignal, areas?: SettingsAreas): void {
  let latest = 0;
  const listener: ChangeListener = (changes, area) => {
    if (!isSettingsChange(changes, area)) return;
    // Both parts are read again, and only the newest read is delivered.
    const request = ++latest;
    void loadSettings(areas).then((settings) => {
      if (request === latest && !signal?.aborted) onChange(settings);
    });
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
