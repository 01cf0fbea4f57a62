/**
 * The tokens a book name is made of, read backwards from the number after it:
 * runs of letters, or a number 1–4 for numbered books ("1 Cor", "4 Kingdoms"),
 * separated by spaces or one period ("2nd. Cor", "St. Matthew").
 */
import { MAX_NAME_TOKENS } from './book-table';
import { DIGIT_4, PERIOD, isAlnum, isDigit, isLetter, isSpace, letterRunStart } from './chars';

/** Up to MAX_NAME_TOKENS + 1 tokens, stored right to left: token 0 ends where the name ends. */
export class NameTokens {
  /** start, end of token 0, then of token 1… */
  private readonly bounds: number[] = [];

  constructor(private readonly text: string) {}

  get count(): number {
    return this.bounds.length >> 1;
  }

  start(t: number): number {
    return this.bounds[2 * t];
  }

  end(t: number): number {
    return this.bounds[2 * t + 1];
  }

  push(start: number, end: number): void {
    this.bounds.push(start, end);
  }

  /** Token t in lower case. */
  lower(t: number): string {
    return this.text.slice(this.start(t), this.end(t)).toLowerCase();
  }

  /** Tokens t..0 concatenated in reading order, in lower case: the lookup key. */
  key(t: number): string {
    let key = '';
    for (let k = t; k >= 0; k--) key += this.text.slice(this.start(k), this.end(k));
    return key.toLowerCase();
  }
}

/**
 * Collects up to MAX_NAME_TOKENS + 1 tokens ending at or before `end` (exclusive),
 * right to left, never reaching before `floor`.
 */
export function tokensBefore(text: string, end: number, floor: number): NameTokens {
  const tokens = new NameTokens(text);
  let i = end - 1;
  while (tokens.count < MAX_NAME_TOKENS + 1 && i >= floor) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      let s = letterRunStart(text, i, floor);
      // A number glued to the name: "1Cor", "2nd"; not "11Sam" or "Matt5John".
      if (s - 1 >= floor && isDigit(text.charCodeAt(s - 1)) && (s - 2 < floor || !isAlnum(text.charCodeAt(s - 2)))) s--;
      tokens.push(s, i + 1);
      i = s - 1;
    } else if (isDigit(c)) {
      // Only a lone number 1–4 can be part of a name ("4 Kingdoms"), and only as its first token.
      if (tokens.count === 0 || c > DIGIT_4 || (i - 1 >= floor && isAlnum(text.charCodeAt(i - 1)))) break;
      tokens.push(i, i + 1);
      break;
    } else break;
    const next = separatorStartBefore(text, i, floor);
    if (next < 0) break;
    i = next;
  }
  return tokens;
}

/**
 * The separator between two tokens ends at i (inclusive): up to two spaces and at most one
 * period. Returns the offset of the previous token's last character, or -1 when there is no
 * separator.
 */
function separatorStartBefore(text: string, i: number, floor: number): number {
  let j = i;
  let spaces = 0;
  while (j >= floor && isSpace(text.charCodeAt(j)) && spaces < 3) {
    j--;
    spaces++;
  }
  if (j >= floor && text.charCodeAt(j) === PERIOD) j--;
  while (j >= floor && isSpace(text.charCodeAt(j)) && spaces < 3) {
    j--;
    spaces++;
  }
  return j === i || spaces > 2 ? -1 : j;
}

/** A name may start at `start`: not inside a word, nor glued to a digit unless that ends the previous match ("Matt5John3"). */
export function boundaryBefore(text: string, start: number, floor: number): boolean {
  if (start === 0) return true;
  const c = text.charCodeAt(start - 1);
  if (isLetter(c)) return false;
  if (isDigit(c)) return start === floor;
  return true;
}
