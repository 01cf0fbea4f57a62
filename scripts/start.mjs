#!/usr/bin/env node
/**
 * `npm start`: after `wxt build`, opens Chromium/Chrome with the built
 * extension loaded, on a demo page full of references served on 127.0.0.1.
 * With no browser or no display, it says how to load the extension by hand.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

const extension = resolve('.output/chrome-mv3');
const demo = resolve('scripts/demo-page.html');

function findBrowser() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
  return existsSync(mac) ? mac : undefined;
}

function printManualSteps(reason) {
  console.log(`\n${reason}\n`);
  console.log('Load the extension by hand:');
  console.log('  1. Open chrome://extensions in Chromium or Chrome.');
  console.log('  2. Turn on "Developer mode".');
  console.log(`  3. Click "Load unpacked" and choose ${extension}`);
  console.log(`  4. Open ${demo} (or any page with Bible references) and rest the pointer on one.\n`);
}

if (!existsSync(join(extension, 'manifest.json'))) {
  console.error(`No build at ${extension}. Run "npm run build" first.`);
  process.exit(1);
}

const browser = findBrowser();
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (!browser) printManualSteps('No Chromium or Chrome found on PATH (set CHROME_PATH to point at one).');
else if (headless) printManualSteps('No display is available (DISPLAY is not set), so no browser window can open.');
else {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(readFileSync(demo));
  });
  server.listen(0, '127.0.0.1', () => {
    const url = `http://127.0.0.1:${server.address().port}/`;
    console.log(`Opening ${browser} with the extension, on ${url}`);
    const profile = mkdtempSync(join(tmpdir(), 'scripture-tooltips-'));
    const child = spawn(
      browser,
      [
        `--user-data-dir=${profile}`,
        `--disable-extensions-except=${extension}`,
        `--load-extension=${extension}`,
        '--no-first-run',
        '--no-default-browser-check',
        url,
      ],
      { stdio: 'inherit' },
    );
    child.on('exit', () => server.close());
    process.on('SIGINT', () => child.kill());
  });
}
