import { describe, expect, it } from 'vitest';
import { editDistance, squeeze } from '../../../lib/references/edit-distance';

describe('edit distance', () => {
  it('squeezes doubled letters', () => {
    expect(squeeze('mathhhew')).toBe('mathew');
    expect(squeeze('corinthiians')).toBe('corinthians');
  });

  it('charges half a step for vowels, h and swaps, a full step otherwise', () => {
    expect(editDistance('isiah', 'isaiah', 9)).toBe(1);
    expect(editDistance('pslam', 'psalm', 9)).toBe(1);
    expect(editDistance('mark', 'marc', 9)).toBe(2);
    expect(editDistance('romans', 'romans', 9)).toBe(0);
  });

  it('stops at the bound', () => {
    expect(editDistance('johnson', 'john', 2)).toBe(3);
    expect(editDistance('abcdefgh', 'zyxwvuts', 3)).toBe(4);
  });
});
