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

export const EXTENSION_PATH = resolve('.output/chrome-mv3');
const PAGES_DIR = resolve('tests/browser/pages');

function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p));
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
};

async function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = join(PAGES_DIR, name);
    if (!file.startsWith(PAGES_DIR) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  origin: string;
  requests: string[];
  openFixture: (name: string) => Promise<Page>;
  /** A touch screen (`test.use({ touch: true })`): taps make touch pointer events and clicks. */
  touch: boolean;
}

export const test = base.extend<Fixtures, { server: { origin: string } }>({
  server: [
    async ({}, use) => {
      const { server, origin } = await serve();
      await use({ origin });
      await new Promise((done) => server.close(done));
    },
    { scope: 'worker' },
  ],
  origin: async ({ server }, use) => use(server.origin),
  requests: async ({}, use) => use([]),
  touch: [false, { option: true }],
  context: async ({ requests, touch }, use) => {
    if (!existsSync(join(EXTENSION_PATH, 'manifest.json'))) throw new Error(`Build the extension first: ${EXTENSION_PATH} is missing (npm run build).`);
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'st-profile-')), {
      executablePath: chromiumPath(),
      headless: true,
      hasTouch: touch,
      args: [
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

/** Number of ranges in the page's `scripture-ref` highlight (0 when none). */
export function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => (CSS.highlights.get('scripture-ref') as Highlight | undefined)?.size ?? 0);
}

/** Centre of the first occurrence of `text` inside `selector`, read without touching the DOM. */
export async function pointOf(page: Page, text: string, selector = 'body'): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ text, selector }) => {
      const root = document.querySelector(selector);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(text);
        if (at < 0) continue;
        // Scrolling is not a change to the DOM; it brings clipped text under the pointer.
        node.parentElement?.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const rect = range.getClientRects()[0];
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    { text, selector },
  );
  if (!point) throw new Error(`"${text}" not found in ${selector}`);
  return point;
}

/** Rests the pointer on `text` the way a reader would: move there, then wait. */
export async function hover(page: Page, text: string, selector?: string): Promise<void> {
  const { x, y } = await pointOf(page, text, selector);
  await page.mouse.move(x - 2, y);
  await page.mouse.move(x, y, { steps: 2 });
}

/** Our card's host: the element at the end of <html> whose tag name starts with `scripture-tooltip-` (the rest is random). */
export const CARD_HOST_XPATH = 'xpath=/html/*[starts-with(local-name(), "scripture-tooltip-")]';

export function card(page: Page | FrameLocator | Frame) {
  return page.locator(CARD_HOST_XPATH).locator('[data-part="card"]');
}

/** In the page: our card's host element, if one was created. */
export function cardHostIn(doc: Document): Element | undefined {
  return [...doc.documentElement.children].find((e) => e.localName.startsWith('scripture-tooltip-'));
}
