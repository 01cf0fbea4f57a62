/**
 * Pages that are hard for extensions (issue 10): frames, web components,
 * selecting text, a page that defines our old tag name, CSS zoom and
 * transforms. Each test is one of the failures the issue lists.
 */
import type { Frame, Page } from '@playwright/test';
import { afterTwoFrames } from './card-log';
import { domSnapshot } from './in-page';
import { card, cardGeometry, expect, expectBeside, highlightCount, hover, pointOf, test } from './fixtures';

async function frameOf(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.locator(`#${id}`).elementHandle())!.contentFrame();
  if (!frame) throw new Error(`#${id} has no frame`);
  return frame;
}

function pageSnapshot(page: Page): Promise<string> {
  return page.evaluate(domSnapshot);
}

test.describe('frames', () => {
  const frames = [
    ['same', 'Hebrews 4:16'],
    ['srcdoc', 'John 3:16'],
    ['cross', 'Hebrews 4:16'],
    ['blank', 'Philippians 4:13'],
  ] as const;

  test('same-origin, srcdoc, about:blank and cross-origin frames get the underline and a card beside the reference', async ({ openFixture }) => {
    const page = await openFixture('frames.html');
    await expect.poll(() => highlightCount(page)).toBe(1);
    for (const [id, text] of frames) {
      const frame = await frameOf(page, id);
      await expect.poll(() => highlightCount(frame), { message: `underline in #${id}` }).toBe(1);
      await hover(page, text, '#c', frame);
      await expect(card(frame), `card in #${id}`).toBeVisible();
      await expect(card(frame).locator('[data-part="verse-text"].passage')).toBeVisible();
      expectBeside(await cardGeometry(frame, text));
      await page.keyboard.press('Escape');
      await page.mouse.move(1, 1);
      await expect(card(frame)).toHaveCount(0);
    }
  });

  test('a frame that starts too small to hold prose is read once it grows', async ({ openFixture }) => {
    const page = await openFixture('frames.html');
    await expect.poll(() => highlightCount(page)).toBe(1);
    // A hidden helper frame (1 × 1) that the page later sizes, as a widget does once it has loaded.
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.id = 'grows';
      frame.style.cssText = 'width: 1px; height: 1px';
      frame.srcdoc = "<p id='c'>Once shown: Isaiah 40:31 is quoted.</p>";
      document.body.prepend(frame);
    });
    const frame = await frameOf(page, 'grows');
    await expect.poll(() => frame.evaluate(() => document.readyState)).toBe('complete');
    await page.evaluate(() => {
      document.getElementById('grows')!.style.cssText = 'width: 600px; height: 200px';
    });
    await expect.poll(() => highlightCount(frame)).toBe(1);
  });

  test('settings apply live in every frame', async ({ openFixture, worker }) => {
    const page = await openFixture('frames.html');
    for (const [id] of frames) await expect.poll(async () => highlightCount(await frameOf(page, id))).toBe(1);
    await worker.evaluate(() => chrome.storage.sync.set({ settings: { enabled: false } }));
    for (const [id] of frames) await expect.poll(async () => highlightCount(await frameOf(page, id))).toBe(0);
    await expect.poll(() => highlightCount(page)).toBe(0);
    await worker.evaluate(() => chrome.storage.sync.set({ settings: { enabled: true } }));
    for (const [id] of frames) await expect.poll(async () => highlightCount(await frameOf(page, id))).toBe(1);
    // "On this site" is the tab's site: a frame from another origin follows it, going off with the page.
    await worker.evaluate(() => chrome.storage.local.set({ disabledSites: ['127.0.0.1'] }));
    await expect.poll(() => highlightCount(page)).toBe(0);
    for (const [id] of frames) await expect.poll(async () => highlightCount(await frameOf(page, id))).toBe(0);
    await worker.evaluate(() => chrome.storage.local.set({ disabledSites: [] }));
    for (const [id] of frames) await expect.poll(async () => highlightCount(await frameOf(page, id))).toBe(1);
  });
});

test.describe('open shadow roots', () => {
  test('are read at load, when added, nested, and when a custom element is upgraded later; the page and its shadow roots stay as they were', async ({
    openFixture,
    worker,
  }) => {
    const logs: string[] = [];
    worker.on('console', (m) => logs.push(m.text()));
    const page = await openFixture('shadow.html');
    // Light, slotted light, declarative, scripted, nested, added later, upgraded later; not the closed one.
    await expect.poll(() => highlightCount(page)).toBe(7);
    const before = await pageSnapshot(page);
    for (const text of ['Romans 8:28', 'Hebrews 4:16', 'Philippians 4:13', 'Isaiah 40:31']) {
      await hover(page, text);
      await expect(card(page).locator('[data-part="reference"]')).toHaveText(text);
      expectBeside(await cardGeometry(page, text));
      await page.keyboard.press('Escape');
    }
    expect(await pageSnapshot(page)).toBe(before);
    expect(logs.filter((l) => l.includes('[Scripture Tooltips]'))).toEqual([]);
  });
});

