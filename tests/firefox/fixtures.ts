/**
 * The Firefox tier's fixtures: a fresh headless Firefox per test, driven by
 * puppeteer-core over WebDriver BiDi, with the built extension installed
 * temporarily (as about:debugging does), and the Chromium tier's fixture
 * pages served on 127.0.0.1 by the same server.
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
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../browser/fixtures';
import { highlightSize, textPoint } from '../browser/in-page';
import { GECKO_ID } from '../../scripts/store-manifest';
import { FIREFOX_BIN_ENV, FIREFOX_BUILDS, SKIP_REASON_ENV } from './environment';

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
      const { server, origin } = await serve();
      await use({ origin });
      await new Promise((done) => server.close(done));
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

export function highlightCount(page: Page): Promise<number> {
  return page.evaluate(highlightSize);
}

/** Rests the pointer on `text`, as a reader would: move there, then stay. */
export async function hover(page: Page, text: string, selector = 'body'): Promise<void> {
  const point = await page.evaluate(textPoint, { text, selector });
  if (!point) throw new Error(`"${text}" not found in ${selector}`);
  await page.mouse.move(point.x - 2, point.y);
  await page.mouse.move(point.x, point.y, { steps: 2 });
}

/** Text of one `[data-part]` of the open card (inside the host's shadow root), or null when there is none. */
export function cardPart(page: Page, part: string): Promise<string | null> {
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
