import { describe, expect, it } from 'vitest';
import {
  formatOsisRange,
  formatRangeLabel,
  parseOsisList,
  parseOsisRange,
  versesOf,
} from '../../../lib/bible/osis';
import { OSIS_BOOKS, osisToName } from '../../../lib/bible/books';

const label = (osis: string) => formatRangeLabel(parseOsisRange(osis)!);

describe('parseOsisRange', () => {
  it('expands chapters and books to verse ranges', () => {
    expect(formatOsisRange(parseOsisRange('Rom.8')!)).toBe('Rom.8.1-Rom.8.39');
    expect(formatOsisRange(parseOsisRange('Jude')!)).toBe('Jude.1.1-Jude.1.25');
    expect(formatOsisRange(parseOsisRange('Matt.5-Matt.7')!)).toBe('Matt.5.1-Matt.7.29');
  });

  it('rejects what the versification lacks or what runs backwards', () => {
    expect(parseOsisRange('John.22.1')).toBeUndefined();
    expect(parseOsisRange('Matt.5.0')).toBeUndefined();
    expect(parseOsisRange('Rom.8.34-Rom.8.30')).toBeUndefined();
    expect(parseOsisRange('Foo.1.1')).toBeUndefined();
    expect(parseOsisList('Rom.8.34,Bad')).toBeUndefined();
  });

  it('counts verses across chapters and books', () => {
    expect([...versesOf(parseOsisRange('Gen.1.1-Gen.2.3')!)]).toHaveLength(34);
    expect([...versesOf(parseOsisRange('Mal.4.6-Matt.1.2')!)]).toEqual([
      'Mal.4.6',
      'Matt.1.1',
      'Matt.1.2',
    ]);
  });
});

describe('formatRangeLabel', () => {
  it('writes labels a reader expects', () => {
    expect(label('Rom.8.34')).toBe('Romans 8:34');
    expect(label('1Tim.2.5-1Tim.2.6')).toBe('1 Timothy 2:5–6');
    expect(label('Gen.1.1-Gen.2.3')).toBe('Genesis 1:1–2:3');
    expect(label('Rom.8')).toBe('Romans 8');
    expect(label('Matt.5-Matt.7')).toBe('Matthew 5–7');
    expect(label('Jude.1.3')).toBe('Jude 3');
  });
});

describe('labels in the UI language', () => {
  it('Spanish labels use Spanish book names and the same numbers', () => {
    const spanish = (osis: string) => formatRangeLabel(parseOsisRange(osis)!, 'es');
    expect(spanish('Rom.8.34')).toBe('Romanos 8:34');
    expect(spanish('1Tim.2.5-1Tim.2.6')).toBe('1 Timoteo 2:5–6');
    expect(spanish('Jude.1.3')).toBe('Judas 3');
    expect(spanish('Rev.22.1-Rev.22.21')).toBe('Apocalipsis 22');
    expect(spanish('Gen.50.26-Exod.1.1')).toBe('Génesis 50:26–Éxodo 1:1');
    expect(formatRangeLabel(parseOsisRange('Rom.8.34')!)).toBe('Romans 8:34');
  });

  it('every book has its own Spanish name', () => {
    const names = OSIS_BOOKS.map((book) => osisToName(book, 'es'));
    expect(new Set(names).size).toBe(66);
    expect(names.every((n) => n.trim() === n && n.length > 0)).toBe(true);
  });
});
