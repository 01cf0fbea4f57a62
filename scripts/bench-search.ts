/**
 * npm run bench:search: the popup's search, as the worker runs it, over the
 * committed articles and commentaries (content/). Prints how long the first
 * word search takes to load and index the commentaries, then the time per
 * query once loaded: median, 95th percentile and worst, over several rounds.
 * Not a test: figures only (the goal is ≤ 100 ms a query once loaded).
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCommentaryReader } from '../lib/commentaries/reader';
import { createExplanationCatalogue } from '../lib/explanations/catalogue';
import { DEFAULT_SETTINGS } from '../lib/settings';
import { compileBundledArticles } from './articles-plugin';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const QUERIES = [
  // Words, common and rare, single and phrases.
  'faith',
  'grace',
  'high priest',
  'intercede',
  'the lord is my shepherd',
  'justification by faith',
  'covenant',
  'mercy seat',
  'resurrection of the dead',
  'zz no such word',
  // Passages.
  'rom 8',
  'ps 23',
  'ps 119',
  'john 3:16',
  'gen 1',
];

const ms = (n: number) => `${n.toFixed(1)} ms`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

async function main() {
  const articles = compileBundledArticles(join(root, 'content/articles'));
  const catalogue = createExplanationCatalogue({
    loadArticles: async () => articles,
    commentaries: createCommentaryReader(async (source, file) => JSON.parse(await readFile(join(root, 'content/commentaries', source, file), 'utf8'))),
    preferences: async () => ({ order: DEFAULT_SETTINGS.articleOrder, sources: DEFAULT_SETTINGS.explanationSources }),
  });

  let t = performance.now();
  const first = await catalogue.search('faith');
  const loadMs = performance.now() - t;
  console.log(`first word search (loads and indexes every commentary part): ${ms(loadMs)}, ${first.length} results`);

  const times = new Map<string, number[]>(QUERIES.map((q) => [q, []]));
  const counts = new Map<string, number>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of QUERIES) {
      t = performance.now();
      const results = await catalogue.search(query);
      times.get(query)!.push(performance.now() - t);
      counts.set(query, results.length);
    }
  }
  const all: number[] = [];
  console.log(`\nper query, ${ROUNDS} rounds (median / worst, results):`);
  for (const [query, list] of times) {
    list.sort((a, b) => a - b);
    all.push(...list);
    console.log(`  ${JSON.stringify(query).padEnd(28)} ${ms(percentile(list, 0.5)).padStart(9)} / ${ms(list[list.length - 1]).padStart(9)}  ${counts.get(query)}`);
  }
  all.sort((a, b) => a - b);
  console.log(`\nall queries: median ${ms(percentile(all, 0.5))}, p95 ${ms(percentile(all, 0.95))}, worst ${ms(all[all.length - 1])} (goal: ≤ 100 ms)`);
}

void main();
