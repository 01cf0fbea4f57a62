/**
 * npm run bench:explain: how long the first explanation takes when the
 * background worker has been stopped, as it is after 30 s idle in MV3 —
 * worker start, settings, articles, the commentary index and the book's
 * commentary part included. Builds nothing: run `npm run build` first.
 *
 * Chromium loads the built extension; an extension page asks the worker for
 * explanations, timing each reply. Before each cold request the worker is
 * stopped through the DevTools protocol (ServiceWorker.stopAllWorkers), and
 * the request names a passage in another book, so nothing is cached. Prints
 * the median and range; goal ≤ 250 ms. Not a test: figures only.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const EXTENSION = resolve('.output/chrome-mv3');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** One passage per book, so every cold request also loads a commentary part. */
const PASSAGES = ['John.3.16', 'Rom.8.34', 'Ps.23.1', 'Gen.1.1', 'Isa.53.5', 'Heb.7.25', 'Matt.5.3', 'Rev.21.4', 'Prov.3.5', 'Eph.2.8'];

const ms = (n: number) => `${n.toFixed(0)} ms`;
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const range = (list: number[]) => `${ms(Math.min(...list))}–${ms(Math.max(...list))}`;

async function launch(): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'st-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return { context, profile };
}

async function main() {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const { context, profile } = await launch();
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const workerRunning = async () => ((await cdp.send('Target.getTargets')).targetInfos as Array<{ type: string }>).some((t) => t.type === 'service_worker');
    const ask = (osis: string) =>
      page.evaluate(async (osis) => {
        const started = performance.now();
        const reply = await chrome.runtime.sendMessage({ type: 'toBackground/getExplanation', osis });
        const first = reply?.ok ? (reply.value.explanations[0] as { source: string; sectionHeading: string } | undefined) : undefined;
        return { ms: performance.now() - started, ok: !!reply?.ok, first: first ? `${first.source} · ${first.sectionHeading}` : 'none' };
      }, osis);

    const cold: number[] = [];
    let confirmedStopped = 0;
    const warm: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const osis of PASSAGES) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        for (let i = 0; i < 50 && (await workerRunning()); i++) await page.waitForTimeout(20);
        const stopped = !(await workerRunning());
        const first = await ask(osis);
        if (!first.ok) throw new Error(`The worker did not explain ${osis}`);
        // Only a request that found the worker stopped counts as cold.
        if (stopped) {
          confirmedStopped++;
          cold.push(first.ms);
        }
        warm.push((await ask(osis.replace(/\.\d+$/, '.2'))).ms);
        if (round === 0) console.log(`  ${osis.padEnd(10)} cold ${ms(first.ms).padStart(7)}  first: ${first.first}`);
      }
    }
    console.log(`\nworker confirmed stopped before ${confirmedStopped} of ${ROUNDS * PASSAGES.length} requests; only those count`);
    console.log(`first explanation, worker stopped (${cold.length} requests): median ${ms(median(cold))}, range ${range(cold)} (goal ≤ 250 ms)`);
    console.log(`next explanation, same book, worker running: median ${ms(median(warm))}, range ${range(warm)}`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

void main();
