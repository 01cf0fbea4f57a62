/**
 * Pages that are hard for extensions (ADR 8), in Firefox: open shadow roots,
 * where Firefox applies no document-level ::highlight() rule, so the Firefox
 * build adopts a style sheet of its own into each one holding a reference;
 * and frames, each with its own content script.
 */
import type { Frame, Page } from 'puppeteer-core';
import { expectBeside } from '../browser/fixtures';
import { domSnapshot } from '../browser/in-page';
import { GECKO_ID } from '../../scripts/store-manifest';
import { cardGeometry, cardPart, expect, expectPainted, highlightCount, hover, test, textBoxIn, turnOffOnFixtureSite, viewportOrigin } from './fixtures';
import { paintSince, screenshots, underlineClip } from './paint';

/** The rules of each open shadow root's adopted style sheets, by host id, and how many different sheets they adopted in all. */
function adoptedSheets(page: Page): Promise<{ byHost: Record<string, string[][]>; sheets: number }> {
  return page.evaluate(() => {
    const byHost: Record<string, string[][]> = {};
    const sheets = new Set<CSSStyleSheet>();
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (!element.shadowRoot || element.localName.startsWith('scripture-tooltip-')) continue;
        for (const sheet of element.shadowRoot.adoptedStyleSheets) sheets.add(sheet);
        byHost[element.id] = element.shadowRoot.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
        visit(element.shadowRoot);
      }
    };
    visit(document);
    return { byHost, sheets: sheets.size };
  });
}

/** Waits until shadow.html has attached all its shadow roots (the last two come 0.5 s and 0.7 s after load). */
async function allShadowRootsAttached(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => !!document.querySelector('#late') && !!document.querySelector('#upgraded')?.shadowRoot)).toBe(true);
}

async function frameOf(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.$(`#${id}`))?.contentFrame();
  if (!frame) throw new Error(`#${id} has no frame`);
  return frame;
}

/** Rests the pointer on the reference: its card opens beside it with the passage; Escape closes it. In a frame, `page` is its page. */
async function expectCardBeside(page: Page, { text, verse }: { text: string; verse: string }, selector: string, frame?: Frame): Promise<void> {
  const shows = frame ?? page;
  await hover(page, text, selector, frame);
  await expect.poll(() => cardPart(shows, 'reference'), { message: `the card for ${text}` }).toBe(text);
  await expect.poll(() => cardPart(shows, 'verse-text')).toContain(verse);
  expectBeside(await cardGeometry(shows, text));
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  await expect.poll(() => cardPart(shows, 'card')).toBeNull();
}

test.describe('open shadow roots', () => {
  // Present at load (declarative) and attached half a second after load.
  const references = [
    { text: 'Romans 8:28', host: '#declarative', verse: 'all things work together for good' },
    { text: 'Philippians 4:13', host: '#late', verse: 'I can do all things through Christ' },
  ];

  test('references in them, at load and attached later, are underlined, painted and get a card; only our sheet is added', async ({
    firefox,
    openFixture,
    openExtensionPage,
  }) => {
    const page = await openFixture('shadow.html');
    // Light, slotted light, declarative, scripted, nested, added later, upgraded later; not the closed one.
    await expect.poll(() => highlightCount(page)).toBe(7);
    const clips = [];
    for (const { text, host } of references) clips.push(underlineClip(await textBoxIn(page, text, host)));
    const withHighlight = await screenshots(page, clips);

    for (const reference of references) await expectCardBeside(page, reference, reference.host);

    // Each open shadow root holding a reference adopted the one shared sheet, with the page's highlight rules
    // (the underline, and the wash Firefox 140 paints instead); the one without a reference adopted nothing.
    const adopted = await adoptedSheets(page);
    expect(adopted.sheets).toBe(1);
    const [rules] = adopted.byHost.declarative;
    expect(rules.map((rule) => rule.replace(/\{.*\}/, '{}'))).toEqual(['::highlight(scripture-ref) {}', '::highlight(scripture-ref) {}']);
    expect(rules.join(' ')).toMatch(/text-decoration: underline 2px dotted.*background-color/);
    expect(adopted.byHost).toEqual({ declarative: [rules], scripted: [rules], inner: [rules], upgraded: [rules], 'no-reference': [], late: [rules] });
    const withExtension = await page.evaluate(domSnapshot);

    await turnOffOnFixtureSite(openExtensionPage);
    await expect.poll(() => highlightCount(page)).toBe(0);
    const painted = await paintSince(page, clips, withHighlight);
    console.log(`paint: ${JSON.stringify(painted)}`);
    for (const [i, { text }] of references.entries()) await expectPainted(firefox, painted[i], `under ${text}`);

    // The same page without the extension: every node and text the same, no sheet anywhere.
    await firefox.uninstallExtension(GECKO_ID);
    await page.reload();
    await allShadowRootsAttached(page);
    expect(Object.values((await adoptedSheets(page)).byHost).flat()).toEqual([]);
    const sheetCounts = /#shadow\(\d+ sheets\)/g;
    expect(withExtension.replace(sheetCounts, '#shadow')).toBe((await page.evaluate(domSnapshot)).replace(sheetCounts, '#shadow'));
  });
});

test.describe('frames', () => {
  const frames = [
    { id: 'same', text: 'Hebrews 4:16', verse: 'throne of grace' },
    { id: 'srcdoc', text: 'John 3:16', verse: 'For God so loved the world' },
    // Served from localhost: another site. (Puppeteer keeps every site in one content process, so not out of process.)
    { id: 'cross', text: 'Hebrews 4:16', verse: 'throne of grace' },
    { id: 'blank', text: 'Philippians 4:13', verse: 'I can do all things through Christ' },
  ];

  test('a reference in a same-origin, srcdoc, cross-origin or about:blank frame is underlined, painted, and gets a card beside it @mv2', async ({
    firefox,
    openFixture,
    openExtensionPage,
  }) => {
    const page = await openFixture('frames.html');
    // Tall enough to show all four frames. A cross-site frame's IntersectionObserver gets no margin around the
    // view (the spec applies rootMargin only to same-origin-domain targets), so its references are drawn only
    // once they are in view (ADR 8).
    await page.setViewport({ width: 800, height: 1300 });
    await expect.poll(() => highlightCount(page)).toBe(1);
    const clips = [];
    for (const { id, text } of frames) {
      const frame = await frameOf(page, id);
      await expect.poll(() => highlightCount(frame), { message: `underline in #${id}` }).toBe(1);
      clips.push(underlineClip(await textBoxIn(frame, text, '#c'), await viewportOrigin(frame)));
    }
    const withHighlight = await screenshots(page, clips);

    for (const reference of frames) await expectCardBeside(page, reference, '#c', await frameOf(page, reference.id));

    await turnOffOnFixtureSite(openExtensionPage);
    for (const { id } of frames) await expect.poll(async () => highlightCount(await frameOf(page, id))).toBe(0);
    const painted = await paintSince(page, clips, withHighlight);
    console.log(`paint: ${JSON.stringify(painted)}`);
    for (const [i, { id }] of frames.entries()) await expectPainted(firefox, painted[i], `in #${id}`);
  });
});
