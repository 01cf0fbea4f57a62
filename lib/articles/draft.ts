/**
 * An article before its references are resolved: the common ground between
 * the Markdown reader and the HTML reader (imported articles), so both end
 * up compiled by the same code.
 */
import type { BlockKind, Inline } from './types';

export interface DraftBlock {
  readonly kind: BlockKind;
  readonly inlines: Inline[];
  readonly items?: Inline[][];
  readonly ordered?: true;
}

export interface DraftSection {
  readonly heading: string;
  readonly blocks: DraftBlock[];
}

export interface DraftMeta {
  readonly title?: string;
  readonly slug?: string;
  readonly summary?: string;
  readonly date?: string;
}

export interface DraftArticle {
  readonly meta: DraftMeta;
  readonly sections: DraftSection[];
}

/** Joins adjacent runs with the same marks and trims the ends. */
export function tidyInlines(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of inlines) {
    if (run.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.strong === run.strong && last.em === run.em && last.code === run.code && !last.ref && !run.ref) {
      out[out.length - 1] = { ...last, text: last.text + run.text };
    } else {
      out.push({ ...run });
    }
  }
  if (out.length > 0) {
    out[0] = { ...out[0], text: out[0].text.replace(/^\s+/, '') };
    const n = out.length - 1;
    out[n] = { ...out[n], text: out[n].text.replace(/\s+$/, '') };
  }
  return out.filter((run) => run.text !== '');
}

export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((run) => run.text).join('');
}
