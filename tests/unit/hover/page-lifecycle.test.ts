// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ToBackgroundMessage } from '../../../lib/messages';
import { DEFAULT_SETTINGS, withSite, type Settings } from '../../../lib/settings';
import type { FrameView } from '../../../platform/frame';
import type { WorkerMessageListener } from '../../../platform/send-message';
import { startOnPage, type PageWiring } from '../../../hover/page-lifecycle';
import type { ScriptureTooltips, TooltipsOptions } from '../../../hover/scripture-tooltips';

const SITE = 'blog.example.org';
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

type FakeFrame = PageWiring['frame'] & EventTarget & { innerWidth: number; innerHeight: number };

/** A window as the lifecycle reads it; `top` is itself unless the frame sits in another page. */
function fakeFrame(hostname: string, options: { top?: FrameView; size?: number; ancestorOrigins?: string[] } = {}): FakeFrame {
  const size = options.size ?? 600;
  const frame = Object.assign(new EventTarget(), {
    top: null as FrameView | null,
    location: { hostname, ancestorOrigins: options.ancestorOrigins },
    innerWidth: size,
    innerHeight: size,
  });
  frame.top = options.top ?? frame;
  return frame;
}

/** Tooltips that record what they were asked to do. */
interface FakeTooltips extends ScriptureTooltips {
  readonly calls: string[];
  readonly options: TooltipsOptions;
}

/** The platform's pieces, recording what reaches them, with a settings store the test changes. */
function fakePage(initial: Settings, overrides: Partial<PageWiring> = {}) {
  const started: FakeTooltips[] = [];
  const sent: ToBackgroundMessage[] = [];
  const watchers = new Set<(settings: Settings) => void>();
  const listeners = new Set<WorkerMessageListener>();
  const abort = new AbortController();
  let loads = 0;
  const page: PageWiring = {
    frame: fakeFrame(SITE),
    doc: document,
    signal: abort.signal,
    settings: {
      load: async () => {
        loads++;
        return initial;
      },
      watch: (onChange, signal) => {
        watchers.add(onChange);
        signal.addEventListener('abort', () => watchers.delete(onChange));
      },
    },
    send: async (message) => {
      sent.push(message);
      return { ok: true, value: { osis: 'John.3.16' } };
    },
    listen: (onMessage, signal) => {
      listeners.add(onMessage);
      signal.addEventListener('abort', () => listeners.delete(onMessage));
    },
    start: (options) => {
      const calls: string[] = [];
      const tooltips: FakeTooltips = {
        calls,
        options,
        rescan: () => calls.push('rescan'),
        refresh: () => calls.push('refresh'),
        handle: (message) => calls.push(`handle ${message.type}`),
        stop: () => calls.push('stop'),
      };
      started.push(tooltips);
      return tooltips;
    },
    ...overrides,
  };
  return {
    page,
    started,
    sent,
    abort,
    loads: () => loads,
    watching: () => watchers.size,
    listening: () => listeners.size,
    /** Saves new settings, as another page would: every watcher hears them. */
    save(settings: Settings) {
      for (const watcher of watchers) watcher(settings);
    },
    /** A message from the worker; what the listeners answered. */
    message(raw: unknown) {
      return [...listeners].map((listener) => listener(raw));
    },
  };
}

async function run(initial: Settings, overrides: Partial<PageWiring> = {}) {
  const fake = fakePage(initial, overrides);
  await startOnPage(fake.page);
  return fake;
}

