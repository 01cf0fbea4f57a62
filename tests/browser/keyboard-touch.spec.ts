/**
 * Keyboard commands, the context-menu item, focus, the screen-reader
 * announcement and touch. The worker's listeners only forward a message to
 * the tab (lib/commands.ts, unit-tested); here the worker sends that same
 * message, built by the same function, and the page must act on it.
 */
import type { Page, Worker } from '@playwright/test';
import { messageForCommand } from '../../lib/commands';
import type { ToContentMessage } from '../../lib/content-messages';
import { afterTwoFrames, cardLog, cardState, startCardLog } from './card-log';
import { CARD_HOST_XPATH, card, expect, highlightCount, hover, pointOf, test } from './fixtures';

/** Sends a message to the front tab's content script from the worker, as commands.onCommand / contextMenus.onClicked do. */
async function sendFromWorker(worker: Worker, page: Page, message: ToContentMessage, frameId?: number): Promise<void> {
  await page.bringToFront();
  await worker.evaluate(
    async ({ message, frameId }) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.tabs.sendMessage(tab.id!, message, frameId === undefined ? undefined : { frameId });
    },
    { message, frameId },
  );
}

const command = (worker: Worker, page: Page, name: string) => sendFromWorker(worker, page, messageForCommand(name)!);

const label = (page: Page) => card(page).locator('[data-part="reference"]');
const announcement = (page: Page) => page.locator(CARD_HOST_XPATH).locator('[data-part="announcement"]');

/** Whether focus is inside our card (the page sees its host as the active element). */
const focusInCard = (page: Page) => page.evaluate(() => document.activeElement?.localName.startsWith('scripture-tooltip-') ?? false);

/** Selects `text` in the page (a selection is not a change to the DOM); collapsed: a caret before its first character. */
async function select(page: Page, text: string, collapsed = false): Promise<void> {
  await page.evaluate(
    ({ text, collapsed }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, collapsed ? at + 1 : at + text.length);
        if (collapsed) range.collapse(false);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error(`${text} not found`);
    },
    { text, collapsed },
  );
}

async function openPage(openFixture: (name: string) => Promise<Page>): Promise<Page> {
  const page = await openFixture('keyboard-touch.html');
  // The three at the top are near the view; the fourth, far down, is drawn once it is near too (hover/highlighter.ts).
  await expect.poll(() => highlightCount(page)).toBeGreaterThanOrEqual(3);
  return page;
}

