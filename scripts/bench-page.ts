/**
 * npm run bench:page — what the content script costs a page, in Chromium,
 * with the built extension against no extension in the same run, over
 * several runs (median and range). Builds nothing: run `npm run build` first.
 *
 * Pages (generated, scripts/bench/pages.ts):
 *  - 1 MB article with references, and the same without references:
 *    long tasks (PerformanceObserver), the longest task that ran extension
 *    code (from a Chrome trace: script events whose URL is the extension's),
 *    TaskDuration and ScriptDuration (DevTools Performance metrics), the JS
 *    heap after garbage collection, and the time from the content script's
 *    first evaluation to the first underline in view.
 *  - an append storm (infinite scroll): the same task figures, and the time
 *    from an item's insertion to its underline.
 *  - a hover series: from the pointer arriving on a reference to the card
 *    showing the passage, minus the 300 ms dwell, with the worker running
 *    and with the worker stopped before each hover.
 *
 *  - floor (only when asked: BENCH_ONLY=floor): the heap after GC on the
 *    1 MB page without references with stand-in content scripts (nothing;
 *    a bare walk of its text; our bundle evaluated but not started), to read
 *    the heap figures against (scripts/bench/floor.ts).
 *
 * Environment: BENCH_RUNS (default 3), BENCH_ONLY=big,plain,storm,hover (and floor).
 * Not a test: figures only. Timing on a shared machine is noisy; read ranges.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CDPSession, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_EXTENSION, launch, median, ms, requireBuild, summary, workerControl, type BenchBrowser } from './bench/browser';
import { STAND_INS, extensionWith } from './bench/floor';
import { articlePage, bodyOf, hoverPage, stormPage } from './bench/pages';
import { allTasks, endTrace, firstScriptEvent, startTrace, tasksWithScript, timeStamps } from './bench/trace';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ONLY = new Set((process.env.BENCH_ONLY ?? 'big,plain,storm,hover').split(','));
const LONG_TASK_MS = 50;
const DWELL_MS = 300;
const HOVER_REFS = [
  'Genesis 12:2', 'Exodus 14:14', 'Leviticus 19:18', 'Joshua 1:9', 'Ruth 1:16', '1 Samuel 16:7', 'Job 19:25', 'Proverbs 3:5',
  'Isaiah 40:31', 'Jeremiah 29:11', 'Micah 6:8', 'Matthew 5:9', 'Mark 10:45', 'Luke 15:20', 'John 11:25', 'Acts 1:8',
  'Galatians 5:22', 'Philippians 4:13', 'James 1:5', '1 Peter 5:7',
];

// ---------------------------------------------------------------------------
// Pages and server

const big = articlePage(1_000_000, true);
const plain = articlePage(1_000_000, false);
const storm = stormPage();
const PAGES: Record<string, string> = {
  'big.html': big.html,
  'plain.html': plain.html,
  'storm.html': storm.html,
  'hover.html': hoverPage(HOVER_REFS, bodyOf(big.html)),
};

async function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const html = PAGES[(req.url ?? '/').slice(1).split('#')[0]];
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

// ---------------------------------------------------------------------------
// What the page side records (main world, the page's own script)

/** Long tasks from the start, and the first frame with an underlined reference in view. */
function pageProbe() {
  const w = window as unknown as Record<string, unknown>;
  const longTasks: Array<[number, number]> = [];
  w.__longTasks = longTasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  let lastSize = -1;
  const look = () => {
    const highlight = CSS.highlights?.get('scripture-ref') as Highlight | undefined;
    if (highlight && highlight.size !== lastSize) {
      lastSize = highlight.size;
      for (const range of highlight) {
        const rect = (range as Range).getBoundingClientRect();
        if (rect.bottom > 0 && rect.top < innerHeight && rect.width > 0) {
          console.timeStamp('first-underline');
          w.__firstUnderline = performance.now();
          return;
        }
      }
    }
    if (performance.now() < 20_000) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

const highlightSize = (page: Page) => page.evaluate(() => (CSS.highlights?.get('scripture-ref') as Highlight | undefined)?.size ?? 0);

/** Waits until the underline count has not changed for `quietMs` (or `maxMs` passed). */
async function settle(page: Page, quietMs = 1500, maxMs = 30_000): Promise<number> {
  const started = Date.now();
  let last = -1;
  let since = Date.now();
  while (Date.now() - started < maxMs) {
    const n = await highlightSize(page);
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) break;
    await page.waitForTimeout(100);
  }
  return last;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize;
}

// ---------------------------------------------------------------------------
// One page load, measured

interface LoadFigures {
  /** From PerformanceObserver. */
  longTasks: number;
  worstLongTask: number;
  /** From the trace: the renderer's main-thread tasks over 50 ms, and the longest. */
  tracedLongTasks: number;
  worstTracedTask: number;
  /** Longest main-thread task that ran any extension code (a page task that called our MutationObserver counts). */
  worstExtensionTask: number;
  /** The most extension script time in one task. */
  worstExtensionShare: number;
  /** Tasks over 50 ms caused by the extension: at least half of them its own script. */
  extensionTasksOver50: number;
  worstCausedTask: number;
  taskDuration: number;
  scriptDuration: number;
  heap: number;
  underlines: number;
  firstUnderline?: number;
  latencies?: number[];
}

/** A page whose evaluated functions may use tsx's name helper (tsx keeps function names with `__name`). */
async function newPage(browser: BenchBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript('window.__name = (f) => f;');
  return page;
}

async function measureLoad(browser: BenchBrowser, url: string, options: { storm?: boolean } = {}): Promise<LoadFigures> {
  const page = await newPage(browser);
  await page.addInitScript(pageProbe);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await startTrace(cdp);
  await page.goto(url, { waitUntil: 'load' });
  let latencies: number[] | undefined;
  if (options.storm) {
    // The page settles first, so the storm's figures are the storm's.
    await page.waitForTimeout(1000);
    latencies = await runStorm(page);
  }
  const underlines = await settle(page);
  const events = await endTrace(cdp);
  const m = await metrics(cdp);
  const heap = await heapAfterGc(cdp);
  const longTasks = (await page.evaluate(() => (window as unknown as { __longTasks: Array<[number, number]> }).__longTasks)).map(([, d]) => d);
  const id = browser.extensionId;
  const extensionTasks = id ? tasksWithScript(events, id) : [];
  const worst = extensionTasks.reduce((a, b) => (b.ms > a.ms ? b : a), { ms: 0, extensionMs: 0, ts: 0 });
  const started = id ? firstScriptEvent(events, `${id}/content-scripts/`) : undefined;
  const traced = allTasks(events).map((t) => t.ms);
  const underlined = timeStamps(events, 'first-underline')[0];
  await page.close();
  return {
    longTasks: longTasks.filter((d) => d > LONG_TASK_MS).length,
    worstLongTask: Math.max(0, ...longTasks),
    tracedLongTasks: traced.filter((d) => d > LONG_TASK_MS).length,
    worstTracedTask: Math.max(0, ...traced),
    worstExtensionTask: worst.ms,
    worstExtensionShare: Math.max(0, ...extensionTasks.map((t) => t.extensionMs)),
    extensionTasksOver50: extensionTasks.filter((t) => t.ms > LONG_TASK_MS && t.extensionMs >= t.ms / 2).length,
    worstCausedTask: Math.max(0, ...extensionTasks.filter((t) => t.extensionMs >= t.ms / 2).map((t) => t.ms)),
    taskDuration: m.TaskDuration * 1000,
    scriptDuration: m.ScriptDuration * 1000,
    heap,
    underlines,
    ...(started && underlined ? { firstUnderline: (underlined.ts - started.ts) / 1000 } : {}),
    latencies,
  };
}

/** Runs the storm; returns, per item that got an underline, the time from insertion to underline. */
async function runStorm(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const w = window as unknown as { __inserted: Map<Element, number>; __stormDone: boolean; __startStorm: () => void };
        const latencies: number[] = [];
        const seen = new WeakSet<Element>();
        let lastSize = -1;
        let doneAt = 0;
        const look = () => {
          const highlight = CSS.highlights?.get('scripture-ref') as Highlight | undefined;
          const now = performance.now();
          if (highlight && highlight.size !== lastSize) {
            lastSize = highlight.size;
            for (const range of highlight) {
              const item = (range as Range).startContainer.parentElement?.closest('article');
              const inserted = item && w.__inserted.get(item);
              if (item && inserted !== undefined && inserted !== null && !seen.has(item)) {
                seen.add(item);
                latencies.push(now - inserted);
              }
            }
          }
          if (w.__stormDone && !doneAt) doneAt = now;
          if (doneAt && now - doneAt > 2000) return resolve(latencies);
          requestAnimationFrame(look);
        };
        w.__startStorm();
        requestAnimationFrame(look);
      }),
  );
}

