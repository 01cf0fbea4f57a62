import { describe, expect, it } from 'vitest';
import { isDash, isLetter, isSpace, isUpper, skipSpaces } from '../../../lib/references/chars';

const c = (s: string) => s.charCodeAt(0);

describe('character classes', () => {
  it('knows letters, capitals, spaces and dashes', () => {
    expect(isLetter(c('é'))).toBe(true);
    expect(isLetter(c('1'))).toBe(false);
    expect(isUpper(c('R'))).toBe(true);
    expect(isUpper(c('r'))).toBe(false);
    expect(isSpace(c('\u00a0'))).toBe(true);
    for (const d of ['-', '–', '—']) expect(isDash(c(d))).toBe(true);
    expect(isDash(c(':'))).toBe(false);
  });

  it('skips spaces', () => {
    expect(skipSpaces('a  b', 1)).toBe(3);
    expect(skipSpaces('ab', 1)).toBe(1);
  });
});