test.describe('keyboard', () => {
  test('the manifest declares the commands and the context-menu permission', async ({ worker }) => {
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions).toContain('contextMenus');
    expect(Object.fromEntries(Object.entries(manifest.commands ?? {}).map(([name, c]) => [name, c.suggested_key?.default]))).toEqual({
      'show-passage': 'Alt+Shift+S',
      'next-reference': 'Alt+Shift+N',
      'previous-reference': 'Alt+Shift+P',
    });
  });

  test('"show" opens the selected reference, the card takes focus and announces itself, Escape gives focus back', async ({ openFixture, worker }) => {
    const page = await openPage(openFixture);
    await page.locator('#start').focus();
    await select(page, 'Romans 8:34');
    await command(worker, page, 'show-passage');
    await expect(label(page)).toHaveText('Romans 8:34');
    await expect.poll(() => focusInCard(page)).toBe(true);
    await expect(card(page)).toBeFocused();
    await expect(announcement(page)).toHaveText(/^Romans 8:34: Who is he who condemns\? It is Christ who died, yes rather,…$/);
    await expect(announcement(page)).toHaveAttribute('role', 'status');
    // Focus inside holds the card open while the mouse wanders.
    await page.mouse.move(5, 5);
    await page.mouse.move(20, 300, { steps: 4 });
    await afterTwoFrames(page);
    // Held: the moves were hit-tested and started no hide grace.
    expect(await cardState(page)).toBe('shown');
    await expect(card(page)).toBeVisible();
    // Tab walks through the card (the passage, a scrollable region, then its buttons) and the card stays open.
    const reached: string[] = [];
    for (let i = 0; i < 6 && !reached.includes('button'); i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.localName ?? 'outside'));
    }
    expect(reached).toContain('button');
    expect(reached).not.toContain('outside');
    await expect(card(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card(page)).toHaveCount(0);
    await expect(page.locator('#start')).toBeFocused();
  });

  test('"show" takes the reference at the caret, else the first in view', async ({ openFixture, worker }) => {
    const page = await openPage(openFixture);
    await select(page, 'Jude 3', true);
    await command(worker, page, 'show-passage');
    await expect(label(page)).toHaveText('Jude 3');
    await page.keyboard.press('Escape');
    await expect(card(page)).toHaveCount(0);
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await command(worker, page, 'show-passage');
    await expect(label(page)).toHaveText('Romans 8:34');
  });

  test('next and previous step through the references, scroll to them and wrap at the ends', async ({ openFixture, worker }) => {
    const page = await openPage(openFixture);
    const steps: Array<[string, string]> = [
      ['next-reference', 'Romans 8:34'],
      ['next-reference', 'John 3:16'],
      ['next-reference', 'Jude 3'],
      ['next-reference', 'Genesis 1:1'],
      ['next-reference', 'Romans 8:34'],
      ['previous-reference', 'Genesis 1:1'],
      ['previous-reference', 'Jude 3'],
    ];
    for (const [name, expected] of steps) {
      await command(worker, page, name);
      await expect(label(page)).toHaveText(expected);
      if (expected === 'Genesis 1:1') {
        // Scrolled into view: the far paragraph is inside the viewport.
        await expect.poll(() => page.evaluate(() => document.getElementById('far')!.getBoundingClientRect().top)).toBeLessThan(page.viewportSize()!.height);
      }
    }
    await expect.poll(() => focusInCard(page)).toBe(true);
  });

  test('the context-menu item shows the first reference in the selection, in the frame it was sent to', async ({ openFixture, worker }) => {
    const page = await openPage(openFixture);
    await startCardLog(page);
    await select(page, 'Start here, where no verse is named.');
    await sendFromWorker(worker, page, { type: 'toContent/showSelection' }, 0);
    // The control below: messages are handled in order, so the first one's card would be logged before Jude 3's.
    await select(page, 'Third: Jude 3 and nothing more.');
    await sendFromWorker(worker, page, { type: 'toContent/showSelection' }, 0);
    await expect(label(page)).toHaveText('Jude 3');
    expect(await cardLog(page)).toEqual(['Jude 3']);
  });

  test('Tab from a focused reference still moves into the card, and Escape returns to the link', async ({ openFixture }) => {
    const page = await openPage(openFixture);
    await page.locator('#reflink').focus();
    await expect(label(page)).toHaveText('John 3:16');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusInCard(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(card(page)).toHaveCount(0);
    await expect(page.locator('#reflink')).toBeFocused();
  });

  test('a hovered card is announced in our shadow root, never takes focus, and the page DOM keeps only our host', async ({ openFixture }) => {
    const page = await openPage(openFixture);
    await page.locator('#start').focus();
    await hover(page, '8:34', '#first');
    await expect(label(page)).toHaveText('Romans 8:34');
    await expect(announcement(page)).toHaveText(/^Romans 8:34: Who is he who condemns\? It is Christ who died, yes rather,…$/);
    await expect(page.locator('#start')).toBeFocused();
    expect(await page.evaluate(() => [...document.documentElement.children].map((e) => e.localName.replace(/^(scripture-tooltip-)[a-z0-9]+$/, '$1…')))).toEqual([
      'head',
      'body',
      'scripture-tooltip-…',
    ]);
  });
});

test.describe('touch', () => {
  test.use({ touch: true });

  test('a tap on a reference opens its card and a tap elsewhere closes it', async ({ openFixture }) => {
    const page = await openPage(openFixture);
    const at = await pointOf(page, 'Romans 8:34', '#first');
    await page.touchscreen.tap(at.x, at.y);
    await expect(label(page)).toHaveText('Romans 8:34');
    const away = await pointOf(page, 'where no verse', '#intro');
    await page.touchscreen.tap(away.x, away.y);
    await expect(card(page)).toHaveCount(0);
  });

  test('a reference in a link: the first tap shows the card, which offers to follow the link', async ({ openFixture, origin }) => {
    const page = await openPage(openFixture);
    const at = await pointOf(page, 'John 3:16', '#second');
    await page.touchscreen.tap(at.x, at.y);
    await expect(label(page)).toHaveText('John 3:16');
    await afterTwoFrames(page);
    expect(page.url()).toBe(`${origin}/keyboard-touch.html`);
    const follow = card(page).locator('[data-part="follow-link"]');
    await expect(follow).toHaveText('Follow the link');
    const box = (await follow.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page).toHaveURL(`${origin}/static.html`);
  });

  test('an ordinary link still navigates on the first tap', async ({ openFixture, origin }) => {
    const page = await openPage(openFixture);
    const at = await pointOf(page, 'An ordinary link');
    await page.touchscreen.tap(at.x, at.y);
    await expect(page).toHaveURL(`${origin}/static.html?plain`);
  });
});
