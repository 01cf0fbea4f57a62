import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenToWorker } from '../../../platform/send-message';

describe('listenToWorker', () => {
  it('hears the worker\'s messages and answers with the listener\'s reply', async () => {
    const heard: unknown[] = [];
    listenToWorker((message) => {
      heard.push(message);
      return Promise.resolve('handled');
    }, new AbortController().signal);
    expect(await fakeBrowser.runtime.sendMessage({ type: 'toContent/showSelection' })).toBe('handled');
    expect(heard).toEqual([{ type: 'toContent/showSelection' }]);
  });

  it('stops listening when the signal aborts', () => {
    const stop = new AbortController();
    const listener = () => Promise.resolve(true);
    listenToWorker(listener, stop.signal);
    expect(fakeBrowser.runtime.onMessage.hasListener(listener)).toBe(true);
    stop.abort();
    expect(fakeBrowser.runtime.onMessage.hasListener(listener)).toBe(false);
  });

  it('never starts for a signal already aborted', () => {
    const listener = () => Promise.resolve(true);
    listenToWorker(listener, AbortSignal.abort());
    expect(fakeBrowser.runtime.onMessage.hasListener(listener)).toBe(false);
  });
});
