/**
 * Draft article → compiled article: ids for sections and blocks, and the
 * Bible references each block cites, found by the same detector the pages
 * use, so an article explains exactly what a reader can hover.
 */
import { contextAfter, contextOfHeading, findReferences, type DetectorContext, type ReferenceMatch } from '../references';
import { plainText, tidyInlines, type DraftArticle, type DraftBlock } from './draft';
import type { Article, ArticleBlock, ArticleSection, Inline } from './types';

/** "One Mediator Between God & Humanity" → "one-mediator-between-god-humanity". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'section';
}

/** Splits runs at the references' offsets and marks the reference runs. */
export function markReferences(inlines: readonly Inline[], matches: readonly ReferenceMatch[]): Inline[] {
  if (matches.length === 0) return inlines.map((r) => ({ ...r }));
  const cuts = new Map<number, ReferenceMatch>();
  for (const m of matches) cuts.set(m.start, m);
  const out: Inline[] = [];
  let offset = 0;
  let active: ReferenceMatch | undefined;
  for (const run of inlines) {
    let i = 0;
    while (i < run.text.length) {
      const pos = offset + i;
      if (active && pos >= active.end) active = undefined;
      if (!active && cuts.has(pos)) active = cuts.get(pos);
      // The next boundary: the active reference's end or the next reference's start.
      let next = offset + run.text.length;
      if (active) next = Math.min(next, active.end);
      else for (const m of matches) if (m.start > pos && m.start < next) next = m.start;
      const piece = run.text.slice(i, next - offset);
      const { ref: _drop, ...marks } = run;
      out.push(active ? { ...marks, text: piece, ref: active.osis } : { ...marks, text: piece });
      i = next - offset;
    }
    offset += run.text.length;
  }
  return out;
}

const ATTRIBUTION = /\n\s*(?:—|–|--|-)\s*([^\n]+)$/;
/**
 * The passage a block is about: one named with "according to …" anywhere in
 * it, else its first reference ("In Romans 8:34, Paul …").
 */
function subjectOf(text: string, matches: readonly ReferenceMatch[]): string | undefined {
  const named = matches.find((m) => /\baccording to\s+$/i.test(text.slice(Math.max(0, m.start - 20), m.start)));
  return (named ?? matches[0])?.osis;
}

interface CompileOptions {
  readonly source: Article['source'];
  /** Used when the draft has no slug or title of its own. */
  readonly fallbackTitle?: string;
  readonly chapterOnlyAbbreviations?: boolean;
}

export function compileArticle(draft: DraftArticle, options: CompileOptions): Article {
  const title = (draft.meta.title ?? options.fallbackTitle ?? '').trim() || 'Untitled article';
  const slug = draft.meta.slug && /^[a-z0-9][a-z0-9-]*$/.test(draft.meta.slug) ? draft.meta.slug : slugify(title);
  const usedIds = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };
  const detect = (text: string, context: DetectorContext | undefined, heading = false) =>
    findReferences(text, { context, heading, chapterOnlyAbbreviations: options.chapterOnlyAbbreviations });

  const sections: ArticleSection[] = draft.sections.map((section, index) => {
    const sectionId = uniqueId(section.heading ? slugify(section.heading) : index === 0 ? 'intro' : 'section');
    // A heading sets the section's context as the page and the CLI read it: "A priest who does not die (Heb 7:23-24)".
    let context = contextOfHeading(section.heading, detect(section.heading, undefined, true));
    let quoted: string | undefined;
    const blocks: ArticleBlock[] = section.blocks.map((block: DraftBlock, n) => {
      // "--" never comes out of slugify, so block ids cannot collide with section ids.
      const id = uniqueId(`${sectionId}--${n + 1}`);
      if (block.kind === 'list') {
        const items = (block.items ?? []).map((item) => {
          const matches = detect(plainText(item), context);
          context = contextAfter(matches, context);
          return { inlines: markReferences(item, matches), refs: matches.map((m) => m.osis) };
        });
        const refs = items.flatMap((i) => i.refs);
        return { id, kind: 'list', inlines: [], items: items.map((i) => i.inlines), refs, ...(block.ordered ? { ordered: true } : {}), ...(quoted ? { explainsQuote: quoted } : {}) };
      }
      let inlines = block.inlines;
      let attribution: string | undefined;
      if (block.kind === 'quote') {
        const text = plainText(inlines);
        const found = ATTRIBUTION.exec(text);
        if (found) {
          attribution = found[1].trim();
          inlines = tidyInlines(cutAt(inlines, found.index));
        }
      }
      const text = plainText(inlines);
      const matches = detect(text, context);
      context = contextAfter(matches, context);
      const marked = markReferences(inlines, matches);
      if (block.kind === 'quote') {
        const attributed = attribution ? detect(attribution, context) : [];
        const subject = attributed[0]?.osis;
        context = contextAfter(attributed, context);
        quoted = subject;
        return {
          id,
          kind: 'quote',
          inlines: marked,
          ...(attribution ? { attribution } : {}),
          refs: [...(subject ? [subject] : []), ...matches.map((m) => m.osis)],
          ...(subject ? { subject } : {}),
        };
      }
      const subject = subjectOf(text, matches);
      // A paragraph with a subject of its own ends the run of paragraphs that explain a quote.
      if (subject && subject !== quoted) quoted = undefined;
      return {
        id,
        kind: 'paragraph',
        inlines: marked,
        refs: matches.map((m) => m.osis),
        ...(subject ? { subject } : {}),
        ...(quoted ? { explainsQuote: quoted } : {}),
      };
    });
    return { id: sectionId, heading: section.heading, blocks };
  });

  return {
    slug,
    title,
    summary: draft.meta.summary ?? '',
    date: draft.meta.date ?? '',
    source: options.source,
    sections,
  };
}

/** The runs before a plain-text offset. */
function cutAt(inlines: readonly Inline[], at: number): Inline[] {
  const out: Inline[] = [];
  let offset = 0;
  for (const run of inlines) {
    if (offset >= at) break;
    out.push({ ...run, text: run.text.slice(0, at - offset) });
    offset += run.text.length;
  }
  return out;
}
