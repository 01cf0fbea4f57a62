/**
 * The Firefox tier: what a Firefox reader relies on, in the built Firefox
 * package. Tests tagged @mv2 also run against the MV2 build (the firefox-mv2
 * project), which has `browserAction` and an event page instead.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { cardElement, cardPart, clickButton, expect, expectPainted, highlightCount, hover, test, textBoxIn, turnOffOnFixtureSite } from './fixtures';
import { paintSince, screenshots, underlineClip } from './paint';

/** `browser.*` inside an extension page, typed loosely: the tests call a handful of methods. */
type ExtensionGlobal = {
  browser: {
    storage: Record<'local' | 'sync' | 'session', { get(key: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void> }>;
    extension: { getViews(filter: { type: 'popup' | 'tab' }): Window[] };
    runtime: { getManifest(): { manifest_version: number; background?: { persistent?: boolean } } & Record<string, unknown> };
  };
};

const storageGet = (page: Page, area: 'local' | 'sync', key: string) =>
  page.evaluate((area, key) => (globalThis as unknown as ExtensionGlobal).browser.storage[area].get(key).then((r) => r[key] ?? null), area, key);

const cardShows = (page: Page, part: string) => () => cardPart(page, part);

test.describe('references on a page', () => {
  test('underlines the references on a served page, and Firefox paints them @mv2', async ({ firefox, openFixture, openExtensionPage }) => {
    const page = await openFixture('references.html');
    // The same seven as in Chromium: form fields, editable text and code are skipped.
    await expect.poll(() => highlightCount(page)).toBe(7);

    const clips = [underlineClip(await textBoxIn(page, 'Romans 8:34', '#plain'))];
    const withHighlight = await screenshots(page, clips);

    await turnOffOnFixtureSite(openExtensionPage);
    await expect.poll(() => highlightCount(page)).toBe(0);
    const [painted] = await paintSince(page, clips, withHighlight);
    console.log(`paint: ${JSON.stringify(painted)}`);
    await expectPainted(firefox, painted, 'under Romans 8:34');
  });

  test('hover shows a card with the verse text and the explanation @mv2', async ({ openFixture }) => {
    const page = await openFixture('references.html');
    await expect.poll(() => highlightCount(page)).toBe(7);
    await hover(page, '8:34', '#plain');
    await expect.poll(cardShows(page, 'reference')).toBe('Romans 8:34');
    await expect.poll(cardShows(page, 'verse-text')).toContain('It is Christ who died');
    await expect.poll(cardShows(page, 'explanation')).toContain('How Jesus Intercedes');
    expect(await cardPart(page, 'read-article')).not.toBeNull();
  });

  test('a list carries its book into Firefox too: "4:16" after "Heb 7:23–25;" is Hebrews 4:16', async ({ openFixture }) => {
    const page = await openFixture('references.html');
    await expect.poll(() => highlightCount(page)).toBe(7);
    await hover(page, '4:16', '#list');
    await expect.poll(cardShows(page, 'reference')).toBe('Hebrews 4:16');
    await expect.poll(cardShows(page, 'verse-text')).toContain('throne of grace');
  });
});

test.describe('settings', () => {
  test('a translation chosen in options applies live in an open tab, and is still there on reopening @mv2', async ({ openFixture, openExtensionPage }) => {
    const page = await openFixture('references.html');
    await expect.poll(() => highlightCount(page)).toBe(7);
    await hover(page, '8:34', '#plain');
    await expect.poll(cardShows(page, 'verse-text')).toContain('It is Christ who died');
    await page.keyboard.press('Escape');
    await expect.poll(cardShows(page, 'card')).toBeNull();

    const options = await openExtensionPage('options.html');
    await options.waitForSelector('select[name="translation"]');
    await options.select('select[name="translation"]', 'kjv');
    await expect.poll(() => options.$eval('#options-status', (el) => el.textContent)).toContain('Saved');

    await page.bringToFront();
    await page.mouse.move(1, 1);
    await hover(page, '8:34', '#plain');
    await expect.poll(cardShows(page, 'verse-text')).toContain('It is Christ that died');

    // Stored in storage.sync, which needs the add-on ID in a temporary install.
    expect(await storageGet(options, 'sync', 'settings')).toMatchObject({ translation: 'kjv' });
    const reopened = await openExtensionPage('options.html');
    await expect.poll(() => reopened.$eval('select[name="translation"]', (el) => (el as HTMLSelectElement).value)).toBe('kjv');
  });

  test('turning the extension off in options removes the underlines at once', async ({ openFixture, openExtensionPage }) => {
    const page = await openFixture('references.html');
    await expect.poll(() => highlightCount(page)).toBe(7);
    const options = await openExtensionPage('options.html');
    await options.waitForSelector('[role="switch"]');
    const toggle = await options.evaluateHandle(() =>
      [...document.querySelectorAll('label.switch')]
        .find((label) => label.textContent?.trim() === 'Show Bible references on web pages')
        ?.querySelector('[role="switch"]'),
    );
    await (toggle.asElement() as ElementHandle<Element>).click();
    await expect.poll(() => highlightCount(page)).toBe(0);
    expect(await storageGet(options, 'sync', 'settings')).toMatchObject({ enabled: false });
  });
});

test.describe('your articles', () => {
  const TITLE = 'Strength for Every Circumstance';
  const TEXT = 'In Philippians 4:13 Paul says he can do all things through Christ who strengthens him: a word about contentment.';

  test('an imported article persists and explains its passage in the card @mv2', async ({ openFixture, openExtensionPage }) => {
    const options = await openExtensionPage('options.html');
    await options.waitForSelector('input[name="articleTitle"]');
    await options.locator('input[name="articleTitle"]').fill(TITLE);
    await options.locator('textarea[name="articleText"]').fill(TEXT);
    await clickButton(options, 'Import article');
    await expect.poll(() => options.evaluate(() => document.querySelector('[data-part="refs"]')?.textContent ?? '')).toContain('Philippians 4:13');
    await clickButton(options, 'Save');
    await expect.poll(() => options.evaluate(() => document.querySelector('[data-part="import-status"]')?.textContent ?? '')).toContain(`Saved “${TITLE}”`);

    const stored = (await storageGet(options, 'local', 'importedArticles')) as Array<{ slug: string; markdown: string }>;
    expect(stored.map((a) => a.slug)).toEqual(['strength-for-every-circumstance']);
    expect(stored[0].markdown).toContain('In Philippians 4:13 Paul says');

    // A new options page reads it back from storage.
    await options.close();
    const reopened = await openExtensionPage('options.html');
    await expect
      .poll(() => reopened.evaluate(() => [...document.querySelectorAll('.articles .saved .saved-title')].map((e) => e.textContent)))
      .toEqual([TITLE]);

    const page = await openFixture('imported-article.html');
    await expect.poll(() => highlightCount(page)).toBe(1);
    await hover(page, '4:13', '#strength');
    await expect.poll(cardShows(page, 'reference')).toBe('Philippians 4:13');
    await expect.poll(cardShows(page, 'explanation')).toContain(TITLE);
  });
});

test.describe('the popup', () => {
  test('"Read the full article" opens the popup at the article @mv2', async ({ openFixture, openExtensionPage }) => {
    // An extension page to look through: it sees the extension's popup and tabs.
    const observer = await openExtensionPage('options.html');
    const openViews = () =>
      observer.evaluate(() => {
        const { extension } = (globalThis as unknown as ExtensionGlobal).browser;
        const describe = (w: Window) => `${new URL(w.location.href).pathname}${w.location.search}`;
        return {
          popups: extension.getViews({ type: 'popup' }).map(describe),
          tabs: extension.getViews({ type: 'tab' }).map(describe).filter((p) => p.startsWith('/popup.html')),
        };
      });
    expect(await openViews()).toEqual({ popups: [], tabs: [] });

    const page = await openFixture('references.html');
    await expect.poll(() => highlightCount(page)).toBe(7);
    await hover(page, '8:34', '#plain');
    await expect.poll(cardShows(page, 'explanation')).toContain('How Jesus Intercedes');
    const button = await cardElement(page, 'read-article');
    const box = (await button.boundingBox())!;
    // Straight from the reference onto the card, then click.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

    // Firefox opens the toolbar popup from the message, through `action` (MV3) or
    // `browserAction` (MV2); a tab would mean the popup was refused.
    await expect.poll(openViews).toEqual({ popups: ['/popup.html'], tabs: [] });
    // The popup read where to open (storage.session or the tab's URL) and shows that article.
    await expect
      .poll(() =>
        observer.evaluate(() => {
          const { extension } = (globalThis as unknown as ExtensionGlobal).browser;
          const view = [...extension.getViews({ type: 'popup' }), ...extension.getViews({ type: 'tab' })].find((w) => w.location.pathname === '/popup.html');
          return view?.document.querySelector('[data-part="article"]')?.textContent ?? '';
        }),
      )
      .toContain('Romans 8:34');
  });

  test('the package has an event page, never a persistent background, and its own toolbar button API @mv2', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html');
    const manifest = await page.evaluate(() => (globalThis as unknown as ExtensionGlobal).browser.runtime.getManifest());
    // MV2 backgrounds are persistent unless they say otherwise; MV3 ones never are.
    if (manifest.manifest_version === 2) expect(manifest.background?.persistent).toBe(false);
    else expect(manifest.background?.persistent).toBeUndefined();
    expect(Object.keys(manifest)).toContain(manifest.manifest_version === 2 ? 'browser_action' : 'action');
  });
});

