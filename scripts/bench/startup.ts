/**
 * Start-up time: a fresh Node process imports the code and returns its first
 * result; the time from just before the import to the first result, median of
 * several processes. Our detector is measured as its minified bundle (what
 * the extension loads), the parser as its published ES modules.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const SAMPLE = 'As Paul writes in Romans 8:34, Christ intercedes for us.';

function once(script: string): number {
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr);
  return Number(out.stdout.trim());
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Node's own cost of a first dynamic import (an empty module), subtracted to get the code's cost. */
function importBaseline(emptyModule: string, runs = 7): number {
  const url = pathToFileURL(emptyModule).href;
  const script = `const t=performance.now();await import(${JSON.stringify(url)});console.log(performance.now()-t);`;
  return median(Array.from({ length: runs }, () => once(script)));
}

function startupOurs(bundle: string, runs = 7): number {
  const url = pathToFileURL(bundle).href;
  const script = `const t=performance.now();const m=await import(${JSON.stringify(url)});const r=m.findReferences(${JSON.stringify(SAMPLE)});if(!r.length)throw new Error('no result');console.log(performance.now()-t);`;
  return median(Array.from({ length: runs }, () => once(script)));
}

function startupParser(parserUrl: string, langUrl: string, runs = 7): number {
  const script = `const t=performance.now();const {bcv_parser}=await import(${JSON.stringify(parserUrl)});const lang=await import(${JSON.stringify(langUrl)});const p=new bcv_parser(lang);const r=p.parse(${JSON.stringify(SAMPLE)}).osis();if(!r)throw new Error('no result');console.log(performance.now()-t);`;
  return median(Array.from({ length: runs }, () => once(script)));
}

/**
 * Interleaved start-up runs: each round runs the empty module, our bundle and
 * the parser once, one after the other, so that a burst of load on this
 * shared machine hits all three alike. "Net" is the median of the per-round
 * differences from the empty module, which is steadier than subtracting two
 * separately taken medians.
 */
export function startupInterleaved(
  emptyModule: string,
  bundle: string,
  parserUrl: string,
  langUrl: string,
  rounds = 15,
): { baseline: number; ours: number; oursNet: number; parser: number; parserNet: number; rounds: number } {
  const base: number[] = [];
  const ours: number[] = [];
  const parser: number[] = [];
  for (let i = 0; i < rounds; i++) {
    base.push(importBaseline(emptyModule, 1));
    ours.push(startupOurs(bundle, 1));
    parser.push(startupParser(parserUrl, langUrl, 1));
  }
  return {
    baseline: median(base),
    ours: median(ours),
    oursNet: median(ours.map((v, i) => v - base[i])),
    parser: median(parser),
    parserNet: median(parser.map((v, i) => v - base[i])),
    rounds,
  };
}
