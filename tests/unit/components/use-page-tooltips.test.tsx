// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { usePageTooltips, type StartTooltips } from '../../../components/use-page-tooltips';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';

/** A start that records each start, the settings getter it was given, and each stop. */
function recordingStart() {
  const log: string[] = [];
  const getters: Array<() => Settings> = [];
  const start: StartTooltips = (settings) => {
    log.push('start');
    getters.push(settings);
    return { stop: () => log.push('stop'), refresh: () => log.push('refresh'), rescan: () => log.push('rescan') };
  };
  return { start, log, getters };
}

function Page({ start, settings }: { start: StartTooltips; settings: Settings }) {
  usePageTooltips(start, settings);
  return <p>John 3:16</p>;
}

const root = document.createElement('div');
document.body.append(root);
afterEach(() => act(() => render(null, root)));

describe('usePageTooltips', () => {
  it('starts once the page has rendered, and not again on later renders', () => {
    const { start, log } = recordingStart();
    act(() => render(<Page start={start} settings={DEFAULT_SETTINGS} />, root));
    expect(log).toEqual(['start']);
    act(() => render(<Page start={start} settings={{ ...DEFAULT_SETTINGS, translation: 'kjv' }} />, root));
    // Told of the new translation, not started again.
    expect(log).toEqual(['start', 'refresh']);
  });

  it('the tooltips read the settings of the latest render', () => {
    const { start, getters } = recordingStart();
    act(() => render(<Page start={start} settings={DEFAULT_SETTINGS} />, root));
    expect(getters[0]().translation).toBe('web');
    act(() => render(<Page start={start} settings={{ ...DEFAULT_SETTINGS, translation: 'kjv', dwellMs: 0 }} />, root));
    expect(getters[0]()).toMatchObject({ translation: 'kjv', dwellMs: 0 });
  });

  it('rescans when what counts as a reference changes, refreshes when what the cards show changes, and leaves the rest', () => {
    const { start, log } = recordingStart();
    const change = (settings: Settings) => act(() => render(<Page start={start} settings={settings} />, root));
    change(DEFAULT_SETTINGS);
    change({ ...DEFAULT_SETTINGS, translation: 'kjv' });
    expect(log).toEqual(['start', 'refresh']);
    change({ ...DEFAULT_SETTINGS, translation: 'kjv', chapterOnlyAbbreviations: true });
    expect(log).toEqual(['start', 'refresh', 'refresh', 'rescan']);
    change({ ...DEFAULT_SETTINGS, translation: 'kjv', chapterOnlyAbbreviations: true, showExplanations: false });
    expect(log).toEqual(['start', 'refresh', 'refresh', 'rescan', 'refresh']);
    // The delay and the theme are read as each card opens; the switches of the tab's site leave the page's own text hoverable.
    change({ ...DEFAULT_SETTINGS, translation: 'kjv', chapterOnlyAbbreviations: true, showExplanations: false, dwellMs: 0, theme: 'dark', enabled: false });
    expect(log).toEqual(['start', 'refresh', 'refresh', 'rescan', 'refresh']);
  });

  it('stops them when the page goes', () => {
    const { start, log } = recordingStart();
    act(() => render(<Page start={start} settings={DEFAULT_SETTINGS} />, root));
    act(() => render(null, root));
    expect(log).toEqual(['start', 'stop']);
  });
});
