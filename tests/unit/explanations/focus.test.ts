import { describe, expect, it } from 'vitest';
import { focusOffset, sentenceStarts } from '../../../lib/explanations/focus';

const verse = 'For God so loved the world, that he gave his only begotten Son, that whosoever believeth in him should not perish, but have everlasting life.';
const filler = (topic: string, n: number) => Array.from({ length: n }, (_, i) => `A sentence about ${topic} number ${i} goes here.`).join(' ');

describe('focusOffset', () => {
  it('starts the excerpt at the sentence that speaks of the passage', () => {
    const text = `${filler('a visit by night', 12)} Here God is shown to have loved a lost world. Whoever believes shall not perish. ${filler('baptism', 12)}`;
    const at = focusOffset(text, verse, 200);
    expect(text.slice(at)).toMatch(/^Here God is shown to have loved a lost world\./);
  });

  it('keeps the start of a short block, and of a block that shares too little with the passage', () => {
    expect(focusOffset('Short comment. Loved world perish.', verse, 500)).toBe(0);
    expect(focusOffset(filler('something else entirely', 40), verse, 200)).toBe(0);
  });

  it('compares the first letters of words, so word forms meet', () => {
    const text = `${filler('other matters', 15)} Believers, loving him, will never perish. ${filler('other matters', 15)}`;
    expect(text.slice(focusOffset(text, verse, 120))).toMatch(/^Believers, loving him/);
  });
});

describe('sentenceStarts', () => {
  it('splits after a full stop, question or exclamation mark, with closing quotes', () => {
    const text = 'One. "Two?" Three! (Four.) five. Six';
    expect(sentenceStarts(text).map((at) => text.slice(at, at + 4))).toEqual(['One.', '"Two', 'Thre', '(Fou', 'Six']);
  });
});
