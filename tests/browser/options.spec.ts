/**
 * The options page under bad input: a delay that is empty or out of range,
 * and a paste of 3.3 MB into the import box.
 */
import { expect, test } from './fixtures';

test('an empty or out-of-range delay shows a message and keeps the last good value', async ({ context, extensionId, worker }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const stored = () => worker.evaluate(() => chrome.storage.sync.get('settings').then((r) => (r.settings as { dwellMs?: number } | undefined)?.dwellMs));
  const delay = page.locator('input[name="dwellMs"]');
  await delay.fill('450');
  await expect.poll(stored).toBe(450);
  await delay.fill('');
  await expect(page.locator('[data-part="dwell-error"]')).toHaveText('Enter a delay from 0 to 3000 milliseconds. The delay stays at 450 ms.');
  await expect(delay).toHaveAttribute('aria-invalid', 'true');
  // Every delay the worker sees stored from here on, in order.
  await worker.evaluate(() => {
    const seen: unknown[] = [];
    (globalThis as unknown as { __dwells: unknown[] }).__dwells = seen;
    chrome.storage.onChanged.addListener((changes) => {
      if (changes.settings) seen.push((changes.settings.newValue as { dwellMs?: number } | undefined)?.dwellMs);
    });
  });
  await delay.fill('9000');
  await expect(page.locator('[data-part="dwell-error"]')).toContainText('9000 ms is out of range');
  await delay.fill('600');
  await expect(page.locator('[data-part="dwell-error"]')).toHaveCount(0);
  await expect.poll(stored).toBe(600);
  // Saves land in order: had 9000 been saved, it would be here before 600.
  expect(await worker.evaluate(() => (globalThis as unknown as { __dwells: unknown[] }).__dwells)).toEqual([600]);
});

test('a 3.3 MB paste into the import box is refused at once, and typing stays possible', async ({ context, extensionId, openFixture, origin }) => {
  // The clipboard is written from a web page (extension pages cannot be granted the permission here), then pasted in the options page.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const web = await openFixture('static.html');
  const copy = (value: string) => web.evaluate((value) => navigator.clipboard.writeText(value), value);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const text = page.locator('textarea[name="articleText"]');
  await text.fill('My notes on Romans 8:28.');
  await web.bringToFront();
  await copy('Romans 8:28 and a few words. '.repeat(115_000));
  await page.bringToFront();
  await text.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+V');
  await expect(page.locator('[data-part="import-error"]')).toHaveText(
    'The text is 3.2 MB; an article can be at most 2 MB. Split it into smaller articles. Nothing was pasted.',
  );
  // Nothing the reader had is lost, and the field does not hold the megabytes.
  await expect(text).toHaveValue('My notes on Romans 8:28.');
  await page.locator('input[name="articleTitle"]').pressSequentially('Grace');
  await expect(page.locator('input[name="articleTitle"]')).toHaveValue('Grace');
  // A paste that fits goes in.
  await web.bringToFront();
  await copy(' Also Jude 3.');
  await page.bringToFront();
  await text.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+V');
  await expect(text).toHaveValue('My notes on Romans 8:28. Also Jude 3.');
});