test.describe('a save the browser refuses', () => {
  test('is reported in the popup and in options, and the setting stays as stored', async ({ openExtensionPage }) => {
    const popup = await openExtensionPage('popup.html');
    await popup.waitForSelector('[role="switch"]');
    // Fill storage.sync to 100 bytes short of its 102,400-byte quota: the next settings save cannot fit.
    const free = await popup.evaluate(async () => {
      const { sync } = (globalThis as unknown as ExtensionGlobal).browser.storage;
      const items: Record<string, string> = {};
      for (let i = 0; i < 12; i++) items[`f${String(i).padStart(2, '0')}`] = 'x'.repeat(8000);
      items.f12 = 'x'.repeat(102_400 - 100 - 12 * 8005 - 3 - 2);
      await sync.set(items);
      const used = Object.entries(await sync.get(null)).reduce((sum, [k, v]) => sum + k.length + JSON.stringify(v).length, 0);
      return 102_400 - used;
    });
    expect(free).toBe(100);

    const enabledSwitch = async (page: Page) =>
      (await page.evaluateHandle(() =>
        [...document.querySelectorAll('label.switch')].find((l) => l.textContent?.trim() === 'Enabled')?.querySelector('input'),
      )) as ElementHandle<HTMLInputElement>;
    await (await enabledSwitch(popup)).click();
    await expect.poll(() => popup.$eval('[data-part="save-error"]', (el) => (el.hasAttribute('hidden') ? '' : el.textContent))).toMatch(
      /Nothing was saved; the settings are as they were/,
    );
    expect(await (await enabledSwitch(popup)).evaluate((input) => input.checked)).toBe(true);

    const options = await openExtensionPage('options.html');
    await options.select('select[name="translation"]', 'kjv');
    await expect.poll(() => options.$eval('#options-status', (el) => el.textContent)).toMatch(/Nothing was saved/);
    await expect.poll(() => options.$eval('select[name="translation"]', (el) => (el as HTMLSelectElement).value)).toBe('web');
    expect(await storageGet(options, 'sync', 'settings')).toBeNull();
  });
});
