#!/usr/bin/env node
/**
 * Regenerates docs/screenshot.png: the demo page with a card open, taken in
 * headless Chromium with the built extension. Run after `npm run build`.
 */
import { chromium } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const extension = resolve('.output/chrome-mv3');
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const server = createServer((_req, res) => res.end(readFileSync('scripts/demo-page.html')));
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'st-shot-')), {
  executablePath,
  headless: true,
  viewport: { width: 1000, height: 640 },
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
const page = await context.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/`);
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
await page.locator('xpath=/html/*[starts-with(local-name(), "scripture-tooltip-")]').locator('[data-part="explanation"]').waitFor();
await page.waitForTimeout(300);
await page.screenshot({ path: 'docs/screenshot.png' });
await context.close();
server.close();
console.log('wrote docs/screenshot.png');