// ---------------------------------------------------------------------------
// Hover series

interface HoverDelays {
  /** After the dwell, until the card shows the passage. */
  passage: number[];
  /** Until it shows an explanation too (NaN when none came within 5 s). */
  explanation: number[];
}

async function hoverSeries(browser: BenchBrowser, origin: string, refs: readonly string[], stopWorker: boolean): Promise<HoverDelays> {
  const control = await workerControl(browser);
  const page = await newPage(browser);
  await page.goto(`${origin}/hover.html`);
  // The hover paragraphs are in view; the rest of the page is read in idle time, before the series starts.
  await page.waitForFunction((n) => ((CSS.highlights.get('scripture-ref') as Highlight | undefined)?.size ?? 0) >= n, HOVER_REFS.length, { timeout: 60_000 });
  await page.waitForTimeout(3000);
  await page.evaluate(() => {
    const w = window as unknown as { __move: number };
    addEventListener('pointermove', () => (w.__move = performance.now()), { capture: true });
  });
  // A first card outside the series: the card's host exists and the code is warm, as after any first hover.
  const delays: HoverDelays = { passage: [], explanation: [] };
  for (const [i, ref] of [HOVER_REFS[0], ...refs].entries()) {
    await page.mouse.move(5, 5);
    await page.waitForTimeout(700);
    if (stopWorker) await control.stop();
    const point = await page.evaluate((ref) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(ref);
        if (at < 0) continue;
        n.parentElement?.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + ref.length);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    }, ref);
    if (!point) throw new Error(`${ref} not on the page`);
    const shown = page.evaluate(
      (label) =>
        new Promise<{ passage: number; explanation: number }>((resolve) => {
          const started = performance.now();
          const at = { passage: NaN, explanation: NaN };
          const look = () => {
            const now = performance.now();
            for (const el of document.documentElement.children) {
              const root = el.shadowRoot;
              const heading = root?.querySelector('[data-part="reference"]')?.textContent ?? '';
              if (!root || !heading.startsWith(label)) continue;
              if (Number.isNaN(at.passage) && root.querySelector('.passage[data-part="verse-text"]')) at.passage = now;
              if (Number.isNaN(at.explanation) && root.querySelector('[data-part="explanation"]')) at.explanation = now;
            }
            if ((!Number.isNaN(at.passage) && !Number.isNaN(at.explanation)) || now - started > 5000) return resolve(at);
            requestAnimationFrame(look);
          };
          look();
        }),
      ref,
    );
    await page.mouse.move(point.x, point.y);
    const at = await shown;
    const moved = await page.evaluate(() => (window as unknown as { __move: number }).__move);
    if (Number.isNaN(at.passage)) throw new Error(`No card for ${ref}`);
    if (i > 0) {
      delays.passage.push(at.passage - moved - DWELL_MS);
      delays.explanation.push(at.explanation - moved - DWELL_MS);
    }
  }
  await page.close();
  await control.page.close();
  return delays;
}