describe('starting on a page', () => {
  it('starts the tooltips on the document with a card host and the settings in force, read live', async () => {
    const fake = await run(DEFAULT_SETTINGS);
    expect(fake.started).toHaveLength(1);
    const { options } = fake.started[0];
    expect(options.doc).toBe(document);
    expect(options.settings()).toEqual(DEFAULT_SETTINGS);
    const host = await options.createHost();
    expect(host.host.shadowRoot?.contains(host.container)).toBe(true);
    host.host.remove();
    fake.save({ ...DEFAULT_SETTINGS, dwellMs: 900 });
    expect(options.settings().dwellMs).toBe(900);
    expect(fake.started[0].calls).toEqual([]);
  });

  it('passes the Firefox shadow-root style on', async () => {
    const onShadowReferences = () => {};
    const fake = await run(DEFAULT_SETTINGS, { onShadowReferences });
    expect(fake.started[0].options.onShadowReferences).toBe(onShadowReferences);
  });

  it('leaves a document that is not HTML alone, without reading the settings', async () => {
    const xml = new DOMParser().parseFromString('<feed><title>John 3:16</title></feed>', 'application/xml');
    const fake = await run(DEFAULT_SETTINGS, { doc: xml });
    expect(fake.loads()).toBe(0);
    expect(fake.started).toEqual([]);
    expect(fake.listening()).toBe(0);
  });

  it('does not start where the extension is off, on the tab\'s site or everywhere', async () => {
    expect((await run(withSite(DEFAULT_SETTINGS, SITE, false))).started).toEqual([]);
    expect((await run({ ...DEFAULT_SETTINGS, enabled: false })).started).toEqual([]);
  });

  it('follows the switch of the tab\'s site in a frame from another origin', async () => {
    const crossOriginTop = {
      get location(): FrameView['location'] {
        throw new DOMException('cross-origin', 'SecurityError');
      },
      top: null,
      innerWidth: 1200,
      innerHeight: 800,
    };
    const frame = fakeFrame('comments.example.net', { top: crossOriginTop, ancestorOrigins: [`https://${SITE}`] });
    expect((await run(withSite(DEFAULT_SETTINGS, SITE, false), { frame })).started).toEqual([]);
    expect((await run(withSite(DEFAULT_SETTINGS, 'comments.example.net', false), { frame })).started).toHaveLength(1);
  });

  it('reports a failure to start to the worker', async () => {
    const fake = await run(DEFAULT_SETTINGS, {
      start: () => {
        throw new Error('no window');
      },
    });
    expect(fake.sent).toEqual([expect.objectContaining({ type: 'toBackground/reportError', where: 'start', message: expect.stringContaining('no window') })]);
  });
});

describe('a frame that starts tiny', () => {
  const tinyFrame = () => fakeFrame('widget.example.com', { top: fakeFrame(SITE), size: 1 });
  const resize = (frame: FakeFrame, size: number) => {
    frame.innerWidth = size;
    frame.innerHeight = size;
    frame.dispatchEvent(new Event('resize'));
  };

  it('starts once it grows to 40 px, and only once', async () => {
    const frame = tinyFrame();
    const fake = await run(DEFAULT_SETTINGS, { frame });
    expect(fake.started).toEqual([]);
    resize(frame, 20);
    expect(fake.started).toEqual([]);
    resize(frame, 300);
    resize(frame, 400);
    expect(fake.started).toHaveLength(1);
  });

  it('does not start on growing where the extension is off', async () => {
    const frame = tinyFrame();
    const fake = await run(withSite(DEFAULT_SETTINGS, SITE, false), { frame });
    resize(frame, 300);
    expect(fake.started).toEqual([]);
  });

  it('is not started by turning the extension on while it is still tiny', async () => {
    const frame = tinyFrame();
    const off = { ...DEFAULT_SETTINGS, enabled: false };
    const fake = await run(off, { frame });
    fake.save(DEFAULT_SETTINGS);
    expect(fake.started).toEqual([]);
    resize(frame, 300);
    expect(fake.started).toHaveLength(1);
  });
});

