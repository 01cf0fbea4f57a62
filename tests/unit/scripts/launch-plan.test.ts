import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  chromeKind,
  chromePlan,
  devtoolsPipe,
  extensionLoading,
  findChromium,
  findFirefox,
  isRoot,
  majorVersion,
  startTarget,
  webExtRunArgs,
} from '../../../scripts/launch-plan';

const base = { extensionDir: '/ext', profileDir: '/profile', url: 'http://127.0.0.1:5000/' };

describe('which browser npm start opens', () => {
  it('finds Chromium or Chrome: CHROME_PATH first, then PATH in order, then the macOS apps', () => {
    const on = (...paths: string[]) => (p: string) => paths.includes(p);
    expect(findChromium({ CHROME_PATH: '/opt/c/chrome', PATH: '/usr/bin' }, on('/opt/c/chrome', '/usr/bin/chromium'))).toBe('/opt/c/chrome');
    expect(findChromium({ CHROME_PATH: '/missing', PATH: '/usr/bin' }, on('/usr/bin/chromium'))).toBeUndefined();
    expect(findChromium({ PATH: '/usr/local/bin:/usr/bin' }, on('/usr/bin/chromium', '/usr/bin/google-chrome'))).toBe('/usr/bin/chromium');
    expect(findChromium({ PATH: '/usr/bin' }, on('/usr/bin/google-chrome-stable'))).toBe('/usr/bin/google-chrome-stable');
    expect(findChromium({ PATH: '' }, on('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'))).toBe(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    expect(findChromium({ PATH: '/usr/bin' }, on())).toBeUndefined();
  });

  it('finds Firefox: FIREFOX_PATH, then firefox-esr, then firefox', () => {
    const on = (...paths: string[]) => (p: string) => paths.includes(p);
    expect(findFirefox({ FIREFOX_PATH: '/opt/ff/firefox' }, on('/opt/ff/firefox'))).toBe('/opt/ff/firefox');
    expect(findFirefox({ PATH: '/usr/local/bin:/usr/bin' }, on('/usr/bin/firefox-esr', '/usr/local/bin/firefox'))).toBe('/usr/bin/firefox-esr');
    expect(findFirefox({ PATH: '/usr/bin' }, on('/usr/bin/firefox'))).toBe('/usr/bin/firefox');
    expect(findFirefox({ PATH: '/usr/bin' }, on())).toBeUndefined();
  });

  it('npm start -- --firefox opens Firefox; anything else Chromium or Chrome', () => {
    expect(startTarget(['--firefox'])).toBe('firefox');
    expect(startTarget([])).toBe('chrome');
  });
});

describe('how the extension gets into Chromium and Chrome', () => {
  it('tells branded Chrome from Chromium by --version, else by path', () => {
    expect(chromeKind('/usr/bin/chrome', 'Chromium 138.0.7204.49 built on Debian')).toBe('chromium');
    expect(chromeKind('/usr/bin/chromium', 'Google Chrome 138.0.7204.49')).toBe('chrome');
    expect(chromeKind('/usr/bin/google-chrome-stable')).toBe('chrome');
    expect(chromeKind('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')).toBe('chrome');
    expect(chromeKind('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe')).toBe('chrome');
    expect(chromeKind('/usr/bin/chromium')).toBe('chromium');
    expect(majorVersion('Google Chrome 137.0.7151.55 ')).toBe(137);
    expect(majorVersion('')).toBeUndefined();
  });

  it('uses the DevTools pipe for Chrome 137+ (or an unknown version), the flag for Chromium and older Chrome', () => {
    expect(extensionLoading('chrome', 137)).toBe('devtools-pipe');
    expect(extensionLoading('chrome', undefined)).toBe('devtools-pipe');
    expect(extensionLoading('chrome', 136)).toBe('load-extension-flag');
    expect(extensionLoading('chromium', 140)).toBe('load-extension-flag');
  });

  it('Chromium: --load-extension, the page on the command line, no pipe', () => {
    const plan = chromePlan({ ...base, path: '/usr/bin/chromium', versionOutput: 'Chromium 140.0.1', root: false });
    expect(plan.args).toEqual([
      '--user-data-dir=/profile',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions-except=/ext',
      '--load-extension=/ext',
      'http://127.0.0.1:5000/',
    ]);
    expect(plan.notes).toEqual([]);
    expect(plan.urlOnCommandLine).toBe(true);
  });

  it('Google Chrome 137+: the pipe and unsafe-extension-debugging, the page opened later, and says why', () => {
    const plan = chromePlan({ ...base, path: '/usr/bin/google-chrome', versionOutput: 'Google Chrome 138.0.7204.49', root: false });
    expect(plan.loading).toBe('devtools-pipe');
    expect(plan.args).toContain('--remote-debugging-pipe');
    expect(plan.args).toContain('--enable-unsafe-extension-debugging');
    expect(plan.args.some((a) => a.startsWith('--load-extension'))).toBe(false);
    expect(plan.args).not.toContain(base.url);
    expect(plan.urlOnCommandLine).toBe(false);
    expect(plan.notes.join(' ')).toMatch(/ignores --load-extension.*Extensions\.loadUnpacked/);
  });

  it('as root: adds --no-sandbox and says so; never otherwise', () => {
    const root = chromePlan({ ...base, path: '/usr/bin/chromium', root: true });
    expect(root.args).toContain('--no-sandbox');
    expect(root.notes.join(' ')).toMatch(/root.*--no-sandbox/);
    expect(chromePlan({ ...base, path: '/usr/bin/chromium', root: false }).args).not.toContain('--no-sandbox');
  });

  it('detects root from the uid, and never on Windows', () => {
    expect(isRoot({ getuid: () => 0 })).toBe(true);
    expect(isRoot({ getuid: () => 1000 })).toBe(false);
    expect(isRoot({})).toBe(false);
  });
});

describe('Firefox through web-ext', () => {
  it('runs the Firefox build as a temporary add-on on the demo page', () => {
    expect(webExtRunArgs({ firefox: '/usr/bin/firefox-esr', extensionDir: '/ext-ff', url: base.url })).toEqual([
      'run',
      '--source-dir',
      '/ext-ff',
      '--firefox',
      '/usr/bin/firefox-esr',
      '--start-url',
      base.url,
      '--no-reload',
      '--no-config-discovery',
    ]);
  });
});

describe('the DevTools pipe client', () => {
  it('sends NUL-separated JSON and matches replies by id, across chunk boundaries', async () => {
    const toBrowser = new PassThrough();
    const fromBrowser = new PassThrough();
    const sent: string[] = [];
    toBrowser.on('data', (chunk: Buffer) => sent.push(chunk.toString()));
    const devtools = devtoolsPipe(toBrowser, fromBrowser);
    const loaded = devtools.send<{ id: string }>('Extensions.loadUnpacked', { path: '/ext' });
    const refused = devtools.send('Target.createTarget', { url: 'x' });
    await new Promise((done) => setImmediate(done));
    expect(sent.join('')).toBe(
      '{"id":1,"method":"Extensions.loadUnpacked","params":{"path":"/ext"}}\0{"id":2,"method":"Target.createTarget","params":{"url":"x"}}\0',
    );
    fromBrowser.write('{"method":"Target.targetCreated","params":{}}\0{"id":2,"error":{"message":"no"}}\0{"id":1,"res');
    fromBrowser.write('ult":{"id":"abc"}}\0');
    await expect(loaded).resolves.toEqual({ id: 'abc' });
    await expect(refused).rejects.toThrow('no');
  });

  it('rejects what is still waiting when the browser closes the pipe', async () => {
    const fromBrowser = new PassThrough();
    const devtools = devtoolsPipe(new PassThrough(), fromBrowser);
    const waiting = devtools.send('Extensions.loadUnpacked', { path: '/ext' });
    fromBrowser.destroy();
    await expect(waiting).rejects.toThrow('closed the DevTools pipe');
  });
});