// ---------------------------------------------------------------------------

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const count = (n: number) => n.toFixed(0);

function table(title: string, rows: Array<[string, number[], number[], (n: number) => string]>) {
  console.log(`\n${title}`);
  console.log(`  ${'figure'.padEnd(60)} ${'without extension'.padEnd(28)} with extension`);
  for (const [name, without, withExt, unit] of rows) {
    console.log(`  ${name.padEnd(60)} ${summary(without, unit).padEnd(28)} ${summary(withExt, unit)}`);
  }
}

async function loadScenario(origin: string, name: string, page: string, storm = false) {
  const without: LoadFigures[] = [];
  const withExt: LoadFigures[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const ext of [false, true]) {
      const browser = await launch(ext);
      try {
        (ext ? withExt : without).push(await measureLoad(browser, `${origin}/${page}`, { storm }));
      } finally {
        await browser.close();
      }
    }
  }
  const pick = (list: LoadFigures[], f: (x: LoadFigures) => number | undefined) => list.map(f).filter((v): v is number => v !== undefined);
  const heapDelta = withExt.map((w, i) => w.heap - without[i].heap);
  table(`${name} (${RUNS} runs; each run loads the page without, then with the extension)`, [
    ['long tasks > 50 ms, PerformanceObserver (count)', pick(without, (x) => x.longTasks), pick(withExt, (x) => x.longTasks), count],
    ['worst long task, PerformanceObserver', pick(without, (x) => x.worstLongTask), pick(withExt, (x) => x.worstLongTask), ms],
    ['main-thread tasks > 50 ms, trace (count)', pick(without, (x) => x.tracedLongTasks), pick(withExt, (x) => x.tracedLongTasks), count],
    ['longest main-thread task, trace', pick(without, (x) => x.worstTracedTask), pick(withExt, (x) => x.worstTracedTask), ms],
    ['longest task that ran any extension code', [], pick(withExt, (x) => x.worstExtensionTask), ms],
    ['  most extension script time in one task', [], pick(withExt, (x) => x.worstExtensionShare), ms],
    ['longest task caused by the extension (≥ half its script)', [], pick(withExt, (x) => x.worstCausedTask), ms],
    ['tasks > 50 ms caused by the extension (count)', [], pick(withExt, (x) => x.extensionTasksOver50), count],
    ['TaskDuration (main thread busy)', pick(without, (x) => x.taskDuration), pick(withExt, (x) => x.taskDuration), ms],
    ['ScriptDuration', pick(without, (x) => x.scriptDuration), pick(withExt, (x) => x.scriptDuration), ms],
    ['JS heap after GC', pick(without, (x) => x.heap), pick(withExt, (x) => x.heap), mb],
    ['JS heap after GC, with minus without (same run)', [], heapDelta, mb],
    ['underlines drawn (references within a screen of the view)', pick(without, (x) => x.underlines), pick(withExt, (x) => x.underlines), count],
    ...(storm ? [] : [['content script start → first underline in view', [], pick(withExt, (x) => x.firstUnderline), ms] as [string, number[], number[], (n: number) => string]]),
  ]);
  if (storm) {
    const all = withExt.flatMap((x) => x.latencies ?? []);
    const p = (q: number) => (list: number[]) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))];
    const perRun = (q: number) => withExt.map((x) => p(q)(x.latencies ?? [0]));
    console.log(`  insertion → underline: p50 ${summary(perRun(0.5))}, p95 ${summary(perRun(0.95))} (per-run percentiles; ${all.length} items)`);
  }
}

