/**
 * The context corpus (tests/fixtures/references/context-corpus.jsonl): paragraphs in the styles of
 * sermon notes, commentaries, study guides and forum posts, each with the passage every cue
 * ("v. 24", "ch. 9", "(12:2)") means, or null where nothing on the page decides it.
 *
 * Scored precision-first, the way the page reads it (a heading opens a section) and the way the
 * CLI reads it (one text: only what comes before a cue). A contextual match that names another
 * book, chapter or verse than the writer meant is wrong; there must be none. Silence is a miss.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextAfter, contextOfHeading, findReferences, type DetectorContext, type ReferenceMatch } from '../../../lib/references';
import { findReferencesInText } from '../../../lib/references/text';
import { passageOfOsis } from '../../../lib/references/context';
import { REPO_ROOT } from './conformance-cases';

interface Item {
  style: string;
  blocks: Array<{ heading?: string; text?: string }>;
  /** Every cue in order: its match text and the OSIS the writer means (null: undecidable, must stay silent). */
  expect: Array<[text: string, osis: string | null]>;
}

const items: Item[] = readFileSync(resolve(REPO_ROOT, 'tests/fixtures/references/context-corpus.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Item);

/** The page: blocks in order, each heading read as a heading and opening a section. */
function readAsPage(item: Item): ReferenceMatch[] {
  let context: DetectorContext | undefined;
  const out: ReferenceMatch[] = [];
  for (const block of item.blocks) {
    const heading = block.heading !== undefined;
    const text = block.heading ?? block.text ?? '';
    const matches = findReferences(text, { context, heading });
    out.push(...matches);
    context = heading ? contextOfHeading(text, matches) : contextAfter(matches, context);
  }
  return out;
}

/** The CLI: the blocks as paragraphs of one text, headings as plain lines; the text before a cue gives it context. */
const readAsText = (item: Item): ReferenceMatch[] =>
  findReferencesInText(item.blocks.map((b) => b.heading ?? b.text ?? '').join('\n\n'));

interface Score {
  cues: number;
  right: number;
  silent: number;
  wrong: string[];
}

/** Aligns the contextual matches with the expected cues, in order, by their text. */
function score(read: (item: Item) => ReferenceMatch[]): Score {
  const s: Score = { cues: 0, right: 0, silent: 0, wrong: [] };
  for (const item of items) {
    s.cues += item.expect.length;
    let next = 0;
    for (const m of read(item).filter((x) => x.contextual)) {
      let k = next;
      while (k < item.expect.length && item.expect[k][0] !== m.text) k++;
      const where = `${JSON.stringify(item.blocks.map((b) => b.heading ?? b.text).join(' | ').slice(0, 70))}…`;
      if (k === item.expect.length) {
        s.wrong.push(`${where}: "${m.text}" → ${m.osis} where no cue is expected`);
        continue;
      }
      const want = item.expect[k][1];
      if (want === m.osis) s.right++;
      else s.wrong.push(`${where}: "${m.text}" → ${m.osis}, ${want === null ? 'undecidable' : `meant ${want}`} (${kind(m.osis, want)})`);
      next = k + 1;
    }
    s.silent = s.cues - s.right - s.wrong.length;
  }
  s.silent = s.cues - s.right - s.wrong.length;
  return s;
}

function kind(got: string, want: string | null): string {
  if (want === null) return 'wrong: should be silent';
  const a = passageOfOsis(got);
  const b = passageOfOsis(want);
  return a.book !== b.book ? 'wrong book' : a.chapter !== b.chapter ? 'wrong chapter' : 'wrong verse';
}

describe('context corpus', () => {
  it('has at least 40 paragraphs in four styles, with headings, asides, parallels and chapter changes', () => {
    expect(items.length).toBeGreaterThanOrEqual(40);
    expect(new Set(items.map((i) => i.style))).toEqual(new Set(['sermon', 'commentary', 'study guide', 'forum']));
    const all = items.flatMap((i) => i.blocks.map((b) => b.heading ?? b.text ?? ''));
    expect(items.filter((i) => i.blocks.some((b) => b.heading !== undefined)).length).toBeGreaterThanOrEqual(10);
    expect(all.some((t) => /\(par\. /.test(t))).toBe(true);
    expect(all.some((t) => /\b[Cc]hapter \d|\bch\. \d+ v\. \d/.test(t))).toBe(true);
  });

  for (const [name, read] of [
    ['in the page (headings open sections)', readAsPage],
    ['in the CLI (the text before a cue)', readAsText],
  ] as const) {
    it(`resolves no cue to a wrong book, chapter or verse ${name}`, () => {
      const s = score(read);
      console.log(`[context] ${name}: ${s.cues} cues in ${items.length} paragraphs: ${s.right} right, ${s.silent} silent, ${s.wrong.length} wrong`);
      expect(s.wrong).toEqual([]);
      // Silence is always safe; this floor keeps the rules from getting there by never resolving.
      expect(s.right).toBeGreaterThanOrEqual(name.includes('page') ? 90 : 68);
    });
  }
});
