/**
 * Where in a long commentary block the card's excerpt should start.
 *
 * A Matthew Henry block often covers twenty verses in one long paragraph; an
 * excerpt from its first sentence would explain John 3:1 to a reader who
 * hovered John 3:16. So the excerpt starts at the sentence that, with the
 * sentence after it, shares the most words with the passage itself ("God so
 * loved the world…"); on a tie, the one that shares more on its own, then the
 * earlier. Words are compared by their first four letters, so
 * "believeth" meets "believes" and "loved" meets "love"; short and common
 * words do not count. When nothing matches well, the block's start stays.
 */

/** Words too common to tell one verse from another. */
const COMMON = new Set(
  'that this with from they them their there then than unto shall will have hath been were what when which who whom whose also even into upon your thou thee thine said says saith come came make made every things thing more some such only because these those before after again being doth does have would could should'.split(' '),
);
const STEM_LETTERS = 4;
/** Fewer shared words than this is chance, not the passage being discussed. */
const MIN_SHARED = 2;

function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.toLowerCase().match(/[a-z]{4,}/g) ?? []) {
    if (!COMMON.has(word)) out.add(word.slice(0, STEM_LETTERS));
  }
  return out;
}

/** Offsets where sentences begin: 0, and after ". ", "! ", "? " (closing quotes allowed) before a capital or an opening quote. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const boundary = /[.!?]["'”’)\]]*\s+(?=["'“‘(]?[A-Z])/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

function sharedWith(wanted: Set<string>, text: string): number {
  let shared = 0;
  for (const stem of stems(text)) if (wanted.has(stem)) shared++;
  return shared;
}

/**
 * The offset the excerpt of `text` should start at to speak of
 * `passageText`, or 0 when the text fits the excerpt or nothing matches.
 */
export function focusOffset(text: string, passageText: string, excerptChars: number): number {
  if (text.length <= excerptChars) return 0;
  const wanted = stems(passageText);
  const starts = sentenceStarts(text);
  let best = { at: 0, pair: MIN_SHARED - 1, own: 0 };
  starts.forEach((at, i) => {
    const next = starts[i + 1] ?? text.length;
    const afterNext = Math.min(starts[i + 2] ?? text.length, at + excerptChars);
    const pair = sharedWith(wanted, text.slice(at, afterNext));
    if (pair < best.pair) return;
    const own = sharedWith(wanted, text.slice(at, next));
    if (pair > best.pair || own > best.own) best = { at, pair, own };
  });
  return best.at;
}
