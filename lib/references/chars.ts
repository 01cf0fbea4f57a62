/** Character classes used by the scanner, on UTF-16 code units (no regex in the hot path). */

/** Code units the grammar compares against, by name. */
const TAB = 9;
export const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
export const SPACE = 32;
export const PERCENT = 37;
export const AMPERSAND = 38;
export const APOSTROPHE = 39;
export const OPEN_PAREN = 40;
export const CLOSE_PAREN = 41;
export const ASTERISK = 42;
export const COMMA = 44;
const HYPHEN = 45;
export const PERIOD = 46;
export const DIGIT_0 = 48;
const DIGIT_1 = 49;
const DIGIT_3 = 51;
export const DIGIT_4 = 52;
const DIGIT_9 = 57;
export const COLON = 58;
export const SEMICOLON = 59;
export const OPEN_BRACKET = 91;
export const CLOSE_BRACKET = 93;
export const LOWER_A = 97;
export const LOWER_B = 98;
export const LOWER_F = 102;
const TILDE = 126;
export const NO_BREAK_SPACE = 0xa0;
export const RIGHT_SINGLE_QUOTE = 0x2019;
/** OR-ing this into an ASCII capital gives its lower-case letter. */
export const CASE_BIT = 32;

export const isDigit = (c: number): boolean => c >= DIGIT_0 && c <= DIGIT_9;

/** "1"–"3": the numbers a numbered book's name can start with ("1 Cor", "3 John"). */
export const isBookNumberDigit = (c: number): boolean => c >= DIGIT_1 && c <= DIGIT_3;

/** ASCII and Latin-1/Latin Extended-A letters (accented names do not break word boundaries). */
export const isLetter = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

export const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

export const isAlnum = (c: number): boolean => isDigit(c) || isLetter(c);

/** Space, tab, line breaks, no-break and thin spaces. */
export const isSpace = (c: number): boolean =>
  c === SPACE || c === TAB || c === LINE_FEED || c === CARRIAGE_RETURN || c === NO_BREAK_SPACE || c === 0x2009 || c === 0x202f || c === 0x2002 || c === 0x2003;

/** "-", "–", "—", "‒", "−", "~" between the two ends of a range. */
export const isDash = (c: number): boolean =>
  c === HYPHEN || c === 0x2013 || c === 0x2014 || c === 0x2012 || c === 0x2212 || c === 0x2010 || c === 0x2011 || c === TILDE;

/**
 * Index of the first digit at or after i, or `stop` when there is none before it: the scanner's
 * hot loop, kept here so that it compares against this module's own constants.
 */
export function nextDigit(text: string, i: number, stop: number): number {
  for (; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c <= DIGIT_9 && c >= DIGIT_0) return i;
  }
  return stop;
}

/**
 * Bracket depth after reading text[from..to) from `depth`: "(" and "[" open, ")" and "]" close,
 * and a line break closes them all.
 */
export function bracketDepth(text: string, from: number, to: number, depth: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_PAREN || c === OPEN_BRACKET) depth++;
    else if ((c === CLOSE_PAREN || c === CLOSE_BRACKET) && depth > 0) depth--;
    else if (c === LINE_FEED) depth = 0;
  }
  return depth;
}

/** Start of the run of letters ending at `end` (exclusive), not before `floor`. */
export function letterRunStart(text: string, end: number, floor: number): number {
  let s = end;
  while (s > floor && isLetter(text.charCodeAt(s - 1))) s--;
  return s;
}

/** Index of the first non-space at or after i. */
export function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** End of the run of digits starting at i. */
export function digitRunEnd(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}
