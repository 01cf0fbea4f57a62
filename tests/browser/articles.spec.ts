/**
 * "Your articles" in the built extension: importing through the options
 * page, the imported article explaining a passage in the card, delete and
 * undo, an HTML import that must run nothing, and bad input that must leave
 * storage as it was.
 */
import type { Page } from '@playwright/test';
import { card, expect, highlightCount, hover, test } from './fixtures';

const TITLE = 'Strength for Every Circumstance';
// Philippians 4:13 is cited nowhere in the bundled article, so only this article can explain it.
const TEXT = `Paul wrote from prison, and he had learned to be content.

In Philippians 4:13 Paul says he can do all things through Christ who strengthens him: a word about contentment, not ambition.`;

interface Stored {
  slug: string;
  title: string;
  markdown: string;
  refCount: number;
  verseCount: number;
}

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Your articles' })).toBeVisible();
}

const storedArticles = (page: Page) =>
  page.evaluate(async () => ((await chrome.storage.local.get('importedArticles')).importedArticles ?? null) as Stored[] | null);

const allStorage = (page: Page) => page.evaluate(() => chrome.storage.local.get(null));

const importStatus = (page: Page) => page.locator('[data-part="import-status"]');
const importError = (page: Page) => page.locator('[data-part="import-error"]');
const savedTitles = (page: Page) => page.locator('.articles .saved .saved-title');

async function importText(page: Page, title: string, text: string): Promise<void> {
  await page.getByLabel('Article title').fill(title);
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Import article' }).click();
  await expect(page.getByRole('heading', { name: `Preview: “${title}”` })).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(importStatus(page)).toContainText(`Saved “${title}”`);
}

