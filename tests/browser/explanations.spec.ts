import type { Page } from '@playwright/test';
import { card, expect, highlightCount, hover, test } from './fixtures';

const explanation = (page: Page) => card(page).locator('[data-part="explanation"]');
const count = (page: Page) => card(page).locator('[data-part="explanation-count"]');

async function openNotes(openFixture: (name: string) => Promise<Page>) {
  const page = await openFixture('explanations.html');
  await expect.poll(() => highlightCount(page)).toBe(5);
  return page;
}

test.describe('explanations from every source', () => {
  test('a page with "John 3:16" shows Matthew Henry on John 3:16 in the card', async ({ openFixture }) => {
    const page = await openNotes(openFixture);
    await hover(page, 'John 3:16', '#john');
    await expect(explanation(page)).toHaveAttribute('data-source', 'mhcc');
    await expect(explanation(page).locator('.explanation-source')).toContainText('Matthew Henry');
    await expect(explanation(page).locator('.explanation-source')).toContainText(/John 3:\d+/);
    await expect(explanation(page).locator('.excerpt')).not.toBeEmpty();
  });

  test('on the seed article\'s verses, our article still comes first', async ({ openFixture }) => {
    const page = await openNotes(openFixture);
    for (const text of ['Hebrews 7:25', '1 Tim 2:5–6']) {
      await hover(page, text, '#seed');
      await expect(card(page).locator('[data-part="reference"]')).toHaveText(text === '1 Tim 2:5–6' ? '1 Timothy 2:5–6' : text);
      await expect(explanation(page)).toHaveAttribute('data-source', 'bundled');
      await expect(explanation(page)).toContainText('How Jesus Intercedes');
      await expect(count(page)).toHaveText(/^1 of [2-8]$/);
      await page.keyboard.press('Escape');
    }
  });

  test('a psalm verse is explained by Spurgeon and by Henry', async ({ openFixture }) => {
    const page = await openNotes(openFixture);
    await hover(page, 'Psalm 23:1', '#psalm');
    await expect(explanation(page)).toHaveAttribute('data-source', /^(tdavid|mhcc)$/);
    const sources = new Set<string>();
    const total = Number((await count(page).textContent())?.split(' of ')[1]);
    for (let i = 0; i < total; i++) {
      sources.add((await explanation(page).getAttribute('data-source')) ?? '');
      await card(page).locator('[data-part="next-explanation"]').click();
    }
    expect([...sources].sort()).toEqual(['mhcc', 'tdavid']);
  });

  test('stepping through the explanations with the mouse', async ({ openFixture }) => {
    const page = await openNotes(openFixture);
    await hover(page, 'Hebrews 7:25', '#seed');
    await expect(count(page)).toHaveText(/^1 of \d$/);
    const next = card(page).locator('[data-part="next-explanation"]');
    const box = (await next.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await next.click();
    await expect(count(page)).toHaveText(/^2 of \d$/);
    await expect(explanation(page)).toHaveAttribute('data-source', 'mhcc');
    await card(page).locator('[data-part="previous-explanation"]').click();
    await expect(count(page)).toHaveText(/^1 of \d$/);
    await expect(explanation(page)).toHaveAttribute('data-source', 'bundled');
  });

  test('stepping through the explanations with the keyboard, and back to the link with Escape', async ({ openFixture }) => {
    const page = await openNotes(openFixture);
    await page.locator('#link').focus();
    await expect(card(page).locator('[data-part="reference"]')).toHaveText('Hebrews 7:25');
    await expect(explanation(page)).toBeVisible();
    // Tab from the reference goes into the card, not to the next link.
    await page.keyboard.press('Tab');
    const focusedPart = () => page.evaluate(() => [...document.documentElement.children].find((e) => e.localName.startsWith('scripture-tooltip-'))?.shadowRoot?.activeElement?.getAttribute('data-part') ?? null);
    await expect.poll(focusedPart).not.toBeNull();
    for (let i = 0; i < 6 && (await focusedPart()) !== 'next-explanation'; i++) await page.keyboard.press('Tab');
    expect(await focusedPart()).toBe('next-explanation');
    await expect(count(page)).toHaveText(/^1 of \d$/);
    await page.keyboard.press('Enter');
    await expect(count(page)).toHaveText(/^2 of \d$/);
    await page.keyboard.press('ArrowLeft');
    await expect(count(page)).toHaveText(/^1 of \d$/);
    await expect(card(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card(page)).toHaveCount(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('link');
  });

  test('"Read in full" on a commentary opens the popup at its chapter and block', async ({ context, extensionId, openFixture }) => {
    const page = await openNotes(openFixture);
    await hover(page, 'John 3:16', '#john');
    await expect(explanation(page)).toHaveAttribute('data-source', 'mhcc');
    const blockId = await page.evaluate(() => {
      // The block the card shows, as "Read in full" will send it.
      const heading = [...document.documentElement.children].find((e) => e.localName.startsWith('scripture-tooltip-'))?.shadowRoot?.querySelector('.section-heading')?.textContent ?? '';
      return heading;
    });
    expect(blockId).toMatch(/John 3:\d+/);
    const button = card(page).locator('[data-part="read-article"]');
    const box = (await button.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    // An extension page can look into the popup the browser opens, which Playwright cannot see.
    const viewer = await context.newPage();
    await viewer.goto(`chrome-extension://${extensionId}/options.html`);
    await page.bringToFront();
    await button.click();
    const opened = () =>
      viewer.evaluate(() => {
        const views = chrome.extension.getViews().filter((w) => w.location.pathname === '/popup.html');
        const doc = views[0]?.document;
        const view = doc?.querySelector<HTMLElement>('[data-part="commentary"]');
        if (!view) return null;
        const flashed = doc?.querySelector<HTMLElement>('.commentary-block.flash');
        return { source: view.dataset.slug, book: view.dataset.book, chapter: view.dataset.chapter, flashed: flashed?.querySelector('h2')?.textContent ?? null };
      });
    await expect.poll(opened).toEqual({ source: 'mhcc', book: 'John', chapter: '3', flashed: expect.stringMatching(/^John 3:\d+/) });
  });
});

test.describe('the popup reads the commentaries', () => {
  test('opened in a tab at a commentary block: the chapter, the block below the header, and the window filled', async ({ context, extensionId }) => {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 1100, height: 700 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?article=mhcc&ref=Ps.23.1`);
    await expect(popup.locator('[data-part="commentary"]')).toHaveAttribute('data-chapter', '23');
    const [first] = await popup.locator('.commentary-block').evaluateAll((els) => els.map((e) => e.id));
    await popup.goto(`chrome-extension://${extensionId}/popup.html?article=mhcc&block=${first}&ref=Ps.23.1`);
    const block = popup.locator(`[id="${first}"]`);
    await expect(block).toHaveClass(/flash/);
    await expect(block).toBeInViewport();
    const [blockTop, headerBottom] = await Promise.all([
      block.evaluate((el) => el.getBoundingClientRect().top),
      popup.locator('.popup-header').evaluate((el) => el.getBoundingClientRect().bottom),
    ]);
    expect(blockTop).toBeGreaterThanOrEqual(headerBottom);
    const size = await popup.locator('.popup').evaluate((el) => [el.getBoundingClientRect().width, el.getBoundingClientRect().height]);
    expect(size).toEqual([1100, 700]);
  });

  test('previous and next chapter, and a book and chapter to choose', async ({ context, extensionId }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?article=mhcc&ref=Ruth.4.1`);
    const view = popup.locator('[data-part="commentary"]');
    await expect(view).toHaveAttribute('data-chapter', '4');
    await popup.getByRole('button', { name: 'Next ›' }).click();
    await expect(view).toHaveAttribute('data-book', '1Sam');
    await expect(view).toHaveAttribute('data-chapter', '1');
    await popup.getByRole('button', { name: '‹ Previous' }).click();
    await expect(view).toHaveAttribute('data-book', 'Ruth');
    await popup.getByRole('combobox', { name: 'Book' }).selectOption('Rom');
    await popup.getByRole('combobox', { name: 'Chapter' }).selectOption('8');
    await expect(view).toHaveAttribute('data-chapter', '8');
    await expect(popup.locator('.commentary-block h2').first()).toContainText('Romans 8');
    await expect.poll(() => highlightCount(popup)).toBeGreaterThan(0);
  });

  test('search finds the commentaries by passage and by words', async ({ context, extensionId }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const search = popup.getByRole('searchbox', { name: 'Search articles and commentaries' });
    const results = popup.locator('[data-part="search-results"] li');
    await search.fill('ps 23');
    await expect(popup.locator('[data-part="search-results"] li[data-source="tdavid"]').first()).toContainText('Psalms 23');
    await expect(results.first()).toBeVisible();
    await search.fill('rom 8');
    await expect(popup.locator('[data-part="search-results"] li[data-source="mhcc"]').first()).toContainText('Romans 8');
    await search.fill('shepherd');
    await expect(popup.locator('[data-part="search-results"] li[data-source="tdavid"] mark').first()).toHaveText(/shepherd/i);
    await popup.locator('[data-part="search-results"] li[data-source="tdavid"] button').first().click();
    await expect(popup.locator('[data-part="commentary"]')).toHaveAttribute('data-book', 'Ps');
    await expect(popup.locator('.commentary-block.flash')).toBeInViewport();
  });

  test('hovering a reference that the block already explains offers the other explanations', async ({ context, extensionId }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    // The block a web page's card shows first for Hebrews 7:25.
    const best = await popup.evaluate(async () => {
      const reply = await chrome.runtime.sendMessage({ type: 'toBackground/getExplanation', osis: 'Heb.7.25' });
      return reply.value.explanations[0] as { slug: string; blockId: string };
    });
    expect(best.slug).toBe('how-jesus-intercedes');
    await popup.getByRole('button', { name: /How Jesus Intercedes/ }).click();
    const block = popup.locator(`[data-block="${best.blockId}"]`);
    await expect(block).toContainText('Hebrews 7:25');
    // Underlines are drawn within a screen of the view (ADR 8): some now, the rest as the reader scrolls.
    await expect.poll(() => highlightCount(popup)).toBeGreaterThan(0);
    await hover(popup, 'Hebrews 7:25', `[data-block="${best.blockId}"]`);
    await expect(card(popup).locator('[data-part="reference"]')).toHaveText('Hebrews 7:25');
    await expect(explanation(popup)).toBeVisible();
    // Whatever comes first now, it is not the paragraph being read.
    const shownFirst = await explanation(popup).locator('.excerpt').textContent();
    const own = ((await block.textContent()) ?? '').slice(0, 60);
    expect(own.length).toBe(60);
    expect(shownFirst).not.toContain(own);
  });
});