test.describe('selecting text', () => {
  test('no card while the mouse button is held; a card once the pointer rests on a reference in the selection', async ({ openFixture, worker }) => {
    const page = await openFixture('references.html');
    await expect.poll(() => highlightCount(page)).toBeGreaterThanOrEqual(5);
    const start = await pointOf(page, 'Paul says', '#plain');
    const past = await pointOf(page, 'intercedes', '#plain');
    const onReference = await pointOf(page, '8:34', '#plain');
    // No dwell, so a card that were allowed would be up as soon as the move is hit-tested.
    await worker.evaluate(() => chrome.storage.sync.set({ settings: { dwellMs: 0 } }));
    await expect.poll(() => highlightCount(page)).toBeGreaterThanOrEqual(5);
    await page.mouse.move(start.x - 20, start.y);
    await page.mouse.down();
    // Selecting: the pointer rests on the reference with the button held.
    await page.mouse.move(onReference.x, onReference.y, { steps: 8 });
    await afterTwoFrames(page);
    await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
    await expect(card(page)).toHaveCount(0);
    await page.mouse.move(past.x, past.y, { steps: 4 });
    await page.mouse.up();
    expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toContain('Romans 8:34');
    // The selection made, the pointer comes back to rest on the reference inside it.
    await page.mouse.move(onReference.x, onReference.y, { steps: 4 });
    await expect(card(page).locator('[data-part="reference"]')).toHaveText('Romans 8:34');
    // The selection is the reader's: the card leaves it as it was.
    expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toContain('Romans 8:34');
  });
});

test.describe('our host never collides', () => {
  test('a page that defines <scripture-tooltip> with its own shadow root still gets cards', async ({ openFixture, worker }) => {
    const logs: string[] = [];
    worker.on('console', (m) => logs.push(m.text()));
    const page = await openFixture('collision.html');
    await expect.poll(() => highlightCount(page)).toBe(1);
    await hover(page, '8:34', '#c');
    await expect(card(page).locator('[data-part="reference"]')).toHaveText('Romans 8:34');
    // The page's widget is untouched and ours is another element.
    expect(await page.evaluate(() => document.querySelector('scripture-tooltip')?.shadowRoot?.textContent)).toBe('The page widget');
    expect(await page.evaluate(() => document.querySelectorAll('scripture-tooltip').length)).toBe(1);
    expect(logs.filter((l) => l.includes('[Scripture Tooltips]'))).toEqual([]);
  });
});

test.describe('placement under zoom, transforms and scaled fonts', () => {
  const cases: Array<[string, string, string]> = [
    ['zoom 2 on <html>', 'document.documentElement.style.zoom = "2"', 'Romans 8:34'],
    ['zoom 1.25 on <html>', 'document.documentElement.style.zoom = "1.25"', 'Romans 8:34'],
    ['zoom 1.5 on <body>', 'document.body.style.zoom = "1.5"', 'Hebrews 4:16'],
    ['nested zoom (1.25 on <html>, 1.5 on an article)', 'document.documentElement.style.zoom = "1.25"; document.getElementById("nested").style.zoom = "1.5"', 'Hebrews 4:16'],
    ['a transformed container', '', 'John 3:16'],
    ['40 px type', '', 'Jude 3'],
    ['zoom 2, reference low in the view (the card goes above)', 'document.documentElement.style.zoom = "2"', 'Micah 6:8'],
  ];
  for (const [name, style, text] of cases) {
    test(`${name}: the card is beside the reference, in the viewport, not over it`, async ({ openFixture }) => {
      const page = await openFixture('zoom.html');
      await expect.poll(() => highlightCount(page)).toBeGreaterThanOrEqual(4);
      if (style) await page.evaluate(style);
      if (text === 'Micah 6:8') {
        // The reference just above the bottom edge of the viewport, without the centring scroll of hover().
        const point = await page.evaluate(() => {
          const p = document.getElementById('low')!;
          p.scrollIntoView({ block: 'end' });
          const text = p.firstChild as Text;
          const range = document.createRange();
          range.setStart(text, text.data.indexOf('Micah'));
          range.setEnd(text, text.data.indexOf(' is'));
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2, fromBottom: innerHeight - r.bottom };
        });
        expect(point.fromBottom).toBeLessThan(60);
        await page.mouse.move(point.x - 2, point.y);
        await page.mouse.move(point.x, point.y, { steps: 2 });
      } else await hover(page, text);
      await expect(card(page).locator('[data-part="reference"]')).toHaveText(text);
      await expect(card(page).locator('[data-part="verse-text"].passage')).toBeVisible();
      expectBeside(await cardGeometry(page, text));
    });
  }
});
