/**
 * How `npm start` opens a browser with the extension: which browser, which
 * flags, and how the extension gets in. Pure decisions, unit-tested; the
 * process work is in scripts/start.ts.
 *
 * - Chromium still loads an unpacked extension from `--load-extension`.
 * - Branded Google Chrome ignores that flag from version 137 on. There the
 *   extension is loaded through the DevTools protocol instead: Chrome starts
 *   with `--remote-debugging-pipe --enable-unsafe-extension-debugging`, and
 *   `Extensions.loadUnpacked` is sent down the pipe.
 * - Run as root (containers, fresh VMs), Chromium and Chrome refuse to start
 *   without `--no-sandbox`; it is added, and the reader is told.
 * - Firefox is started by web-ext, which installs the build as a temporary add-on.
 */
import type { Readable, Writable } from 'node:stream';

export type ChromeKind = 'chrome' | 'chromium';
export type Loading = 'load-extension-flag' | 'devtools-pipe';

/** The first branded Chrome that ignores --load-extension. */
export const CHROME_IGNORES_LOAD_EXTENSION_FROM = 137;

const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const MAC_CHROMES = ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

/** CHROME_PATH, else the first Chromium or Chrome on PATH, else the macOS app. */
export function findChromium(env: NodeJS.ProcessEnv, exists: (path: string) => boolean, delimiter = ':'): string | undefined {
  if (env.CHROME_PATH) return exists(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of CHROMIUM_NAMES) if (dir && exists(`${dir}/${name}`)) return `${dir}/${name}`;
  }
  return MAC_CHROMES.find(exists);
}

/** FIREFOX_PATH, else Debian's firefox-esr, else firefox on PATH, else the macOS app. */
export function findFirefox(env: NodeJS.ProcessEnv, exists: (path: string) => boolean, delimiter = ':'): string | undefined {
  if (env.FIREFOX_PATH) return exists(env.FIREFOX_PATH) ? env.FIREFOX_PATH : undefined;
  for (const name of ['firefox-esr', 'firefox']) {
    for (const dir of (env.PATH ?? '').split(delimiter)) if (dir && exists(`${dir}/${name}`)) return `${dir}/${name}`;
  }
  const mac = '/Applications/Firefox.app/Contents/MacOS/firefox';
  return exists(mac) ? mac : undefined;
}

/** Branded Chrome or Chromium, from `--version` ("Google Chrome 138.0…", "Chromium 138.0…") or else the path. */
export function chromeKind(path: string, versionOutput = ''): ChromeKind {
  if (/google chrome/i.test(versionOutput)) return 'chrome';
  if (/chromium/i.test(versionOutput)) return 'chromium';
  return /google[-\s]?chrome|[\\/]Google[\\/]Chrome[\\/]|[\\/]chrome(\.exe)?$/i.test(path) ? 'chrome' : 'chromium';
}

export function majorVersion(versionOutput: string): number | undefined {
  const match = /(\d+)\.\d+/.exec(versionOutput);
  return match ? Number(match[1]) : undefined;
}

/**
 * How the extension gets in. Chromium: the flag. Branded Chrome: the pipe,
 * unless its version is known to be older than 137 (then the flag still works).
 */
export function extensionLoading(kind: ChromeKind, major: number | undefined): Loading {
  if (kind === 'chromium') return 'load-extension-flag';
  return major !== undefined && major < CHROME_IGNORES_LOAD_EXTENSION_FROM ? 'load-extension-flag' : 'devtools-pipe';
}

/** Root on Linux or macOS; Windows has no uid. */
export function isRoot(proc: { getuid?: () => number } = process): boolean {
  return typeof proc.getuid === 'function' && proc.getuid() === 0;
}

export interface ChromePlan {
  readonly kind: ChromeKind;
  readonly loading: Loading;
  readonly args: string[];
  /** What `npm start` tells the reader about its choices. */
  readonly notes: string[];
  /** Opened from the command line; with the pipe, it is opened after the extension is loaded. */
  readonly urlOnCommandLine: boolean;
}

export function chromePlan(options: {
  path: string;
  versionOutput?: string;
  extensionDir: string;
  profileDir: string;
  url: string;
  root: boolean;
  headless?: boolean;
  /** Overrides the choice (the browser tests drive Chromium through the pipe, as Chrome would be). */
  loading?: Loading;
}): ChromePlan {
  const kind = chromeKind(options.path, options.versionOutput);
  const loading = options.loading ?? extensionLoading(kind, majorVersion(options.versionOutput ?? ''));
  const notes: string[] = [];
  const args = [`--user-data-dir=${options.profileDir}`, '--no-first-run', '--no-default-browser-check'];
  if (options.headless) args.push('--headless=new');
  if (loading === 'load-extension-flag') {
    args.push(`--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`);
  } else {
    args.push('--remote-debugging-pipe', '--enable-unsafe-extension-debugging');
    notes.push(
      `Google Chrome ${CHROME_IGNORES_LOAD_EXTENSION_FROM}+ ignores --load-extension, so the extension is loaded through the DevTools protocol (Extensions.loadUnpacked over --remote-debugging-pipe).`,
    );
  }
  if (options.root) {
    args.push('--no-sandbox');
    notes.push(`Running as root, where ${kind === 'chrome' ? 'Chrome' : 'Chromium'} refuses to start with its sandbox, so --no-sandbox is added. Browse as an ordinary user for anything but this demo.`);
  }
  const urlOnCommandLine = loading === 'load-extension-flag';
  if (urlOnCommandLine) args.push(options.url);
  return { kind, loading, args, notes, urlOnCommandLine };
}

/** `web-ext run` arguments: Firefox with the build as a temporary add-on, on the demo page. */
export function webExtRunArgs(options: { firefox: string; extensionDir: string; url: string }): string[] {
  return ['run', '--source-dir', options.extensionDir, '--firefox', options.firefox, '--start-url', options.url, '--no-reload', '--no-config-discovery'];
}

/** `npm start -- --firefox` opens Firefox; anything else, Chromium or Chrome. */
export function startTarget(argv: readonly string[]): 'chrome' | 'firefox' {
  return argv.includes('--firefox') ? 'firefox' : 'chrome';
}

/**
 * A DevTools protocol client over Chrome's --remote-debugging-pipe: JSON
 * messages separated by NUL bytes, Chrome reading from its fd 3 and writing
 * to its fd 4.
 */
export function devtoolsPipe(toBrowser: Writable, fromBrowser: Readable) {
  let nextId = 1;
  let buffered = '';
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffered += chunk;
    let end: number;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end)) as { id?: number; result?: unknown; error?: { message: string } };
      buffered = buffered.slice(end + 1);
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiting) continue;
      pending.delete(message.id!);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    }
  });
  fromBrowser.on('close', () => {
    for (const { reject } of pending.values()) reject(new Error('the browser closed the DevTools pipe'));
    pending.clear();
  });
  return {
    send<T = unknown>(method: string, params: object = {}, sessionId?: string): Promise<T> {
      const id = nextId++;
      const reply = new Promise<T>((resolve, reject) => pending.set(id, { resolve: resolve as (value: unknown) => void, reject }));
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      return reply;
    },
  };
}
