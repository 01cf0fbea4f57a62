/**
 * The Firefox tier's fixtures: a fresh headless Firefox per test, driven by
 * puppeteer-core over WebDriver BiDi, with the built extension installed
 * temporarily (as about:debugging does), and the Chromium tier's fixture
 * pages served on 127.0.0.1 by the same server (a second one, on localhost,
 * serves the cross-site frames).
 *
 * Two Firefox rules shape this file:
 * - BiDi refuses to navigate to moz-extension:// pages unless Firefox runs
 *   with --remote-allow-system-access; the navigation then happens, but
 *   puppeteer never sees it finish, so `openExtensionPage` waits for the
 *   document itself.
 * - Extension pages get a known host through the
 *   `extensions.webextensions.uuids` preference, so tests can build URLs.
 */
import { test as base, expect } from '@playwright/test';
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../browser/fixtures';
import { highlightSize, openCardBox, textBox, textPoint, type ViewportBox } from '../browser/in-page';
import { GECKO_ID } from '../../scripts/store-manifest';
import { FIREFOX_BIN_ENV, FIREFOX_BUILDS, SKIP_REASON_ENV } from './environment';
import type { PaintDifference } from './paint';

/** The moz-extension:// host the tests give the extension. */
const EXTENSION_UUID = '5b3f7c1e-9d2a-4c8e-8f61-2a7d3e9b0c44';
const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

interface Fixtures {
  firefox: Browser;
  origin: string;
  openFixture: (name: string) => Promise<Page>;
  openExtensionPage: (path: string) => Promise<Page>;
}

export interface WorkerFixtures {
  server: { origin: string };
  /** Which build to install; the firefox-mv2 project points it at .output/firefox-mv2. */
  extensionDir: string;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  extensionDir: [FIREFOX_BUILDS.mv3, { option: true, scope: 'worker' }],
  server: [
    async ({}, use) => {
      // A second server, named localhost: another site, for frames.html's cross-origin frame.
      const other = await serve();
      const { server, origin } = await serve(other.origin.replace('127.0.0.1', 'localhost'));
      await use({ origin });
      await new Promise((done) => server.close(done));
      await new Promise((done) => other.server.close(done));
    },
    { scope: 'worker' },
  ],
  origin: async ({ server }, use) => use(server.origin),
  firefox: async ({ extensionDir }, use) => {
    const skipReason = process.env[SKIP_REASON_ENV];
    test.skip(!!skipReason, `Firefox tier cannot run here: ${skipReason}`);
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env[FIREFOX_BIN_ENV],
      headless: true,
      userDataDir: mkdtempSync(join(tmpdir(), 'st-firefox-')),
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }) },
    });
    try {
      const id = await browser.installExtension(extensionDir);
      expect(id, 'the installed add-on has the manifest ID').toBe(GECKO_ID);
      await use(browser);
    } finally {
      await browser.close();
    }
  },
  openFixture: async ({ firefox, origin }, use) => {
    await use(async (name) => {
      const page = await firefox.newPage();
      await page.goto(`${origin}/${name}`);
      return page;
    });
  },
  openExtensionPage: async ({ firefox }, use) => {
    await use(async (path) => {
      const page = await firefox.newPage();
      const url = new URL(path, `${EXTENSION_ORIGIN}/`).href;
      // Puppeteer waits for a load it never sees (see the file's comment); the document tells instead.
      page.goto(url, { timeout: 20_000 }).catch(() => undefined);
      await expect
        .poll(() => page.evaluate(() => `${location.href} ${document.readyState}`).catch((e: Error) => e.message), { timeout: 20_000 })
        .toBe(`${url} complete`);
      return page;
    });
  },
});

export { expect };

/** Number of ranges in the page's (or frame's) `scripture-ref` highlight (0 when none). */
export function highlightCount(page: Page | Frame): Promise<number> {
  return page.evaluate(highlightSize);
}

