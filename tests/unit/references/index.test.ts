import { describe, expect, it } from 'vitest';
import { contextAfter, findReferences } from '../../../lib/references';

const osis = (text: string, options?: Parameters<typeof findReferences>[1]) =>
  findReferences(text, options).map((m) => m.osis);

describe('findReferences: issue 3 formats', () => {
  it('finds full names and common abbreviations with chapter:verse', () => {
    expect(osis('Romans 8:34')).toEqual(['Rom.8.34']);
    expect(osis('see Rom 8:34.')).toEqual(['Rom.8.34']);
    expect(osis('Gen. 1:1 and Deut 6:4')).toEqual(['Gen.1.1', 'Deut.6.4']);
    expect(osis('Ps 23:1; Prov 3:5')).toEqual(['Ps.23.1', 'Prov.3.5']);
  });

  it('reads numbered books written 1, I, First and 1st', () => {
    expect(osis('1 Tim 2:5–6')).toEqual(['1Tim.2.5-1Tim.2.6']);
    expect(osis('I Kings 3:5')).toEqual(['1Kgs.3.5']);
    expect(osis('First John 1:9')).toEqual(['1John.1.9']);
    expect(osis('1st Cor 13:4')).toEqual(['1Cor.13.4']);
    expect(osis('II Samuel 7:12')).toEqual(['2Sam.7.12']);
    expect(osis('3 John 4')).toEqual(['3John.1.4']);
  });

  it('reads ranges written with -, – and —', () => {
    expect(osis('Heb 7:23-25')).toEqual(['Heb.7.23-Heb.7.25']);
    expect(osis('Heb 7:23–25')).toEqual(['Heb.7.23-Heb.7.25']);
    expect(osis('Heb 7:23—25')).toEqual(['Heb.7.23-Heb.7.25']);
    expect(osis('Genesis 1:1–2:3')).toEqual(['Gen.1.1-Gen.2.3']);
    expect(osis('Matthew 5–7')).toEqual(['Matt.5-Matt.7']);
  });

  it('carries book and chapter through lists with , and ;', () => {
    const m = findReferences('Heb 7:23–25; 4:16');
    expect(m.map((x) => [x.text, x.osis, x.contextual])).toEqual([
      ['Heb 7:23–25', 'Heb.7.23-Heb.7.25', undefined],
      ['4:16', 'Heb.4.16', undefined],
    ]);
    expect(osis('John 3:16, 18')).toEqual(['John.3.16', 'John.3.18']);
    expect(osis('Romans 8:28, 1 Cor 13:4')).toEqual(['Rom.8.28', '1Cor.13.4']);
  });

  it('reads a bare number after a one-chapter book as a verse', () => {
    expect(osis('Jude 3')).toEqual(['Jude.1.3']);
    expect(osis('Philemon 6')).toEqual(['Phlm.1.6']);
    expect(osis('Obadiah 1:4')).toEqual(['Obad.1.4']);
  });

  it('checks every reference against the versification', () => {
    expect(osis('John 22:1')).toEqual([]);
    expect(osis('Romans 8:40')).toEqual([]);
    expect(osis('Jude 26')).toEqual([]);
    expect(osis('Psalm 151')).toEqual([]);
  });

  it('respects word boundaries', () => {
    expect(osis('Johnson 4:24')).toEqual([]);
    expect(osis('Ajohn 3:16')).toEqual([]);
  });

  it('gives offsets into the scanned text', () => {
    const text = 'As Paul says in Romans 8:34, Christ intercedes.';
    const [m] = findReferences(text);
    expect(m.start).toBe(16);
    expect(m.end).toBe(27);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.text).toBe('Romans 8:34');
  });

  it('returns nothing for text without references', () => {
    expect(findReferences('')).toEqual([]);
    expect(findReferences('The meeting is at 5:30 pm on March 3, 2024.')).toEqual([]);
  });
});

describe('contextAfter', () => {
  it('returns the book and chapter of the last match', () => {
    expect(contextAfter(findReferences('Heb 7:23–25; 4:16'))).toEqual({ passage: { book: 'Heb', chapter: 4 } });
    expect(contextAfter(findReferences('Matthew 5–7'))).toEqual({ passage: { book: 'Matt', chapter: 7 } });
  });

  it('keeps the previous context when there are no matches', () => {
    expect(contextAfter([], { passage: { book: 'Rom', chapter: 8 } })).toEqual({ passage: { book: 'Rom', chapter: 8 } });
    expect(contextAfter([])).toBeUndefined();
  });
});

describe('findReferences: ranges, ordinals and short names as the parser reads them', () => {
  it('splits a backwards range in one book into two references', () => {
    expect(osis('Proverbs 31:30-1:1')).toEqual(['Prov.31.30', 'Prov.1.1']);
    expect(osis('Phm 8-7')).toEqual(['Phlm.1.8', 'Phlm.1.7']);
  });

  it('gives a chapter:verse range end the leading digits of its start', () => {
    expect(osis('Ps 121-22:4')).toEqual(['Ps.121.1-Ps.122.4']);
    expect(osis('Ps 21:6-2:4')).toEqual(['Ps.21.6-Ps.22.4']);
  });

  it('reads "chapter N" and "v N" after a range mark', () => {
    expect(osis('Genesis 1:2-ch 7')).toEqual(['Gen.1.2-Gen.7.24']);
    expect(osis('Deut 15 – v19-23')).toEqual(['Deut.15.19-Deut.15.23']);
    expect(osis('Genesis 0-12')).toEqual(['Gen.12']);
    expect(osis('Genesis 49-Obadiah 1')).toEqual(['Gen.49-Obad.1']);
  });

  it('joins an ordinal psalm and its verses', () => {
    expect(osis('the 23rd Psalm, verse 6')).toEqual(['Ps.23.6']);
    expect(osis('the 122 nd Psalm')).toEqual(['Ps.122']);
    expect(osis('23rd Psalm vv.3-4, 1st Psalm v3')).toEqual(['Ps.23.3-Ps.23.4', 'Ps.1.3']);
  });

  it('reads short names only before chapter:verse, and not running on into prose', () => {
    expect(osis('(Rt 1:16)')).toEqual(['Ruth.1.16']);
    expect(osis('1 Ch 29:11')).toEqual(['1Chr.29.11']);
    expect(osis('Rt 1')).toEqual([]);
    expect(osis('Call Joe 2:30 tomorrow.')).toEqual([]);
    expect(osis('Ha 2:1 was the score')).toEqual([]);
  });
});
