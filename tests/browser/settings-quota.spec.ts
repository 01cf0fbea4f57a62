/**
 * A settings save that the browser refuses (storage.sync full) is reported,
 * in the popup and in options, and what is stored stays as it was. The
 * Firefox tier runs the same check (tests/firefox/extension.spec.ts).
 */
import { expect, test } from './fixtures';

test('a refused settings save is reported in the popup and in options, and nothing changes', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const enabled = popup.getByRole('switch', { name: 'Enabled' });
  await expect(enabled).toBeChecked();
  // Fill storage.sync to 100 bytes short of its 102,400-byte quota: the next settings save cannot fit.
  const free = await popup.evaluate(async () => {
    const items: Record<string, string> = {};
    for (let i = 0; i < 12; i++) items[`f${String(i).padStart(2, '0')}`] = 'x'.repeat(8000);
    items.f12 = 'x'.repeat(102_400 - 100 - 12 * 8005 - 3 - 2);
    await chrome.storage.sync.set(items);
    return 102_400 - (await chrome.storage.sync.getBytesInUse(null));
  });
  expect(free).toBe(100);

  await enabled.click();
  await expect(popup.locator('[data-part="save-error"]')).toContainText('Nothing was saved; the settings are as they were');
  await expect(popup.locator('[data-part="save-error"]')).toBeVisible();
  await expect(enabled).toBeChecked();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('select[name="translation"]').selectOption('kjv');
  await expect(options.locator('#options-status')).toContainText('Nothing was saved');
  await expect(options.locator('select[name="translation"]')).toHaveValue('web');
  expect(await options.evaluate(() => chrome.storage.sync.get('settings'))).toEqual({});
});
