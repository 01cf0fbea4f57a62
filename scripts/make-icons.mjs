#!/usr/bin/env node
/**
 * Draws the toolbar icon (an open book with a dotted underline, the mark the
 * extension puts under references) in headless Chromium and writes
 * public/icon/{16,32,48,128}.png, which WXT puts in the manifest.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#7a4b12"/>
  <path d="M64 36 C52 28 34 27 22 31 V88 C34 84 52 85 64 93 Z" fill="#fbf3e4"/>
  <path d="M64 36 C76 28 94 27 106 31 V88 C94 84 76 85 64 93 Z" fill="#f1e2c4"/>
  <g fill="#fbf3e4">${[0, 1, 2, 3, 4, 5, 6].map((i) => `<circle cx="${31 + i * 11}" cy="106" r="3.6"/>`).join('')}</g>
</svg>`;
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log('wrote public/icon/{16,32,48,128}.png');