/** Where a frame's viewport starts in the page (its iframe's content box); the page's own starts at 0, 0. */
export async function viewportOrigin(frame?: Frame): Promise<{ x: number; y: number }> {
  if (!frame) return { x: 0, y: 0 };
  const element = await frame.frameElement();
  if (!element) throw new Error(`${frame.url()} has no frame element`);
  return element.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { x: r.left + e.clientLeft, y: r.top + e.clientTop };
  });
}

/** Rests the pointer on `text`, as a reader would: move there, then stay. In a frame, `page` is its page. */
export async function hover(page: Page, text: string, selector = 'body', frame?: Frame): Promise<void> {
  const point = await (frame ?? page).evaluate(textPoint, { text, selector });
  if (!point) throw new Error(`"${text}" not found in ${selector}`);
  const origin = await viewportOrigin(frame);
  await page.mouse.move(origin.x + point.x - 2, origin.y + point.y);
  await page.mouse.move(origin.x + point.x, origin.y + point.y, { steps: 2 });
}

/** Box of `text` inside `selector` (open shadow roots too) in the viewport of its page or frame. */
export async function textBoxIn(target: Page | Frame, text: string, selector = 'body'): Promise<ViewportBox> {
  const box = await target.evaluate(textBox, { text, selector });
  if (!box) throw new Error(`"${text}" not found in ${selector}`);
  return box;
}

/** The open card and the reference it explains, in the viewport of the page or frame that shows them (for `expectBeside`). */
export async function cardGeometry(target: Page | Frame, text: string) {
  const open = await target.evaluate(openCardBox);
  return open && { ...open, reference: await textBoxIn(target, text) };
}

/** Text of one `[data-part]` of the open card (inside the host's shadow root) in a page or frame, or null when there is none. */
export function cardPart(page: Page | Frame, part: string): Promise<string | null> {
  return page.evaluate(
    (part) =>
      [...document.documentElement.children].find((e) => e.localName.startsWith('scripture-tooltip-'))?.shadowRoot?.querySelector(`[data-part="${part}"]`)?.textContent ?? null,
    part,
  );
}

/** The card's `[data-part]` element, for clicking. */
export async function cardElement(page: Page, part: string): Promise<ElementHandle<Element>> {
  const handle = await page.evaluateHandle(
    (part) =>
      [...document.documentElement.children].find((e) => e.localName.startsWith('scripture-tooltip-'))?.shadowRoot?.querySelector(`[data-part="${part}"]`) ?? null,
    part,
  );
  const element = handle.asElement() as ElementHandle<Element> | null;
  if (!element) throw new Error(`the card has no [data-part="${part}"]`);
  return element;
}

/** Clicks the button whose text is exactly `name`. */
export async function clickButton(page: Page, name: string): Promise<void> {
  const handle = await page.evaluateHandle(
    (name) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) ?? null,
    name,
  );
  const button = handle.asElement() as ElementHandle<Element> | null;
  if (!button) throw new Error(`no button "${name}"`);
  await button.click();
}

/** Turns the extension off on 127.0.0.1, the fixtures' site, as the popup's "On this site" switch does. */
export async function turnOffOnFixtureSite(openExtensionPage: Fixtures['openExtensionPage']): Promise<void> {
  const options = await openExtensionPage('options.html');
  await options.evaluate(() =>
    (globalThis as unknown as { browser: { storage: { local: { set(items: object): Promise<void> } } } }).browser.storage.local.set({ disabledSites: ['127.0.0.1'] }),
  );
}

/**
 * The highlight painted what this Firefox paints: the amber wash, which every
 * Firefox from 140 paints (140 paints no text-decoration in ::highlight), and
 * from 153 the dotted underline too.
 */
export async function expectPainted(firefox: Browser, painted: PaintDifference, where: string): Promise<void> {
  expect(painted.washed, `the wash ${where}`).toBeGreaterThan(0.4);
  const major = Number(/^firefox\/(\d+)/.exec(await firefox.version())?.[1]);
  if (major >= 153) expect(painted.underlineRows, `the underline ${where}`).toBeGreaterThanOrEqual(1);
}
