import { describe, expect, it } from 'vitest';
import { cardAnnouncement, passageOpening } from '../../lib/announcement';
import type { Passage } from '../../lib/bible/passage';

const passage = (verses: Passage['verses']): Passage =>
  ({ translation: 'kjv', range: {} as Passage['range'], verses, truncated: false, totalVerses: verses.length }) as Passage;

describe('card announcement', () => {
  it('is the label and the first twelve words, across verses and runs', () => {
    const p = passage([
      { chapter: 3, verse: 16, runs: ['For God so loved the world, ', { j: 'that he gave' }] },
      { chapter: 3, verse: 17, runs: ['his only begotten Son, that whosoever'] },
    ]);
    expect(passageOpening(p)).toBe('For God so loved the world, that he gave his only begotten…');
    expect(cardAnnouncement('John 3:16–17', p)).toBe('John 3:16–17: For God so loved the world, that he gave his only begotten…');
  });

  it('has no ellipsis when the passage is short, and skips absent verses', () => {
    const p = passage([
      { chapter: 17, verse: 36, runs: [], absent: true },
      { chapter: 11, verse: 35, runs: ['Jesus wept.'] },
    ]);
    expect(cardAnnouncement('John 11:35', p)).toBe('John 11:35: Jesus wept.');
  });

  it('is the label alone without text', () => {
    expect(cardAnnouncement('Jude 3')).toBe('Jude 3');
    expect(cardAnnouncement('Jude 3', passage([]))).toBe('Jude 3');
  });
});
