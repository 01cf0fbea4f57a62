/**
 * Shared by conformance.test.ts and scripts: loads the parser's English spec
 * cases from ../shared (never copied into this repo) and compares our matches
 * with the expected OSIS as sets of verses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOsisList, parseOsisRange, versesOf } from '../../../lib/bible/osis';
import { contextAfter, contextOfHeading, findReferences, type DetectOptions } from '../../../lib/references';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CASES_PATH = resolve(REPO_ROOT, '../shared/conformance/bcv-en-cases.jsonl');
const EXCLUSIONS_PATH = resolve(REPO_ROOT, 'tests/fixtures/references/conformance-exclusions.json');

export interface ConformanceCase {
  input: string;
  osis: string;
  source: string;
  category: string;
  context?: string;
  osis_scope?: string;
  default_options: boolean;
  default_options_same_osis?: boolean;
  needs_apocrypha: boolean;
}

export interface Exclusions {
  floor: number;
  options: DetectOptions;
  /** Deliberate differences, one reason each. */
  exclusions: Array<{ input: string; source: string; reason: string }>;
  /** The remaining misses, each with a note: the test fails on any miss not listed here. */
  knownMisses: Array<{ input: string; source: string; note: string }>;
}

export function casesAvailable(): boolean {
  return existsSync(CASES_PATH);
}

/** The recommended subset: `(default_options || default_options_same_osis) && !needs_apocrypha`. */
export function loadSubset(): ConformanceCase[] {
  return readFileSync(CASES_PATH, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ConformanceCase)
    .filter((c) => (c.default_options || c.default_options_same_osis) && !c.needs_apocrypha);
}

export function loadExclusions(): Exclusions {
  return JSON.parse(readFileSync(EXCLUSIONS_PATH, 'utf8')) as Exclusions;
}

function verseSet(osisList: string[]): Set<string> | undefined {
  const set = new Set<string>();
  for (const osis of osisList) {
    const ranges = osis.includes(',') ? parseOsisList(osis) : [parseOsisRange(osis)];
    if (!ranges) return undefined;
    for (const range of ranges) {
      if (!range) return undefined;
      for (const v of versesOf(range)) set.add(v);
    }
  }
  return set;
}

export interface Outcome {
  pass: boolean;
  got: string[];
}

/** Runs one case and compares verse sets. */
export function runCase(c: ConformanceCase, options: DetectOptions): Outcome {
  let context: DetectOptions['context'];
  if (c.context !== undefined) {
    context =
      contextAfter(findReferences(c.context, { chapterOnlyAbbreviations: true })) ?? contextOfHeading(c.context, []);
  }
  let got = findReferences(c.input, { ...options, context }).map((m) => m.osis);
  if (c.osis_scope === 'first_match') got = got.slice(0, 1);
  const ours = verseSet(got);
  const expected = verseSet(c.osis === '' ? [] : [c.osis]);
  if (!ours || !expected) return { pass: false, got };
  if (ours.size !== expected.size) return { pass: false, got };
  for (const v of ours) if (!expected.has(v)) return { pass: false, got };
  return { pass: true, got };
}

export const caseId = (c: { input: string; source: string }) => `${c.source}\u0000${c.input}`;
