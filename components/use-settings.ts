import { useEffect, useState } from 'preact/hooks';
import { normalizeSettings, type Settings } from '../lib/settings';
import type { SettingsStore } from '../platform/stores';

export type SaveState = { readonly kind: 'idle' } | { readonly kind: 'saving' } | { readonly kind: 'saved' } | { readonly kind: 'failed'; readonly message: string };

/**
 * The settings of an extension page: shown at once, saved on every change,
 * followed when another page saves them. A refused save puts back what is
 * really stored and says why.
 */
export function useSettings(store: SettingsStore, initial: Settings) {
  const [settings, setSettings] = useState(initial);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  useEffect(() => {
    const stop = new AbortController();
    store.watch(setSettings, stop.signal);
    return () => stop.abort();
  }, [store]);
  const change = (next: Settings) => {
    const normalized = normalizeSettings(next);
    setSettings(normalized);
    setSave({ kind: 'saving' });
    store.save(normalized).then(
      () => setSave({ kind: 'saved' }),
      async (error: unknown) => {
        setSettings(await store.load());
        setSave({ kind: 'failed', message: store.errorMessage(error) });
      },
    );
  };
  return { settings, save, change };
}
