/**
 * Chromium for the browser benchmarks: the built extension loaded (or not, to
 * measure the page alone in the same run), a fresh profile each time, and the
 * DevTools-protocol helpers they share.
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The built Chrome extension the benchmarks load. */
export const BUILT_EXTENSION = resolve('.output/chrome-mv3');

export interface BenchBrowser {
  readonly context: BrowserContext;
  /** The extension's id; undefined without the extension. */
  readonly extensionId: string | undefined;
  close(): Promise<void>;
}

export function requireBuild(): void {
  if (!existsSync(join(BUILT_EXTENSION, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
}

/** `extension`: true for the built extension, a folder for another unpacked one, false for none. */
export async function launch(extension: boolean | string, viewport = { width: 1280, height: 800 }): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'st-bench-'));
  const withExtension = extension !== false;
  const dir = extension === true ? BUILT_EXTENSION : extension;
  const extensionArgs = withExtension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport,
    args: [...extensionArgs, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let extensionId: string | undefined;
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A DevTools session on an extension page, which can stop the background worker (as MV3 does after 30 s idle). */
/** Stops the worker through the DevTools protocol; `stop()` says whether it was seen stopped afterwards. */
export async function workerControl(browser: BenchBrowser): Promise<{ stop(): Promise<boolean>; page: Page; cdp: CDPSession }> {
  if (!browser.extensionId) throw new Error('No extension loaded');
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const running = async () => ((await cdp.send('Target.getTargets')).targetInfos as Array<{ type: string }>).some((t) => t.type === 'service_worker');
  return {
    page,
    cdp,
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      for (let i = 0; i < 50 && (await running()); i++) await page.waitForTimeout(20);
      return !(await running());
    },
  };
}

export const ms = (n: number) => `${n.toFixed(0)} ms`;

export function median(list: readonly number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** "median (min–max)" of a figure over runs. */
export function summary(list: readonly number[], unit: (n: number) => string = ms): string {
  if (list.length === 0) return '—';
  return `${unit(median(list))} (${unit(Math.min(...list))}–${unit(Math.max(...list))})`;
}
