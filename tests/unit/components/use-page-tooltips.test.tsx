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
    return { stop: () => log.push('stop') };
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
    expect(log).toEqual(['start']);
  });

  it('the tooltips read the settings of the latest render', () => {
    const { start, getters } = recordingStart();
    act(() => render(<Page start={start} settings={DEFAULT_SETTINGS} />, root));
    expect(getters[0]().translation).toBe('web');
    act(() => render(<Page start={start} settings={{ ...DEFAULT_SETTINGS, translation: 'kjv', dwellMs: 0 }} />, root));
    expect(getters[0]()).toMatchObject({ translation: 'kjv', dwellMs: 0 });
  });

  it('stops them when the page goes', () => {
    const { start, log } = recordingStart();
    act(() => render(<Page start={start} settings={DEFAULT_SETTINGS} />, root));
    act(() => render(null, root));
    expect(log).toEqual(['start', 'stop']);
  });
});