test.describe('your articles', () => {
  test('an article imported on the options page explains its passage in the card', async ({ context, extensionId, openFixture }) => {
    const options = await context.newPage();
    await openOptions(options, extensionId);
    await options.getByLabel('Article title').fill(TITLE);
    await options.getByLabel('Article text').fill(TEXT);
    await options.getByRole('button', { name: 'Import article' }).click();

    // Before saving: the references found and the verses they cover.
    const preview = options.getByRole('region', { name: `Preview: “${TITLE}”` });
    await expect(preview.locator('[data-part="coverage"]')).toHaveText('1 reference covering 1 verse:');
    await expect(preview.locator('[data-part="refs"] li')).toHaveText(['Philippians 4:13']);
    expect(await storedArticles(options)).toBeNull();

    await preview.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(importStatus(options)).toContainText(`Saved “${TITLE}”: 1 reference covering 1 verse.`);
    await expect(savedTitles(options)).toHaveText([TITLE]);
    await expect(options.locator('.articles .saved li')).toContainText('1 reference');
    const stored = await storedArticles(options);
    expect(stored).toHaveLength(1);
    expect(stored![0]).toMatchObject({ slug: 'strength-for-every-circumstance', title: TITLE, refCount: 1, verseCount: 1 });
    expect(stored![0].markdown).toContain('In Philippians 4:13 Paul says');

    // "Export" downloads exactly what is stored, as a .md file.
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export' }).click()]);
    expect(download.suggestedFilename()).toBe('strength-for-every-circumstance.md');
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(stored![0].markdown);

    const page = await openFixture('imported-article.html');
    await expect.poll(() => highlightCount(page)).toBe(1);
    await hover(page, '4:13', '#strength');
    await expect(card(page).locator('[data-part="reference"]')).toHaveText('Philippians 4:13');
    const explanation = card(page).locator('[data-part="explanation"]');
    await expect(explanation).toContainText(TITLE);
    await expect(explanation).toContainText('through Christ who strengthens him');
  });

  test('delete and undo: the list and storage follow', async ({ context, extensionId }) => {
    const options = await context.newPage();
    await openOptions(options, extensionId);
    await importText(options, 'First article', 'Romans 8:28 is about all things working together.');
    await importText(options, TITLE, TEXT);
    await expect(savedTitles(options)).toHaveText(['First article', TITLE]);

    await options.locator('.articles .saved li', { hasText: 'First article' }).getByRole('button', { name: 'Delete' }).click();
    await expect(importStatus(options)).toContainText('Deleted “First article”.');
    await expect(savedTitles(options)).toHaveText([TITLE]);
    expect((await storedArticles(options))!.map((a) => a.title)).toEqual([TITLE]);

    await importStatus(options).getByRole('button', { name: 'Undo' }).click();
    await expect(importStatus(options)).toContainText('“First article” is back.');
    await expect(importStatus(options).getByRole('button', { name: 'Undo' })).toHaveCount(0);
    await expect(savedTitles(options)).toHaveText(['First article', TITLE]);
    const restored = await storedArticles(options);
    expect(restored!.map((a) => a.title)).toEqual(['First article', TITLE]);
    expect(restored![0].markdown).toContain('Romans 8:28 is about all things working together.');

    // A second options page (or any other) sees the same list: it is what storage holds.
    const again = await context.newPage();
    await openOptions(again, extensionId);
    await expect(savedTitles(again)).toHaveText(['First article', TITLE]);
  });

  test('an HTML import runs nothing and keeps only its text', async ({ context, extensionId, requests }) => {
    const options = await context.newPage();
    // Recorded from the start: a CSP violation aimed at an element of the page would mean imported markup reached the page.
    // (Chromium also reports each on… attribute it refuses while DOMParser builds its inert document; those are aimed at
    // the document itself, never at a page element, and nothing runs.)
    await options.addInitScript(() => {
      const log: { directive: string; onPageElement: boolean }[] = [];
      (window as unknown as { __violations: typeof log }).__violations = log;
      document.addEventListener('securitypolicyviolation', (e) =>
        log.push({ directive: e.violatedDirective, onPageElement: e.target instanceof Element && document.contains(e.target) }),
      );
    });
    const dialogs: string[] = [];
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    options.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    options.on('pageerror', (error) => pageErrors.push(error.message));
    options.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await openOptions(options, extensionId);
    const titleBefore = await options.title();

    const html = `<!doctype html><html><head><title>Head title</title>
      <script>document.title = 'PWNED'; window.__pwned = 'script'; alert('script');</script>
      <style>body { display: none }</style></head>
      <body onload="window.__pwned = 'onload'">
      <h1>Safe <b>Words</b></h1>
      <p onmouseover="window.__pwned = 'mouseover'">Philippians 4:13 is quoted here. <img src="x" onerror="document.title = 'PWNED'; window.__pwned = 'img'; alert('img')">After the image.</p>
      <iframe src="javascript:alert('iframe')"></iframe>
      <svg onload="window.__pwned = 'svg'"><text>SVG TEXT</text></svg>
      <ul><li>Romans 8:28 <a href="javascript:alert('link')">in a list</a></li></ul>
      <template><p>TEMPLATE TEXT</p></template>
      </body></html>`;
    await options.getByLabel('Article file').setInputFiles({ name: 'evil.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await options.getByRole('button', { name: 'Import article' }).click();
    const preview = options.getByRole('region', { name: 'Preview: “Safe Words”' });
    await expect(preview.locator('[data-part="refs"] li')).toHaveText(['Philippians 4:13', 'Romans 8:28']);
    await preview.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(importStatus(options)).toContainText('Saved “Safe Words”');

    const [stored] = (await storedArticles(options))!;
    expect(stored.markdown).toBe(
      '---\ntitle: "Safe Words"\nslug: "safe-words"\ndate: "' +
        stored.markdown.match(/date: "([\d-]+)"/)![1] +
        '"\n---\n\nPhilippians 4:13 is quoted here. After the image.\n\n- Romans 8:28 in a list\n',
    );
    for (const word of ['<', 'script', 'onerror', 'PWNED', 'javascript', 'SVG TEXT', 'TEMPLATE TEXT']) expect(stored.markdown).not.toContain(word);

    // Nothing ran, nothing was fetched, nothing was inserted.
    expect(await options.title()).toBe(titleBefore);
    expect(await options.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    const violations = await options.evaluate(() => (window as unknown as { __violations: { onPageElement: boolean }[] }).__violations);
    expect(violations.filter((v) => v.onPageElement)).toEqual([]);
    expect(await options.locator('.articles img, .articles iframe, .articles svg, .articles script, [onerror], [onmouseover]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    // The refused on… attributes of the inert document are logged too; those are checked above by their target.
    expect(consoleErrors.filter((text) => !text.startsWith('Executing inline event handler violates'))).toEqual([]);
    expect(requests.filter((url) => /\/x$/.test(url) || url.startsWith('javascript:'))).toEqual([]);
  });

  test('bad input gets a clear message and leaves storage unchanged', async ({ context, extensionId }) => {
    const options = await context.newPage();
    await openOptions(options, extensionId);
    await importText(options, TITLE, TEXT);
    const before = await allStorage(options);

    // Empty text.
    await options.getByRole('button', { name: 'Import article' }).click();
    await expect(importError(options)).toHaveText('There is nothing to import: paste the article’s text into “Article text”, or choose a file.');

    // No references.
    await options.getByLabel('Article text').fill('Some thoughts on grace, without a single verse.');
    await options.getByRole('button', { name: 'Import article' }).click();
    await expect(importError(options)).toContainText('No Bible references were found in this article');

    // A file over 2 MB.
    await options.getByLabel('Article file').setInputFiles({ name: 'huge.md', mimeType: 'text/markdown', buffer: Buffer.alloc(2 * 1024 * 1024 + 1, 'a') });
    await options.getByRole('button', { name: 'Import article' }).click();
    await expect(importError(options)).toHaveText('“huge.md” is 2.1 MB; an article can be at most 2 MB. Split it into smaller files.');

    // A binary file.
    await options.getByLabel('Article file').setInputFiles({ name: 'scan.md', mimeType: 'text/markdown', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) });
    await options.getByRole('button', { name: 'Import article' }).click();
    await expect(importError(options)).toContainText('“scan.md” is not a text file');

    // Invalid UTF-8.
    await options.getByLabel('Article file').setInputFiles({ name: 'old.txt', mimeType: 'text/plain', buffer: Buffer.from('Caf\xe9 and Philippians 4:13', 'latin1') });
    await options.getByRole('button', { name: 'Import article' }).click();
    await expect(importError(options)).toContainText('“old.txt” is not valid UTF-8 text');

    await expect(options.getByRole('region', { name: /^Preview/ })).toHaveCount(0);
    expect(await allStorage(options)).toEqual(before);
    await expect(savedTitles(options)).toHaveText([TITLE]);
  });
});
