/**
 * Random documents for the fuzz test, and what the detector should find in
 * them. A document is a model (a tree of elements, text, open shadow roots
 * and srcdoc frames), built in the page with DOM calls, then changed by a
 * few random operations while the extension is still reading it. The oracle
 * walks the final model the way a reader's text flows (blocks of inline
 * text, skipped subtrees) and runs the detector on each tree's blocks in
 * order, with the context one block leaves to the next.
 */
import type { DetectorContext, ReferenceMatch } from '../../../lib/references';
import { rng } from '../../../scripts/bench/rng';

/** The detector's functions (lib/references), passed in: Playwright's loader cannot import its JSON tables. */
export interface Detector {
  findReferences(text: string, options: { context?: DetectorContext; heading?: boolean }): ReferenceMatch[];
  contextAfter(matches: ReadonlyArray<{ osis: string }>, previous?: DetectorContext): DetectorContext | undefined;
  contextOfHeading(text: string, matches: ReadonlyArray<{ osis: string; crossReference?: true }>): DetectorContext | undefined;
}


/** One seed per document, so any document can be run alone. */
export const docSeed = (seed: number, index: number) => (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;

export type MNode =
  | { kind: 'text'; id: number; text: string }
  | { kind: 'el'; id: number; tag: string; editable?: boolean; children: MNode[]; shadow?: { id: number; children: MNode[] } }
  | { kind: 'frame'; id: number; children: MNode[] };

type Op =
  | { op: 'setText'; id: number; text: string }
  | { op: 'append'; parent: number; node: MNode }
  | { op: 'insertBefore'; parent: number; before: number; node: MNode }
  | { op: 'remove'; id: number }
  | { op: 'move'; id: number; parent: number }
  | { op: 'attachShadow'; id: number; shadow: { id: number; children: MNode[] } };

export interface FuzzDoc {
  /** The document as first built. */
  readonly root: MNode & { kind: 'el' };
  /** The document after the operations: what the oracle reads. */
  readonly final: MNode & { kind: 'el' };
  /** Operation batches; the page waits `delays[i]` ms before batch i. */
  readonly batches: Op[][];
  readonly delays: number[];
}

const INLINE = new Set(['span', 'b', 'i', 'a', 'em', 'strong', 'small']);
const BLOCKS = ['div', 'p', 'section', 'article', 'blockquote', 'li', 'h2', 'h3'];
const SKIPPED = new Set(['code', 'pre', 'textarea', 'iframe', 'template', 'script', 'style']);
/** Elements that can carry a shadow root. */
const SHADOW_HOSTS = new Set(['div', 'section', 'article', 'span', 'p', 'blockquote']);

const REFERENCES = [
  'Romans 8:28', 'John 3:16', '1 Cor 13:4–7', 'Heb 7:23–25; 4:16', 'Ps 23', 'Genesis 1:1', 'Jude 3', 'Mt 5:3-12', 'Phil. 4:13',
  'Isaiah 40:31', 'Rev 21:4', 'Eph 2:8, 9', 'Acts 2:38', 'Micah 6:8', 'Luke 15', 'James 1:5',
];
const CONTEXTUAL = ['v. 5', 'vv. 18, 20', '(12:2)', 'verse 3', 'ch. 4'];
const WORDS = 'grace and peace to you the letter says that faith hope love patience in the morning church read together'.split(' ');
const NUMBERS = ['12', 'at 5:30 pm', 'in 1998', '3:1 odds', 'page 42', 'won 2:1'];
const HEADINGS = ['Romans', 'Notes on Hebrews', 'Psalms', 'About the week', 'John 3', 'Other things'];

export function generate(seed: number): FuzzDoc {
  const r = rng(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(r() * list.length)];
  let nextId = 1;
  let budget = 40 + Math.floor(r() * 40);

  const phrase = (): string => {
    const x = r();
    if (x < 0.3) return pick(REFERENCES);
    if (x < 0.42) return pick(CONTEXTUAL);
    if (x < 0.55) return pick(NUMBERS);
    return Array.from({ length: 1 + Math.floor(r() * 5) }, () => pick(WORDS)).join(' ');
  };
  const text = (): MNode => ({ kind: 'text', id: nextId++, text: ` ${phrase()}${r() < 0.3 ? '.' : ''} ` });
  /** A reference split across inline elements: "<b>Romans</b> 8:28". */
  const split = (): MNode[] => {
    const ref = pick(REFERENCES);
    const space = ref.lastIndexOf(' ');
    return [
      { kind: 'el', id: nextId++, tag: pick([...INLINE]), children: [{ kind: 'text', id: nextId++, text: ref.slice(0, space) }] },
      { kind: 'text', id: nextId++, text: `${ref.slice(space)} ` },
    ];
  };

  const inlineContent = (depth: number): MNode[] => {
    const out: MNode[] = [];
    const n = 1 + Math.floor(r() * 4);
    for (let i = 0; i < n && budget > 0; i++) {
      budget--;
      const x = r();
      if (x < 0.15) out.push(...split());
      else if (x < 0.35 && depth < 5) out.push({ kind: 'el', id: nextId++, tag: pick([...INLINE]), children: inlineContent(depth + 1) });
      else if (x < 0.4) out.push({ kind: 'el', id: nextId++, tag: pick(['code', 'textarea']), children: [text()] });
      else out.push(text());
    }
    return out;
  };

  const shadowRoot = (depth: number) => ({
    id: nextId++,
    // A slot, so the host's own children are shown (and so have an underline to check).
    children: [...blockContent(depth + 1, 2), { kind: 'el', id: nextId++, tag: 'slot', children: [] } as MNode],
  });

  const block = (depth: number): MNode => {
    budget--;
    const x = r();
    if (x < 0.08 && depth < 4) {
      // A table: rows of cells.
      const rows = Array.from({ length: 1 + Math.floor(r() * 2) }, () => ({
        kind: 'el' as const,
        id: nextId++,
        tag: 'tr',
        children: Array.from({ length: 1 + Math.floor(r() * 2) }, () => ({ kind: 'el' as const, id: nextId++, tag: 'td', children: inlineContent(depth + 2) })),
      }));
      return { kind: 'el', id: nextId++, tag: 'table', children: rows };
    }
    if (x < 0.13) return { kind: 'el', id: nextId++, tag: 'div', editable: true, children: inlineContent(depth + 1) };
    if (x < 0.16) return { kind: 'el', id: nextId++, tag: 'pre', children: [text()] };
    const tag = pick(BLOCKS);
    const el: MNode & { kind: 'el' } = { kind: 'el', id: nextId++, tag, children: [] };
    // Text and blocks mixed: a block inside a paragraph's text splits it.
    if (depth < 4 && r() < 0.35 && !tag.startsWith('h')) el.children = [...inlineContent(depth + 1), ...blockContent(depth + 1, 2), ...inlineContent(depth + 1)];
    else el.children = tag.startsWith('h') ? [{ kind: 'text', id: nextId++, text: pick(HEADINGS) }] : inlineContent(depth + 1);
    if (depth < 4 && SHADOW_HOSTS.has(tag) && r() < 0.12) el.shadow = shadowRoot(depth);
    return el;
  };

  function blockContent(depth: number, max: number): MNode[] {
    const out: MNode[] = [];
    const n = 1 + Math.floor(r() * max);
    for (let i = 0; i < n && budget > 0; i++) out.push(block(depth));
    return out;
  }

  const children: MNode[] = [];
  while (budget > 0) children.push(block(0));
  if (r() < 0.1) {
    // A srcdoc frame: paragraphs of inline text (what an HTML parser builds as written).
    children.splice(Math.floor(r() * children.length), 0, {
      kind: 'frame',
      id: nextId++,
      children: Array.from({ length: 1 + Math.floor(r() * 3) }, () => ({ kind: 'el' as const, id: nextId++, tag: 'p', children: inlineContent(2) })),
    });
  }
  const root: MNode & { kind: 'el' } = { kind: 'el', id: nextId++, tag: 'div', children };
  const initial = structuredClone(root);

  // Operations on the model as it will be after the previous ones; the model gets copies, so an operation's node stays as it was made.
  const batches: Op[][] = [];
  const delays: number[] = [];
  const batchCount = Math.floor(r() * 4);
  for (let b = 0; b < batchCount; b++) {
    const ops: Op[] = [];
    for (let k = 0, n = 1 + Math.floor(r() * 4); k < n; k++) {
      budget = 8;
      const op = randomOp(root, r, () => nextId++, block, inlineContent, shadowRoot);
      if (op) {
        applyToModel(root, structuredClone(op));
        ops.push(op);
      }
    }
    batches.push(ops);
    delays.push(Math.floor(r() * 40));
  }
  return { root: initial, final: root, batches, delays };
}

interface Place {
  node: MNode;
  parent: MNode & { kind: 'el' } | { id: number; children: MNode[] };
  /** Inside a frame: left alone by operations (moving a frame reloads it). */
  framed: boolean;
}

function places(root: MNode & { kind: 'el' }): Place[] {
  const out: Place[] = [];
  const walk = (parent: Place['parent'], framed: boolean) => {
    for (const node of parent.children) {
      out.push({ node, parent, framed });
      if (node.kind === 'el') {
        walk(node, framed);
        if (node.shadow) walk(node.shadow, framed);
      } else if (node.kind === 'frame') walk(node, true);
    }
  };
  walk(root, false);
  return out;
}

const containsFrame = (node: MNode): boolean =>
  node.kind === 'frame' || (node.kind === 'el' && (node.children.some(containsFrame) || !!node.shadow?.children.some(containsFrame)));

function randomOp(
  root: MNode & { kind: 'el' },
  r: () => number,
  id: () => number,
  block: (depth: number) => MNode,
  inline: (depth: number) => MNode[],
  shadowRoot: (depth: number) => { id: number; children: MNode[] },
): Op | undefined {
  // Slots stay: without one, a host's own children are not shown (nothing there can be underlined).
  const all = places(root).filter((p) => !p.framed && !containsFrame(p.node) && !(p.node.kind === 'el' && p.node.tag === 'slot'));
  const elements = all.filter((p) => p.node.kind === 'el' && !['table', 'tr', 'slot', 'textarea'].includes((p.node as { tag: string }).tag));
  const texts = all.filter((p) => p.node.kind === 'text');
  const pickOf = <T,>(list: T[]) => (list.length ? list[Math.floor(r() * list.length)] : undefined);
  const x = r();
  if (x < 0.25) {
    const t = pickOf(texts);
    if (t) return { op: 'setText', id: t.node.id, text: ` ${pickOf(['Romans 5:8', 'no number', 'v. 7', 'Ps 1', '3 April', 'Gen 1:1-3'])!} ` };
  } else if (x < 0.45) {
    const target = pickOf([{ node: root } as { node: MNode }, ...elements]);
    if (target && target.node.kind === 'el') return { op: 'append', parent: target.node.id, node: r() < 0.6 ? block(2) : inline(2)[0] ?? { kind: 'text', id: id(), text: ' Jude 3 ' } };
  } else if (x < 0.6) {
    const p = pickOf(all);
    if (p) return { op: 'insertBefore', parent: p.parent.id, before: p.node.id, node: r() < 0.5 ? block(2) : { kind: 'text', id: id(), text: ' Micah 6:8 ' } };
  } else if (x < 0.75) {
    const p = pickOf(all);
    if (p) return { op: 'remove', id: p.node.id };
  } else if (x < 0.9) {
    const p = pickOf(all.filter((q) => q.node.kind === 'el' || q.node.kind === 'text'));
    const target = pickOf(elements);
    if (p && target && !contains(p.node, target.node.id)) return { op: 'move', id: p.node.id, parent: target.node.id };
  } else {
    const host = pickOf(elements.filter((q) => q.node.kind === 'el' && SHADOW_HOSTS.has(q.node.tag) && !q.node.shadow && !q.node.editable));
    if (host) return { op: 'attachShadow', id: host.node.id, shadow: shadowRoot(3) };
  }
  return undefined;
}

const contains = (node: MNode, id: number): boolean =>
  node.id === id || (node.kind === 'el' && (node.children.some((c) => contains(c, id)) || !!node.shadow?.children.some((c) => contains(c, id))));

function findParent(root: MNode & { kind: 'el' }, id: number): Place['parent'] | undefined {
  if (root.id === id) return root;
  for (const p of places(root)) {
    if (p.node.id === id && p.node.kind === 'el') return p.node;
    if (p.node.kind === 'el' && p.node.shadow?.id === id) return p.node.shadow;
  }
  return undefined;
}

function applyToModel(root: MNode & { kind: 'el' }, op: Op): void {
  const at = (id: number) => places(root).find((p) => p.node.id === id);
  switch (op.op) {
    case 'setText': {
      const p = at(op.id);
      if (p && p.node.kind === 'text') p.node.text = op.text;
      return;
    }
    case 'append':
      findParent(root, op.parent)?.children.push(op.node);
      return;
    case 'insertBefore': {
      const parent = findParent(root, op.parent);
      const i = parent ? parent.children.findIndex((c) => c.id === op.before) : -1;
      if (parent && i >= 0) parent.children.splice(i, 0, op.node);
      return;
    }
    case 'remove': {
      const p = at(op.id);
      if (p) p.parent.children.splice(p.parent.children.indexOf(p.node), 1);
      return;
    }
    case 'move': {
      const p = at(op.id);
      const target = findParent(root, op.parent);
      if (!p || !target) return;
      p.parent.children.splice(p.parent.children.indexOf(p.node), 1);
      target.children.push(p.node);
      return;
    }
    case 'attachShadow': {
      const p = at(op.id);
      if (p && p.node.kind === 'el') p.node.shadow = op.shadow;
      return;
    }
  }
}

/** A frame's document as HTML (its content is paragraphs of inline text, which parse back to the same tree). */
export function frameHtml(node: MNode & { kind: 'frame' }): string {
  const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const html = (n: MNode): string => {
    if (n.kind === 'text') return escapeHtml(n.text);
    if (n.kind === 'frame') return '';
    return `<${n.tag} data-id="${n.id}">${n.children.map(html).join('')}</${n.tag}>`;
  };
  return `<!doctype html><body>${node.children.map(html).join('')}</body>`;
}

// ---------------------------------------------------------------------------
// The oracle

const isSkipped = (n: MNode & { kind: 'el' }) => SKIPPED.has(n.tag) || !!n.editable;

/** Expected reference texts per tree ("doc", "shadow:<id>", "frame:<id>"), in document order. */
export function expectedReferences(root: MNode & { kind: 'el' }, { findReferences, contextAfter, contextOfHeading }: Detector): Record<string, string[]> {
  const trees: Record<string, Array<{ block: string; text: string; heading: boolean }>> = {};
  const walk = (nodes: MNode[], tree: string, block: string, heading: boolean) => {
    for (const n of nodes) {
      if (n.kind === 'text') {
        if (n.text.length > 0) (trees[tree] ??= []).push({ block, text: n.text, heading });
      } else if (n.kind === 'frame') {
        trees[`frame:${n.id}`] ??= [];
        walk(n.children, `frame:${n.id}`, `frame-body:${n.id}`, false);
      } else if (!isSkipped(n)) {
        const own = INLINE.has(n.tag) ? block : `el:${n.id}`;
        walk(n.children, tree, own, INLINE.has(n.tag) ? heading : /^h[1-6]$/.test(n.tag));
        if (n.shadow) {
          trees[`shadow:${n.shadow.id}`] ??= [];
          walk(n.shadow.children, `shadow:${n.shadow.id}`, `shadow-root:${n.shadow.id}`, false);
        }
      }
    }
  };
  trees.doc = [];
  walk([root], 'doc', 'body', false);
  const out: Record<string, string[]> = {};
  for (const [tree, pieces] of Object.entries(trees)) {
    // Consecutive text of the same block is one block.
    const blocks: Array<{ text: string; heading: boolean }> = [];
    let last = '';
    for (const piece of pieces) {
      if (piece.block === last) blocks[blocks.length - 1].text += piece.text;
      else blocks.push({ text: piece.text, heading: piece.heading });
      last = piece.block;
    }
    let context: DetectorContext | undefined;
    const found: string[] = [];
    for (const b of blocks) {
      if (!b.heading && !/\d/.test(b.text)) continue;
      const matches = findReferences(b.text, { context, heading: b.heading });
      context = b.heading ? contextOfHeading(b.text, matches) : contextAfter(matches, context);
      found.push(...matches.map((m) => m.text));
    }
    out[tree] = found;
  }
  return out;
}
