/**
 * Fuzz: random documents (nesting, inline splits, tables, editable text,
 * code, open shadow roots, srcdoc frames) built in a page with the
 * extension running, changed by random operations while it is still reading
 * them. For each one: no exception anywhere, no change to the page's DOM
 * (MutationObservers on the document and every shadow root; a frame's body
 * compared before and after), and every reference the detector finds in the
 * final text is highlighted exactly once, in its tree, in order.
 *
 * FUZZ_SEED (default below) and FUZZ_DOCS (default 1000) choose the run;
 * FUZZ_ONLY=<index> runs one document of a seed. A failure prints them.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { tsImport } from 'tsx/esm/api';
import { docSeed, expectedReferences, frameHtml, generate, type Detector, type FuzzDoc } from './fuzz/model';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_127);
const DOCS = Number(process.env.FUZZ_DOCS ?? 1000);
const ONLY = process.env.FUZZ_ONLY === undefined ? undefined : Number(process.env.FUZZ_ONLY);
const FROM = Number(process.env.FUZZ_FROM ?? 0);
/** Pages working side by side; each runs its documents one after another in the same page. */
const LANES = Number(process.env.FUZZ_LANES ?? 3);

interface Outcome {
  ok: boolean;
  actual: Record<string, string[]>;
  violations: string[];
}

/** Builds a document in the page, runs its operations, and waits until the highlights match `expected` (or 4 s pass). */
function runInPage(page: Page, doc: FuzzDoc, frames: Record<number, string>, expected: Record<string, string[]>): Promise<Outcome> {
  return page.evaluate(
    async ({ doc, frames, expected }) => {
      type MNode =
        | { kind: 'text'; id: number; text: string }
        | { kind: 'el'; id: number; tag: string; editable?: boolean; children: MNode[]; shadow?: { id: number; children: MNode[] } }
        | { kind: 'frame'; id: number; children: MNode[] };
      const byId = new Map<number, Node>();
      const shadowIds = new WeakMap<ShadowRoot, number>();
      const frameIds = new Map<HTMLIFrameElement, number>();
      const violations: string[] = [];
      const observer = new MutationObserver((records) => {
        for (const r of records) violations.push(`${r.type} on ${(r.target as Element).localName ?? r.target.nodeName}`);
      });
      const OPTIONS = { childList: true, subtree: true, characterData: true, attributes: true };
      const build = (n: MNode): Node => {
        if (n.kind === 'text') {
          const t = document.createTextNode(n.text);
          byId.set(n.id, t);
          return t;
        }
        if (n.kind === 'frame') {
          const f = document.createElement('iframe');
          f.srcdoc = frames[n.id];
          frameIds.set(f, n.id);
          byId.set(n.id, f);
          return f;
        }
        const el = document.createElement(n.tag);
        if (n.editable) el.setAttribute('contenteditable', 'true');
        for (const c of n.children) el.append(build(c));
        if (n.shadow) attach(el, n.shadow);
        byId.set(n.id, el);
        return el;
      };
      const attach = (el: Element, shadow: { id: number; children: MNode[] }) => {
        const root = el.attachShadow({ mode: 'open' });
        shadowIds.set(root, shadow.id);
        byId.set(shadow.id, root);
        for (const c of shadow.children) root.append(build(c));
        observer.observe(root, OPTIONS);
      };
      const apply = (op: Record<string, unknown> & { op: string }) => {
        const node = (id: unknown) => byId.get(id as number);
        switch (op.op) {
          case 'setText':
            (node(op.id) as Text).data = op.text as string;
            break;
          case 'append':
            (node(op.parent) as ParentNode).append(build(op.node as MNode));
            break;
          case 'insertBefore':
            (node(op.parent) as Node).insertBefore(build(op.node as MNode), node(op.before) ?? null);
            break;
          case 'remove':
            (node(op.id) as ChildNode).remove();
            break;
          case 'move':
            (node(op.parent) as ParentNode).append(node(op.id)!);
            break;
          case 'attachShadow':
            attach(node(op.id) as Element, op.shadow as { id: number; children: MNode[] });
            break;
        }
      };

      observer.observe(document, OPTIONS);
      const root = build(doc.root as MNode);
      document.body.replaceChildren(root);
      observer.takeRecords();
      const frameBodies = new Map<number, string>();
      for (const [f, id] of frameIds) {
        f.addEventListener('load', () => frameBodies.set(id, f.contentDocument?.body?.innerHTML ?? ''), { once: true });
      }
      for (let b = 0; b < doc.batches.length; b++) {
        await new Promise((r) => setTimeout(r, doc.delays[b]));
        for (const op of doc.batches[b]) apply(op as never);
        // The harness's own changes are not violations.
        observer.takeRecords();
      }

      // The text a range covers as the detector read it: without skipped elements (code, fields, editable text) inside it.
      const SKIPPED = 'code, pre, textarea, script, style, template, iframe, [contenteditable]:not([contenteditable="false"])';
      const textOf = (range: Range): string => {
        const start = range.startContainer;
        if (start === range.endContainer) return range.toString();
        const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
        walker.currentNode = start;
        let text = start.nodeType === Node.TEXT_NODE ? (start as Text).data.slice(range.startOffset) : '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const data = n === range.endContainer ? (n as Text).data.slice(0, range.endOffset) : (n as Text).data;
          if (!n.parentElement?.closest(SKIPPED)) text += data;
          if (n === range.endContainer) break;
        }
        return text;
      };
      // Ranges of one tree in document order (ranges left in removed nodes have other roots: kept as they are).
      const sortRanges = (ranges: Range[]) => {
        try {
          return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
        } catch {
          return ranges;
        }
      };
      const collect = (): Record<string, string[]> => {
        const out: Record<string, Range[]> = {};
        const add = (tree: string, r: Range) => (out[tree] ??= []).push(r);
        for (const r of (CSS.highlights.get('scripture-ref') as Highlight | undefined) ?? []) {
          const range = r as Range;
          const rootNode = range.startContainer.getRootNode();
          if (!range.startContainer.isConnected || range.collapsed) add('stale', range);
          else if (rootNode === document) add('doc', range);
          else add(`shadow:${shadowIds.get(rootNode as ShadowRoot)}`, range);
        }
        for (const [f, id] of frameIds) {
          if (!f.isConnected) continue;
          const h = (f.contentWindow as (Window & typeof globalThis) | null)?.CSS.highlights.get('scripture-ref') as Highlight | undefined;
          for (const r of h ?? []) add(`frame:${id}`, r as Range);
        }
        return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, sortRanges(v).map(textOf)]));
      };
      const same = (a: Record<string, string[]>) => {
        const keys = new Set([...Object.keys(a), ...Object.keys(expected)].filter((k) => (a[k]?.length ?? 0) + (expected[k]?.length ?? 0) > 0));
        return [...keys].every((k) => JSON.stringify(a[k] ?? []) === JSON.stringify(expected[k] ?? []));
      };
      const started = performance.now();
      let actual = collect();
      while (!same(actual) && performance.now() - started < 4000) {
        await new Promise((r) => setTimeout(r, 15));
        actual = collect();
      }
      // A late extra highlight would show here.
      await new Promise((r) => setTimeout(r, 20));
      actual = collect();
      for (const [f, id] of frameIds) {
        const before = frameBodies.get(id);
        const now = f.contentDocument?.body?.innerHTML;
        if (f.isConnected && before !== undefined && now !== before) violations.push(`frame ${id} body changed`);
      }
      observer.disconnect();
      return { ok: same(actual), actual, violations };
    },
    { doc, frames, expected },
  );
}

