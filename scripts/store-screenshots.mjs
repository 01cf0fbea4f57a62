#!/usr/bin/env node
/**
 * The store images, taken from the built extension in headless Chromium
 * (run `npm run build` first), into docs/store/:
 *
 *   screenshot-1-card.png     1280×800  a hover card on the demo page
 *   screenshot-2-popup.png    1280×800  the popup at the article, framed with a caption
 *   screenshot-3-options.png  1280×800  the options page: settings and "Your articles"
 *   promo-tile-440x280.png    440×280   the small promo tile
 *
 * The stores want 24-bit images without transparency; every image here is
 * drawn on an opaque background, and the script checks the PNG header.
 */
import { EXTENSION_DIR, launchWithExtension, showDemoCard } from './demo-browser.mjs';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';

const extension = EXTENSION_DIR;
const outDir = resolve('docs/store');
if (!existsSync(join(extension, 'manifest.json'))) {
  console.error(`No build at ${extension}. Run "npm run build" first.`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });

const server = createServer((_req, res) => res.end(readFileSync('scripts/demo-page.html')));
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const context = await launchWithExtension({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, colorScheme: 'light' });
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;

/** Writes a PNG and checks it is 8-bit RGB (colour type 2): no alpha channel. */
async function shoot(page, name, options = {}) {
  const path = join(outDir, name);
  const png = await page.screenshot({ path, ...options });
  const [width, height, depth, colourType] = [png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]];
  console.log(`wrote docs/store/${name}: ${width}×${height}, ${depth}-bit, colour type ${colourType}${colourType === 2 ? ' (RGB)' : ''}, ${(png.length / 1000).toFixed(0)} kB`);
}

/** A page of our own (not matched by the content script), showing an image with a caption. */
function framed(imageBase64, heading, text) {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    html, body { margin: 0; width: 1280px; height: 800px; background: #f5f1e8; font-family: system-ui, sans-serif; color: #2b2118; }
    body { display: flex; align-items: center; gap: 64px; padding: 0 72px; box-sizing: border-box; }
    .caption { flex: 1; }
    h1 { font-size: 44px; line-height: 1.15; margin: 0 0 20px; color: #7a4b12; }
    p { font-size: 22px; line-height: 1.5; margin: 0; }
    img { display: block; border-radius: 12px; box-shadow: 0 18px 48px rgba(60, 40, 10, 0.25); max-height: 720px; }
  </style></head><body><div class="caption"><h1>${heading}</h1><p>${text}</p></div><img src="data:image/png;base64,${imageBase64}"></body></html>`;
}

// 1. The hover card on the demo page.
const page = await context.newPage();
await showDemoCard(page, `http://127.0.0.1:${server.address().port}/`);
await shoot(page, 'screenshot-1-card.png');

// 2. The popup at the article, as the toolbar shows it, framed.
const popup = await context.newPage();
await popup.setViewportSize({ width: 576, height: 680 });
await popup.goto(`${extensionOrigin}/popup.html?article=how-jesus-intercedes`);
await popup.locator('[data-part="article"]').waitFor();
await popup.waitForFunction(() => (CSS.highlights.get('scripture-ref')?.size ?? 0) > 5);
const popupImage = (await popup.screenshot()).toString('base64');
const frame = await context.newPage();
await frame.setContent(
  framed(popupImage, 'Read it in full, one click away', '“Read in full” opens the toolbar popup at the article section or the commentary on the passage: Matthew Henry on every chapter, Spurgeon on every psalm. Search it all by passage or by words. Everything ships inside the extension: no account, no network.'),
);
await frame.locator('img').evaluate((img) => img.decode());
await shoot(frame, 'screenshot-2-popup.png');

// 3. The options page.
const options = await context.newPage();
await options.goto(`${extensionOrigin}/options.html`);
await options.getByRole('heading', { name: 'Your articles' }).waitFor();
await shoot(options, 'screenshot-3-options.png');

// 4. The promo tile.
const icon = readFileSync('public/icon/128.png').toString('base64');
const tile = await context.newPage();
await tile.setViewportSize({ width: 440, height: 280 });
await tile.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: 440px; height: 280px; background: #7a4b12; color: #fbf3e4; font-family: system-ui, sans-serif; }
  body { display: flex; flex-direction: column; justify-content: center; padding: 0 36px; box-sizing: border-box; }
  .name { display: flex; align-items: center; gap: 16px; font-size: 34px; font-weight: 700; }
  img { width: 64px; height: 64px; border-radius: 14px; box-shadow: 0 0 0 2px #fbf3e4; }
  p { font-size: 19px; line-height: 1.45; margin: 22px 0 0; }
  .ref { text-decoration: underline dotted 2px; text-underline-offset: 4px; }
</style></head><body><div class="name"><img src="data:image/png;base64,${icon}">Scripture Tooltips</div>
<p>Rest the pointer on <span class="ref">a Bible reference</span>: the passage and an explanation, right there. Works offline.</p></body></html>`);
await tile.locator('img').evaluate((img) => img.decode());
await shoot(tile, 'promo-tile-440x280.png');

await context.close();
server.close();
