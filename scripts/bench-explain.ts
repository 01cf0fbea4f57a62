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
import { launch, median, ms, requireBuild, workerControl } from './bench/browser';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** One passage per book, so every cold request also loads a commentary part. */
const PASSAGES = ['John.3.16', 'Rom.8.34', 'Ps.23.1', 'Gen.1.1', 'Isa.53.5', 'Heb.7.25', 'Matt.5.3', 'Rev.21.4', 'Prov.3.5', 'Eph.2.8'];

const range = (list: number[]) => `${ms(Math.min(...list))}–${ms(Math.max(...list))}`;

async function main() {
  requireBuild();
  const browser = await launch(true);
  try {
    const control = await workerControl(browser);
    const page = control.page;
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
        const stopped = await control.stop();
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
    await browser.close();
  }
}

void main();
