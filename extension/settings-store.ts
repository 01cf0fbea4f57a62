/**
 * Settings in `storage.sync`, read through `normalizeSettings` and watched,
 * so every page applies a change the moment the options page saves it.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, normalizeSettings, type Settings } from '../lib/settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_STORAGE_KEY);
    return normalizeSettings(stored[SETTINGS_STORAGE_KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: normalizeSettings(settings) });
}

/** Calls `onChange` with the new settings whenever they are saved anywhere. */
export function watchSettings(onChange: (settings: Settings) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_STORAGE_KEY in changes) onChange(normalizeSettings(changes[SETTINGS_STORAGE_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
