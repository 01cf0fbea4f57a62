/** Character classes used by the scanner, on UTF-16 code units (no regex in the hot path). */

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** ASCII and Latin-1/Latin Extended-A letters (accented names do not break word boundaries). */
export const isLetter = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

export const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

export const isAlnum = (c: number): boolean => isDigit(c) || isLetter(c);

/** Space, tab, line breaks, no-break and thin spaces. */
export const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2002 || c === 0x2003;

/** "-", "–", "—", "‒", "−", "~" between the two ends of a range. */
export const isDash = (c: number): boolean =>
  c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2012 || c === 0x2212 || c === 0x2010 || c === 0x2011 || c === 126;

/** Index of the first non-space at or after i. */
export function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** End of the run of letters starting at i. */
export function letterRunEnd(text: string, i: number): number {
  while (i < text.length && isLetter(text.charCodeAt(i))) i++;
  return i;
}
