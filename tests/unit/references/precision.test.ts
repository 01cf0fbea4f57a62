/**
 * Precision corpus (tests/fixtures/references): ordinary prose that must give
 * no match at all, and sentences whose references must all be found with the
 * expected OSIS, in order. 0 false alarms and 0 misses.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findReferences } from '../../../lib/references';
import { REPO_ROOT } from './conformance-cases';

const dir = resolve(REPO_ROOT, 'tests/fixtures/references');

const negatives = readFileSync(resolve(dir, 'prose-negative.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'));

const positives = readFileSync(resolve(dir, 'prose-positive.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { text: string; osis: string[] });

describe('precision corpus', () => {
  it('has at least 200 sentences without references and 100 with', () => {
    expect(negatives.length).toBeGreaterThanOrEqual(200);
    expect(positives.length).toBeGreaterThanOrEqual(100);
  });

  it('raises no false alarm on ordinary prose', () => {
    const alarms = negatives
      .map((text) => ({ text, found: findReferences(text).map((m) => `${m.text} → ${m.osis}`) }))
      .filter((r) => r.found.length > 0);
    console.log(`[precision] ${negatives.length} prose sentences, ${alarms.length} false alarms`);
    expect(alarms).toEqual([]);
  });

  it('misses no reference in the reference sentences', () => {
    const wrong = positives
      .map((c) => ({ text: c.text, expected: c.osis, got: findReferences(c.text).map((m) => m.osis) }))
      .filter((r) => JSON.stringify(r.got) !== JSON.stringify(r.expected));
    const total = positives.reduce((n, c) => n + c.osis.length, 0);
    console.log(`[precision] ${positives.length} sentences with ${total} references, ${wrong.length} differing`);
    expect(wrong).toEqual([]);
  });

  it('every match is a slice of the text at its offsets', () => {
    for (const c of positives) {
      for (const m of findReferences(c.text)) expect(c.text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
