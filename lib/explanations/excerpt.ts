/**
 * The card's excerpt of an explanation: short enough to read at a glance,
 * cut at a sentence so it never stops mid-thought when it can help it.
 */
import { plainText } from '../articles/draft';
import type { Inline } from '../articles/types';

/** The card's excerpt length: about five lines of the card's width. */
export const EXCERPT_MAX_CHARS = 500;

/**
 * Cuts runs to at most `max` characters, at the last sentence end that
 * leaves at least a third of the budget, else at a word boundary with "…".
 */
export function cutExcerpt(inlines: readonly Inline[], max: number): { excerpt: Inline[]; cut: boolean } {
  const text = plainText(inlines);
  if (text.length <= max) return { excerpt: inlines.map((r) => ({ ...r })), cut: false };
  let at = -1;
  const sentenceEnd = /[.!?][”’")\]]*(?=\s)/g;
  for (let m = sentenceEnd.exec(text); m && m.index + m[0].length <= max; m = sentenceEnd.exec(text)) {
    at = m.index + m[0].length;
  }
  let ellipsis = false;
  if (at < max / 3) {
    const space = text.lastIndexOf(' ', max - 1);
    at = space > 0 ? space : max - 1;
    ellipsis = true;
  }
  const out: Inline[] = [];
  let offset = 0;
  for (const run of inlines) {
    if (offset >= at) break;
    const piece = run.text.slice(0, at - offset);
    // Never leave half a reference marked as one.
    out.push(run.ref && piece.length < run.text.length ? { ...run, text: piece, ref: undefined } : { ...run, text: piece });
    offset += run.text.length;
  }
  if (ellipsis) out.push({ text: '…' });
  return { excerpt: out.map(({ ref, ...rest }) => (ref ? { ...rest, ref } : rest)), cut: true };
}