describe('setting changes', () => {
  it('stop the tooltips when the site is turned off, and start new ones when it is turned on', async () => {
    const fake = await run(DEFAULT_SETTINGS);
    fake.save(withSite(DEFAULT_SETTINGS, SITE, false));
    expect(fake.started[0].calls).toEqual(['stop']);
    fake.save(DEFAULT_SETTINGS);
    expect(fake.started).toHaveLength(2);
    expect(fake.started[1].calls).toEqual([]);
  });

  it('a restart asks the worker again rather than showing what was cached before', async () => {
    const fake = await run(DEFAULT_SETTINGS);
    await fake.started[0].options.client.getExplanation('John.3.16');
    await fake.started[0].options.client.getExplanation('John.3.16');
    expect(fake.sent).toHaveLength(1);
    fake.save({ ...DEFAULT_SETTINGS, enabled: false });
    fake.save({ ...DEFAULT_SETTINGS, explanationSources: { ...DEFAULT_SETTINGS.explanationSources, bundled: false } });
    await fake.started[1].options.client.getExplanation('John.3.16');
    expect(fake.sent).toHaveLength(2);
  });

  it('refresh the cards for a new translation, rescan for chapter-only abbreviations, and leave the rest', async () => {
    const fake = await run(DEFAULT_SETTINGS);
    const { calls } = fake.started[0];
    fake.save({ ...DEFAULT_SETTINGS, translation: 'kjv' });
    expect(calls).toEqual(['refresh']);
    fake.save({ ...DEFAULT_SETTINGS, translation: 'kjv', chapterOnlyAbbreviations: true });
    expect(calls).toEqual(['refresh', 'refresh', 'rescan']);
    fake.save({ ...DEFAULT_SETTINGS, translation: 'kjv', chapterOnlyAbbreviations: true, theme: 'dark' });
    expect(calls).toEqual(['refresh', 'refresh', 'rescan']);
  });

  it('report a failure to the worker and keep following', async () => {
    const fake = await run(DEFAULT_SETTINGS);
    fake.started[0].refresh = () => {
      throw new Error('refresh failed');
    };
    fake.save({ ...DEFAULT_SETTINGS, translation: 'kjv' });
    expect(fake.sent).toEqual([expect.objectContaining({ type: 'toBackground/reportError', where: 'settings' })]);
    fake.save({ ...DEFAULT_SETTINGS, enabled: false });
    expect(fake.started[0].calls).toEqual(['stop']);
  });
});

describe('messages from the worker', () => {
  it('hands a keyboard command to the running tooltips and answers that they took it', async () => {
    const fake = await run(DEFAULT_SETTINGS);
    const [reply] = fake.message({ type: 'toContent/keyCommand', command: 'next' });
    expect(await reply).toBe(true);
    expect(fake.started[0].calls).toEqual(['handle toContent/keyCommand']);
  });

  it('answers false where the tooltips are off', async () => {
    const fake = await run({ ...DEFAULT_SETTINGS, enabled: false });
    const [reply] = fake.message({ type: 'toContent/showSelection' });
    expect(await reply).toBe(false);
  });

  it('leaves a message it does not understand unanswered', async () => {
    const fake = await run(DEFAULT_SETTINGS);
    expect(fake.message({ type: 'toContent/format', command: 'all' })).toEqual([undefined]);
    expect(fake.message({ type: 'toContent/keyCommand', command: 'delete' })).toEqual([undefined]);
    expect(fake.started[0].calls).toEqual([]);
  });
});

describe('when the extension goes (the signal aborts)', () => {
  it('stops the tooltips and every listener', async () => {
    const frame = fakeFrame('widget.example.com', { top: fakeFrame(SITE), size: 600 });
    const fake = await run(DEFAULT_SETTINGS, { frame });
    expect([fake.watching(), fake.listening()]).toEqual([1, 1]);
    fake.abort.abort();
    expect(fake.started[0].calls).toEqual(['stop']);
    expect([fake.watching(), fake.listening()]).toEqual([0, 0]);
  });

  it('a tiny frame no longer starts when it grows', async () => {
    const frame = fakeFrame('widget.example.com', { top: fakeFrame(SITE), size: 1 });
    const fake = await run(DEFAULT_SETTINGS, { frame });
    fake.abort.abort();
    frame.innerWidth = frame.innerHeight = 300;
    frame.dispatchEvent(new Event('resize'));
    expect(fake.started).toEqual([]);
  });

  it('nothing starts when it went while the settings were being read', async () => {
    const fake = fakePage(DEFAULT_SETTINGS);
    const starting = startOnPage(fake.page);
    fake.abort.abort();
    await starting;
    await settle();
    expect(fake.started).toEqual([]);
    expect([fake.watching(), fake.listening()]).toEqual([0, 0]);
  });
});
