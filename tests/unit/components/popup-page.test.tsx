// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupPage } from '../../../components/PopupPage';
import type { ReadingClient } from '../../../components/PopupApp';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import type { SettingsStore } from '../../../platform/stores';

/** A worker that never answers: the switches are there before the list is. */
function silentClient() {
  const waiting = () => new Promise<never>(() => {});
  const client: ReadingClient & { clear(): void; clears: number } = {
    clears: 0,
    listCatalogue: waiting,
    getArticle: waiting,
    getCommentaryChapter: waiting,
    search: waiting,
    clear: () => void client.clears++,
  };
  return client;
}

const store = (): SettingsStore => ({
  load: async () => DEFAULT_SETTINGS,
  save: async () => {},
  watch: () => {},
  errorMessage: String,
});

const root = document.createElement('div');
document.body.append(root);
afterEach(() => act(() => render(null, root)));

describe('PopupPage', () => {
  it('its own tooltips start once and follow a switch flipped in the popup; each change forgets cached replies', async () => {
    const client = silentClient();
    const getters: Array<() => Settings> = [];
    const startTooltips = vi.fn((settings: () => Settings) => {
      getters.push(settings);
      return { stop: () => {}, refresh: () => {}, rescan: () => {} };
    });
    act(() =>
      render(
        <PopupPage client={client} settingsStore={store()} initialSettings={DEFAULT_SETTINGS} watchArticles={() => {}} onReadingChange={() => {}} startTooltips={startTooltips} />,
        root,
      ),
    );
    expect(startTooltips).toHaveBeenCalledTimes(1);
    const clearsAtStart = client.clears;
    const [, global] = root.querySelectorAll<HTMLInputElement>('input[role="switch"]');
    act(() => global.click());
    expect(getters[0]().enabled).toBe(false);
    expect(client.clears).toBe(clearsAtStart + 1);
    expect(startTooltips).toHaveBeenCalledTimes(1);
  });
});
