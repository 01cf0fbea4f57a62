#!/usr/bin/env node
/**
 * Regenerates docs/screenshot.png: the demo page with a card open, taken in
 * headless Chromium with the built extension. Run after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { launchWithExtension, showDemoCard } from './demo-browser.mjs';

const server = createServer((_req, res) => res.end(readFileSync('scripts/demo-page.html')));
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const context = await launchWithExtension({ viewport: { width: 1000, height: 640 } });
if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
const page = await context.newPage();
await showDemoCard(page, `http://127.0.0.1:${server.address().port}/`);
await page.screenshot({ path: 'docs/screenshot.png' });
await context.close();
server.close();
console.log('wrote docs/screenshot.png');
