/**
 * A tiny bounded edit distance (Levenshtein plus adjacent transpositions),
 * used to resolve a misspelled book name. It replaces fuse.js on the hot path:
 * the detector only ever compares one word against the 70-odd full names, and
 * fuse.js alone would take half of the 15 KB budget.
 */

/** Collapses doubled letters ("Mathhhew" → "mathew"), so that doubling is free. */
export function squeeze(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) if (word[i] !== word[i - 1]) out += word[i];
  return out;
}

/** Edit distance between a and b, or max + 1 when it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] > max ? max + 1 : prev[b.length];
}
