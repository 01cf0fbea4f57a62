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
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, normalizeSettings, type Settings } from '../lib/settings';
import { disabledSites, syncedSettings, watchItems, type StoredItem } from './storage-items';

/** storage.sync's limit for one item, in bytes (key + JSON value), in Chrome and Firefox. */
export const SYNC_ITEM_LIMIT_BYTES = 8192;

/** The two items the settings live in (storage-items.ts); tests pass fakes. */
export interface SettingsItems {
  readonly synced: StoredItem<unknown>;
  readonly sites: StoredItem<unknown>;
}

const settingsItems = (): SettingsItems => ({ synced: syncedSettings(), sites: disabledSites() });

/** The part of the settings that goes to storage.sync: everything but the growing site list. */
type SyncedSettings = Omit<Settings, 'disabledSites'>;

function splitSettings(settings: Settings): { synced: SyncedSettings; disabledSites: readonly string[] } {
  const { disabledSites, ...synced } = normalizeSettings(settings);
  return { synced, disabledSites };
}

/** The settings from what the two areas hold; the local site list wins over a legacy synced one. */
export function joinSettings(syncedRaw: unknown, localSites: unknown): Settings {
  const synced = (typeof syncedRaw === 'object' && syncedRaw !== null ? syncedRaw : {}) as Record<string, unknown>;
  return normalizeSettings(localSites == null ? synced : { ...synced, disabledSites: localSites });
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

async function readStored(items: SettingsItems): Promise<{ synced: unknown; sites: unknown }> {
  const [synced, sites] = await Promise.all([items.synced.getValue(), items.sites.getValue()]);
  return { synced, sites };
}

export async function loadSettings(items: SettingsItems = settingsItems()): Promise<Settings> {
  try {
    const { synced, sites } = await readStored(items);
    return joinSettings(synced, sites);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Saves the settings, writing only the item whose part changed, so a change
 * is one write that lands entirely or not at all. Rejects with a
 * `SettingsSaveError` whose message can be shown as it is.
 */
export async function saveSettings(settings: Settings, items: SettingsItems = settingsItems()): Promise<void> {
  const { synced, disabledSites: sites } = splitSettings(settings);
  assertFitsSyncItem(synced);
  try {
    const stored = await readStored(items);
    // A legacy list in the sync item moves to the local item; otherwise the local item is written only when the list
    // changed, so that a switch in the options page is one write and one change event, never a flicker between two.
    const legacy = (stored.synced as { disabledSites?: unknown } | null)?.disabledSites;
    const legacyList = stored.sites == null && Array.isArray(legacy) && legacy.length > 0;
    const sitesChanged = legacyList || !sameJson(joinSettings(stored.synced, stored.sites).disabledSites, sites);
    // The site list first: once the local item exists, a legacy list left in the sync item is ignored.
    if (sitesChanged) await items.sites.setValue(sites);
    if (!sameJson(stored.synced, synced)) await items.synced.setValue(synced);
  } catch (error) {
    throw new SettingsSaveError(settingsSaveErrorMessage(error));
  }
}

/** Calls `onChange` with the new settings whenever they are saved anywhere. */
export function watchSettings(onChange: (settings: Settings) => void, signal?: AbortSignal, items: SettingsItems = settingsItems()): void {
  let latest = 0;
  // Both parts are read again, and only the newest read is delivered.
  watchItems(
    [items.synced, items.sites],
    () => {
      const request = ++latest;
      void loadSettings(items).then((settings) => {
        if (request === latest && !signal?.aborted) onChange(settings);
      });
    },
    signal,
  );
}
