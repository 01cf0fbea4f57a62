#!/usr/bin/env node
/**
 * `npm start`: builds the extension and opens a browser with it, on a demo
 * page full of references served on 127.0.0.1.
 *
 *   npm start                 Chromium or Google Chrome (CHROME_PATH picks one)
 *   npm start -- --firefox    Firefox, through web-ext (FIREFOX_PATH picks one)
 *
 * How each browser gets the extension is decided in scripts/launch-plan.ts.
 * With no browser or no display, it says how to load the extension by hand.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { chromePlan, devtoolsPipe, findChromium, findFirefox, isRoot, startTarget, webExtRunArgs } from './launch-plan';

const target = startTarget(process.argv.slice(2));
const extension = resolve(target === 'firefox' ? '.output/firefox-mv3' : '.output/chrome-mv3');
const demo = resolve('scripts/demo-page.html');
const bin = (name: string) => resolve('node_modules/.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function build(): void {
  const args = target === 'firefox' ? ['build', '-b', 'firefox'] : ['build'];
  const result = spawnSync(bin('wxt'), args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function printManualSteps(reason: string): void {
  console.log(`\n${reason}\n`);
  console.log('Load the extension by hand:');
  if (target === 'firefox') {
    console.log('  1. Open about:debugging#/runtime/this-firefox in Firefox 140 or later.');
    console.log('  2. Click "Load Temporary Add-on…".');
    console.log(`  3. Choose ${join(extension, 'manifest.json')}`);
  } else {
    console.log('  1. Open chrome://extensions in Chromium or Chrome.');
    console.log('  2. Turn on "Developer mode".');
    console.log(`  3. Click "Load unpacked" and choose ${extension}`);
  }
  console.log(`  4. Open ${demo} (or any page with Bible references) and rest the pointer on one.\n`);
}

function serveDemo(): Promise<{ server: Server; url: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(readFileSync(demo));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })),
  );
}

function versionOf(browser: string): string {
  // Windows builds print no version; the path decides there.
  const result = spawnSync(browser, ['--version'], { encoding: 'utf8', timeout: 15_000 });
  return result.status === 0 ? result.stdout.trim() : '';
}

async function openChrome(browser: string, url: string, server: Server): Promise<void> {
  const versionOutput = versionOf(browser);
  const plan = chromePlan({
    path: browser,
    versionOutput,
    extensionDir: extension,
    profileDir: mkdtempSync(join(tmpdir(), 'scripture-tooltips-')),
    url,
    root: isRoot(),
  });
  for (const note of plan.notes) console.log(`Note: ${note}`);
  console.log(`Opening ${versionOutput || browser} with the extension, on ${url}`);
  const pipe = plan.loading === 'devtools-pipe';
  const child = spawn(browser, plan.args, { stdio: pipe ? ['inherit', 'inherit', 'inherit', 'pipe', 'pipe'] : 'inherit' });
  child.on('exit', () => server.close());
  process.on('SIGINT', () => child.kill());
  if (!pipe) return;
  const devtools = devtoolsPipe(child.stdio[3] as Writable, child.stdio[4] as Readable);
  try {
    const { id } = await devtools.send<{ id: string }>('Extensions.loadUnpacked', { path: extension });
    console.log(`Loaded the extension (id ${id}).`);
    // Opened only now, so the content script runs on it.
    await devtools.send('Target.createTarget', { url });
  } catch (error) {
    console.error(`The browser did not load the extension: ${error instanceof Error ? error.message : String(error)}`);
    printManualSteps('Load it by hand in the window that opened instead.');
  }
}

function openFirefox(firefox: string, url: string, server: Server): void {
  console.log(`Opening ${firefox} with the extension (a temporary add-on, through web-ext), on ${url}`);
  const child = spawn(bin('web-ext'), webExtRunArgs({ firefox, extensionDir: extension, url }), {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  });
  child.on('exit', () => server.close());
  process.on('SIGINT', () => child.kill());
}

build();
const browser = target === 'firefox' ? findFirefox(process.env, existsSync, delimiter) : findChromium(process.env, existsSync, delimiter);
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (!browser) {
  printManualSteps(
    target === 'firefox'
      ? 'No Firefox found on PATH (set FIREFOX_PATH to point at one; on Debian: apt-get install firefox-esr).'
      : 'No Chromium or Chrome found on PATH (set CHROME_PATH to point at one).',
  );
} else if (headless) {
  printManualSteps('No display is available (DISPLAY is not set), so no browser window can open.');
} else {
  const { server, url } = await serveDemo();
  if (target === 'firefox') openFirefox(browser, url, server);
  else await openChrome(browser, url, server);
}