/** Heap after GC with each stand-in content script, minus none, on the same page in the same run. */
async function floorScenario(origin: string, page: string) {
  const ours = readFileSync(join(BUILT_EXTENSION, 'content-scripts', 'content.js'), 'utf8');
  const growth: number[][] = STAND_INS.map(() => []);
  const heapOf = async (extension: boolean | string) => {
    const browser = await launch(extension);
    try {
      const tab = await newPage(browser);
      const cdp = await browser.context.newCDPSession(tab);
      await cdp.send('Performance.enable');
      await tab.goto(`${origin}/${page}`, { waitUntil: 'load' });
      await settle(tab);
      return await heapAfterGc(cdp);
    } finally {
      await browser.close();
    }
  };
  for (let run = 0; run < RUNS; run++) {
    const none = await heapOf(false);
    for (const [i, standIn] of STAND_INS.entries()) {
      const copy = extensionWith(BUILT_EXTENSION, standIn.source, ours);
      try {
        growth[i].push((await heapOf(copy.dir)) - none);
      } finally {
        copy.remove();
      }
    }
  }
  console.log(`\nheap floor: JS heap after GC on ${page}, with minus without (${RUNS} runs)`);
  for (const [i, standIn] of STAND_INS.entries()) console.log(`  ${standIn.name.padEnd(68)} ${summary(growth[i], mb)}`);
}

async function main() {
  requireBuild();
  const { server, origin } = await serve();
  console.log(`bench:page — Chromium, ${RUNS} runs; 1 MB page: ${big.html.length.toLocaleString('en')} bytes, ${big.inserted} references inserted`);
  try {
    // Opened at an anchor halfway down, as a link into an article is: what is in view there is read first.
    if (ONLY.has('big')) await loadScenario(origin, '1 MB page with references, opened halfway down (#p800)', 'big.html#p800');
    if (ONLY.has('plain')) await loadScenario(origin, '1 MB page without references, opened halfway down', 'plain.html#p800');
    if (ONLY.has('floor')) await floorScenario(origin, 'plain.html#p800');
    if (ONLY.has('storm')) await loadScenario(origin, `append storm (${storm.inserted} items, one reference each)`, 'storm.html', true);
    if (ONLY.has('hover')) {
      const warm: HoverDelays = { passage: [], explanation: [] };
      const cold: HoverDelays = { passage: [], explanation: [] };
      const add = (into: HoverDelays, from: HoverDelays) => {
        into.passage.push(median(from.passage));
        into.explanation.push(median(from.explanation.filter((n) => !Number.isNaN(n))));
      };
      for (let run = 0; run < RUNS; run++) {
        const browser = await launch(true);
        try {
          add(warm, await hoverSeries(browser, origin, HOVER_REFS.slice(1, 10), false));
          add(cold, await hoverSeries(browser, origin, HOVER_REFS.slice(10), true));
        } finally {
          await browser.close();
        }
      }
      console.log(`\nhover: after the ${DWELL_MS} ms dwell, until the card shows (median of 9 hovers per run, in other books each time, on the 1 MB page; ${RUNS} runs)`);
      console.log(`  worker running:                    passage ${summary(warm.passage)}, explanation ${summary(warm.explanation)}`);
      console.log(`  worker stopped before each hover:  passage ${summary(cold.passage)}, explanation ${summary(cold.explanation)}`);
    }
  } finally {
    server.close();
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
