import { describe, expect, it } from 'vitest';
import { findReferences } from '../../../lib/references';
import { ordinalAt } from '../../../lib/references/written';

const found = (text: string) => findReferences(text).map((m) => [m.text, m.osis]);

describe('references written out', () => {
  it('reads ordinals in digits and in words', () => {
    expect(ordinalAt('5th', 0)).toEqual({ value: 5, end: 3, exact: true });
    expect(ordinalAt('20nd', 0)).toEqual({ value: 20, end: 4, exact: false });
    expect(ordinalAt('122 nd Psalm', 0)).toEqual({ value: 122, end: 6, exact: true });
    expect(ordinalAt('119 th ch.', 0)).toBeUndefined();
    expect(ordinalAt('twenty-third', 0)).toEqual({ value: 23, end: 12, exact: true });
    expect(ordinalAt('one hundred and nineteenth', 0)).toEqual({ value: 119, end: 26, exact: true });
    expect(ordinalAt('tenth', 0)).toEqual({ value: 10, end: 5, exact: true });
    expect(ordinalAt('twenty', 0)).toBeUndefined();
    expect(ordinalAt('5', 0)).toBeUndefined();
  });

  it('reads "the Nth chapter of Book", with the book named in full, plain or as "the Gospel of"', () => {
    expect(found('the 5th chapter of Mark')).toEqual([['5th chapter of Mark', 'Mark.5']]);
    expect(found('the second chapter of the Gospel of Luke')).toEqual([['second chapter of the Gospel of Luke', 'Luke.2']]);
    expect(found('the third chapter of the Gospel according to St. John')).toEqual([['third chapter of the Gospel according to St. John', 'John.3']]);
    expect(found('1st ch. of Mark')).toEqual([['1st ch. of Mark', 'Mark.1']]);
  });

  it('reads verses of a chapter', () => {
    expect(found('the tenth verse of the fourth chapter of Philippians')).toEqual([['tenth verse of the fourth chapter of Philippians', 'Phil.4.10']]);
    expect(found('verse 10 of chapter 4 of Philippians')).toEqual([['verse 10 of chapter 4 of Philippians', 'Phil.4.10']]);
    expect(found('the 16th verse of John 3')).toEqual([['16th verse of John 3', 'John.3.16']]);
  });

  it('reads "Chapter N of Book" with verses after it: one reference for one chapter, two for a range', () => {
    expect(found('Chapter 1 of Genesis, verses 18-19:4')).toEqual([['Chapter 1 of Genesis, verses 18-19:4', 'Gen.1.18-Gen.19.4']]);
    expect(found('Chs. 1 to 5 of Genesis verse 16')).toEqual([
      ['Chs. 1 to 5 of Genesis', 'Gen.1-Gen.5'],
      ['verse 16', 'Gen.5.16'],
    ]);
  });

  it('reads a psalm by its ordinal, with the verses after it', () => {
    expect(found('the 23rd Psalm, verses 2 and 4')).toEqual([
      ['23rd Psalm, verses 2', 'Ps.23.2'],
      ['4', 'Ps.23.4'],
    ]);
    expect(found('the 11st Psalm')).toEqual([]);
  });

  it('stays silent on chapters of other books and on names that run on', () => {
    expect(found('the fifth chapter of my thesis')).toEqual([]);
    expect(found("chapter 5 of Mark Twain's novel")).toEqual([]);
    expect(found('chapter 3 of Numbers for Beginners')).toEqual([]);
    expect(found('the first chapter of the manual')).toEqual([]);
    expect(found('chapter 99 of Genesis')).toEqual([]);
  });
});