function framesOf(doc: FuzzDoc): Record<number, string> {
  const out: Record<number, string> = {};
  const visit = (n: FuzzDoc['root'] | Parameters<typeof frameHtml>[0] | { kind: 'text' }) => {
    if (n.kind === 'frame') out[(n as { id: number }).id] = frameHtml(n as Parameters<typeof frameHtml>[0]);
    if (n.kind === 'el') {
      for (const c of n.children) visit(c as never);
      for (const c of n.shadow?.children ?? []) visit(c as never);
    }
  };
  visit(doc.root);
  for (const batch of doc.batches) for (const op of batch) if ('node' in op) visit(op.node as never);
  return out;
}

test('random documents: no exception, no change to the page, every reference highlighted exactly once', async ({ context, origin, worker }) => {
  test.setTimeout(600_000);
  const logs: string[] = [];
  worker.on('console', (m) => logs.push(m.text()));
  // The detector through tsx, which loads its JSON tables (Playwright's own loader cannot).
  const detector = (await tsImport('../../lib/references/index.ts', import.meta.url)) as Detector;
  const indexes = ONLY !== undefined ? [ONLY] : Array.from({ length: DOCS - FROM }, (_, i) => FROM + i);
  const failures: string[] = [];
  let checked = 0;
  let references = 0;

  const lane = async (lane: number) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1200, height: 2400 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('Failed to load resource')) errors.push(m.text());
    });
    await page.goto(`${origin}/fuzz.html`);
    for (const index of indexes.filter((_, i) => i % LANES === lane)) {
      if (failures.length > 0) break;
      const doc = generate(docSeed(SEED, index));
      const expected = expectedReferences(doc.final, detector);
      const outcome = await runInPage(page, doc, framesOf(doc), expected);
      checked++;
      references += Object.values(expected).reduce((n, list) => n + list.length, 0);
      const problems = [
        ...(outcome.ok ? [] : [`highlights ${JSON.stringify(outcome.actual)} ≠ expected ${JSON.stringify(expected)}`]),
        ...outcome.violations.map((v) => `DOM changed: ${v}`),
        ...errors.splice(0).map((e) => `error: ${e}`),
        ...logs.filter((l) => l.includes('[Scripture Tooltips]')).map((l) => `extension: ${l}`),
      ];
      if (problems.length > 0) {
        const previous = indexes.filter((_, i) => i % LANES === lane && indexes[i] < index).at(-1);
        const replay = previous === undefined ? `FUZZ_ONLY=${index}` : `FUZZ_LANES=1 FUZZ_FROM=${previous} FUZZ_DOCS=${index + 1} (after document ${previous} in the same page)`;
        failures.push(`document ${index} (FUZZ_SEED=${SEED} FUZZ_ONLY=${index}; as run: FUZZ_SEED=${SEED} ${replay}):\n  ${problems.join('\n  ')}`);
      }
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
  console.log(`fuzz: seed ${SEED}, ${checked} documents, ${references} references expected, ${failures.length} failing`);
  expect(failures, failures.join('\n')).toEqual([]);
  expect(checked).toBe(indexes.length);
});
