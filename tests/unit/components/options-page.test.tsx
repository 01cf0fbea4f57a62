// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../components/OptionsPage';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import type { ArticleStoreApi, SettingsStore } from '../../../platform/stores';

const noArticles: ArticleStoreApi = {
  load: async () => [],
  save: async () => [],
  remove: async () => ({ articles: [] }),
  restore: async () => [],
};

function fakeSettingsStore(stored: Settings, refuse?: Error) {
  const watchers = new Set<(s: Settings) => void>();
  const store: SettingsStore & { stored: Settings; emit(s: Settings): void } = {
    stored,
    load: async () => store.stored,
    save: async (next) => {
      if (refuse) throw refuse;
      store.stored = next;
    },
    watch: (onChange, signal) => {
      watchers.add(onChange);
      signal.addEventListener('abort', () => watchers.delete(onChange));
    },
    errorMessage: (error) => `Refused: ${(error as Error).message}`,
    emit: (s) => {
      for (const w of watchers) w(s);
    },
  };
  return store;
}

function mount(store: SettingsStore) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<OptionsPage settingsStore={store} initialSettings={DEFAULT_SETTINGS} articleStore={noArticles} parseHtml={() => document} reservedSlugs={[]} />, root));
  return root;
}

afterEach(() => {
  document.body.textContent = '';
});

describe('OptionsPage', () => {
  it('saves a change at once and says so', async () => {
    const store = fakeSettingsStore(DEFAULT_SETTINGS);
    const root = mount(store);
    const select = root.querySelector<HTMLSelectElement>('select[name="translation"]')!;
    act(() => {
      select.value = 'kjv';
      select.dispatchEvent(new Event('change'));
    });
    await vi.waitFor(() => expect(root.querySelector('#options-status')?.textContent).toBe('Saved. Open tabs use the new settings now.'));
    expect(store.stored.translation).toBe('kjv');
  });

  it('a refused save puts back what is stored and says why', async () => {
    const store = fakeSettingsStore(DEFAULT_SETTINGS, new Error('quota'));
    const root = mount(store);
    const select = root.querySelector<HTMLSelectElement>('select[name="translation"]')!;
    act(() => {
      select.value = 'kjv';
      select.dispatchEvent(new Event('change'));
    });
    await vi.waitFor(() => expect(root.querySelector('#options-status')?.textContent).toBe('Refused: quota'));
    expect(root.querySelector<HTMLSelectElement>('select[name="translation"]')!.value).toBe('web');
  });

  it('follows a save made on another page', async () => {
    const store = fakeSettingsStore(DEFAULT_SETTINGS);
    const root = mount(store);
    act(() => store.emit({ ...DEFAULT_SETTINGS, translation: 'kjv' }));
    expect(root.querySelector<HTMLSelectElement>('select[name="translation"]')!.value).toBe('kjv');
  });
});
