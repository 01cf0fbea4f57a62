/**
 * Launches Chromium with the built extension and serves the fixture pages on
 * 127.0.0.1. Every request the browser makes is recorded, so a test can prove
 * that nothing left the machine.
 */
import { test as base, chromium, type BrowserContext, type Frame, type FrameLocator, type Page, type Worker } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { highlightSize, openCardBox, textBox, textPoint, type ViewportBox } from './in-page';

export const EXTENSION_PATH = resolve('.output/chrome-mv3');
const PAGES_DIR = resolve('tests/browser/pages');

export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p));
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
};

/**
 * Serves the fixture pages (the Firefox tier uses them too). `%OTHER_ORIGIN%`
 * in a page becomes the second server's origin (another port, so another
 * origin), for cross-origin frames.
 */
export async function serve(otherOrigin = ''): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = join(PAGES_DIR, name);
    if (!file.startsWith(PAGES_DIR) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type });
    const body = readFileSync(file);
    res.end(type.startsWith('text/html') ? body.toString('utf8').replaceAll('%OTHER_ORIGIN%', otherOrigin) : body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Another UI language than the default: Chromium on Linux reads it from LANGUAGE; --lang is what other systems read. */
function languageOptions(language: string) {
  if (language === 'en') return {};
  return { env: { ...process.env, LANGUAGE: language }, locale: language };
}

interface Fixtures {
  /** The browser's UI language, which picks the extension's locale: `test.use({ uiLanguage: 'es' })`. */
  uiLanguage: string;
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  origin: string;
  /** The same pages from another origin (another port). */
  otherOrigin: string;
  requests: string[];
  openFixture: (name: string) => Promise<Page>;
  /** A touch screen (`test.use({ touch: true })`): taps make touch pointer events and clicks. */
  touch: boolean;
}

export const test = base.extend<Fixtures, { server: { origin: string; otherOrigin: string } }>({
  server: [
    async ({}, use) => {
      const other = await serve();
      const { server, origin } = await serve(other.origin);
      await use({ origin, otherOrigin: other.origin });
      await new Promise((done) => server.close(done));
      await new Promise((done) => other.server.close(done));
    },
    { scope: 'worker' },
  ],
  origin: async ({ server }, use) => use(server.origin),
  otherOrigin: async ({ server }, use) => use(server.otherOrigin),
  requests: async ({}, use) => use([]),
  uiLanguage: ['en', { option: true }],
  touch: [false, { option: true }],
  context: async ({ requests, uiLanguage, touch }, use) => {
    if (!existsSync(join(EXTENSION_PATH, 'manifest.json'))) throw new Error(`Build the extension first: ${EXTENSION_PATH} is missing (npm run build).`);
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'st-profile-')), {
      executablePath: chromiumExecutable(),
      headless: true,
      ...languageOptions(uiLanguage),
      hasTouch: touch,
      args: [
        ...(uiLanguage === 'en' ? [] : [`--lang=${uiLanguage}`]),
        `--disable-extensions-except=${EXTENSION_PATH}`,
        `--load-extension=${EXTENSION_PATH}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context.on('request', (request) => requests.push(request.url()));
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ worker }, use) => use(new URL(worker.url()).host),
  openFixture: async ({ context, origin, worker: _worker }, use) => {
    await use(async (name) => {
      const page = await context.newPage();
      await page.goto(`${origin}/${name}`);
      return page;
    });
  },
});

export const expect = test.expect;

/** Number of ranges in the page's (or frame's) `scripture-ref` highlight (0 when none). */
export function highlightCount(page: Page | Frame): Promise<number> {
  return page.evaluate(highlightSize);
}

/**
 * Centre of the first occurrence of `text` inside `selector` (looking into
 * open shadow roots too), in the viewport of the page or frame, read without
 * touching the DOM.
 */
export async function pointOf(page: Page | Frame, text: string, selector = 'body'): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(textPoint, { text, selector });
  if (!point) throw new Error(`"${text}" not found in ${selector}`);
  return point;
}

/** Where a frame's viewport starts in the page (its iframe's content box). */
async function frameOffset(frame: Frame): Promise<{ x: number; y: number }> {
  const element = await frame.frameElement();
  return element.evaluate((node) => {
    const e = node as Element;
    const r = e.getBoundingClientRect();
    return { x: r.left + e.clientLeft, y: r.top + e.clientTop };
  });
}

/** Rests the pointer on `text` the way a reader would: move there, then wait. In a frame, `page` is its page. */
export async function hover(page: Page, text: string, selector?: string, frame?: Frame): Promise<void> {
  const inner = await pointOf(frame ?? page, text, selector);
  const offset = frame ? await frameOffset(frame) : { x: 0, y: 0 };
  const x = inner.x + offset.x;
  const y = inner.y + offset.y;
  await page.mouse.move(x - 2, y);
  await page.mouse.move(x, y, { steps: 2 });
}

/**
 * The open card and the reference it explains, as rectangles in the viewport
 * of the page or frame that shows them.
 */
export async function cardGeometry(page: Page | Frame, text: string) {
  const open = await page.evaluate(openCardBox);
  const reference = await page.evaluate(textBox, { text, selector: 'body' });
  return open && reference ? { ...open, reference } : null;
}

/** Next to the reference (above or below, within 16 px, overlapping it horizontally), inside the viewport, not over it. */
export function expectBeside(geometry: { card: ViewportBox; reference: ViewportBox; viewport: { width: number; height: number } } | null): void {
  expect(geometry).not.toBeNull();
  const { card, reference, viewport } = geometry!;
  const gap = card.top >= reference.bottom ? card.top - reference.bottom : reference.top - card.bottom;
  expect(gap, `card ${JSON.stringify(card)} vs reference ${JSON.stringify(reference)}`).toBeGreaterThanOrEqual(0);
  expect(gap).toBeLessThanOrEqual(16);
  expect(card.left).toBeLessThanOrEqual(reference.right);
  expect(card.right).toBeGreaterThanOrEqual(reference.left);
  expect(card.left).toBeGreaterThanOrEqual(-0.5);
  expect(card.top).toBeGreaterThanOrEqual(-0.5);
  expect(card.right).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(card.bottom).toBeLessThanOrEqual(viewport.height + 0.5);
}

/** Our card's host: the element at the end of <html> whose tag name starts with `scripture-tooltip-` (the rest is random). */
export const CARD_HOST_XPATH = 'xpath=/html/*[starts-with(local-name(), "scripture-tooltip-")]';

export function card(page: Page | FrameLocator | Frame) {
  return page.locator(CARD_HOST_XPATH).locator('[data-part="card"]');
}
