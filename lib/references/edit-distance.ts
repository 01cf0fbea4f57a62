/**
 * A tiny bounded, weighted edit distance, used to resolve a misspelled book
 * name ("Isiah", "Chorinthians", "Mathhew"). It replaces fuse.js on the hot
 * path: the detector only compares one word against the 80-odd full names,
 * and fuse.js alone would take half of the 15 KB gzipped budget.
 *
 * Costs are in half-steps: a vowel (or "h", as in "Mathew"/"Matthew") added,
 * dropped or swapped for another vowel costs 1, and so does swapping two
 * neighbouring letters ("Pslam"); any other edit costs 2.
 */

/** Collapses doubled letters ("Mathhhew" → "mathew"), so that doubling is free. */
export function squeeze(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) if (word[i] !== word[i - 1]) out += word[i];
  return out;
}

const soft = (c: string) => 'aeiouyh'.includes(c);

/** Weighted distance between a and b (half-steps), or max + 1 when it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) * 1 > max) return max + 1;
  let prev2: number[] = [];
  let prev: number[] = [0];
  for (let j = 1; j <= b.length; j++) prev[j] = prev[j - 1] + (soft(b[j - 1]) ? 1 : 2);
  for (let i = 1; i <= a.length; i++) {
    const ca = a[i - 1];
    const del = soft(ca) ? 1 : 2;
    const cur = [prev[0] + del];
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cb = b[j - 1];
      const sub = ca === cb ? 0 : soft(ca) && soft(cb) ? 1 : 2;
      let d = Math.min(prev[j] + del, cur[j - 1] + (soft(cb) ? 1 : 2), prev[j - 1] + sub);
      if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] > max ? max + 1 : prev[b.length];
}
