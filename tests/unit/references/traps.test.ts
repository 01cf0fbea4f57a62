import { describe, expect, it } from 'vitest';
import { findReferences } from '../../../lib/references';

const none = (text: string) => expect(findReferences(text)).toEqual([]);

describe('traps: times, dates, ratios, scores, quantities', () => {
  it('rejects times', () => {
    none('Is 5:30 pm okay?');
    none('Is 10:30 a.m. too early?');
    none('Is 10:30 too early for a meeting?');
  });

  it('rejects dates and ratios', () => {
    none('Mar 3, 2024');
    none('So 3:1 odds are long');
    none('Acts 2:1 ratio of actors');
  });

  it('rejects quantities', () => {
    none('Jude 3 times asked');
    none('Genesis 1.5 million');
  });

  it('keeps real references with ordinary words after them', () => {
    expect(findReferences('Romans 8:34 split the room').map((m) => m.osis)).toEqual(['Rom.8.34']);
    expect(findReferences('Is. 53:5 speaks of his wounds').map((m) => m.osis)).toEqual(['Isa.53.5']);
  });
});
