/**
 * Shared by the scripts that take pictures of the built extension
 * (docs/screenshot.png, the store images): Chromium with the extension
 * loaded, and the demo page with a card open over "Romans 8:34".
 */
import { chromium } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** A fresh Chromium profile with the built extension, headless. */
export function launchWithExtension(options = {}) {
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'st-shot-')), {
    executablePath,
    headless: true,
    ...options,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}

/** Opens the demo page at `url` and rests the pointer on "Romans 8:34" until its card shows the explanation. */
export async function showDemoCard(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => (CSS.highlights.get('scripture-ref')?.size ?? 0) > 5);
  const point = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.data.indexOf('Romans 8:34');
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(n, at + 3);
      r.setEnd(n, at + 8);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
  });
  await page.mouse.move(point.x, point.y, { steps: 3 });
  // The card's host is named scripture-tooltip-<random> (hover/page-card-host.ts).
  await page.locator('xpath=/html/*[starts-with(local-name(), "scripture-tooltip-")]').locator('[data-part="explanation"]').waitFor();
  // The card fades in over 120 ms.
  await page.waitForTimeout(300);
}
