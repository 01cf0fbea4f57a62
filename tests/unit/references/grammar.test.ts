import { describe, expect, it } from 'vitest';
import { findReferences } from '../../../lib/references';

const osis = (text: string, options?: Parameters<typeof findReferences>[1]) =>
  findReferences(text, options).map((m) => m.osis);

describe('grammar', () => {
  it('reads chapter:verse with ":" or "."', () => {
    expect(osis('Rom 8:34')).toEqual(['Rom.8.34']);
    expect(osis('Rom 8.34')).toEqual(['Rom.8.34']);
    expect(osis('Rom.8.34')).toEqual(['Rom.8.34']);
  });

  it('reads ranges with dashes and words, within and across chapters and books', () => {
    expect(osis('Titus 1:1 through 2')).toEqual(['Titus.1.1-Titus.1.2']);
    expect(osis('Romans 1:1 thru 2:3')).toEqual(['Rom.1.1-Rom.2.3']);
    expect(osis('Romans 1:1 to 6')).toEqual(['Rom.1.1-Rom.1.6']);
    expect(osis('Gen 1:1 - Exod 2:3')).toEqual(['Gen.1.1-Exod.2.3']);
    expect(osis('Gen 1:16-7')).toEqual(['Gen.1.16-Gen.1.17']);
  });

  it('reads ff, f, a/b suffixes and psalm titles', () => {
    expect(osis('Rom 8:28ff')).toEqual(['Rom.8.28-Rom.8.39']);
    expect(osis('Rom 8:28 f')).toEqual(['Rom.8.28-Rom.8.39']);
    expect(osis('Rom 8:28b')).toEqual(['Rom.8.28']);
    expect(osis('Ps 23 title')).toEqual(['Ps.23.1']);
  });

  it('carries context through lists: , ; and & cf. see also', () => {
    expect(osis('Rom 8:28, 31 and 35')).toEqual(['Rom.8.28', 'Rom.8.31', 'Rom.8.35']);
    expect(osis('Heb 4:14 & 7:25')).toEqual(['Heb.4.14', 'Heb.7.25']);
    expect(osis('Exod 1:1 cf. 3')).toEqual(['Exod.1.1', 'Exod.1.3']);
    expect(osis('Exod 1:1 see also 3')).toEqual(['Exod.1.1', 'Exod.1.3']);
    expect(osis('Matthew 5, 6, 7')).toEqual(['Matt.5', 'Matt.6', 'Matt.7']);
    expect(osis('Romans 5:1; Gen 3')).toEqual(['Rom.5.1', 'Gen.3']);
  });

  it('reads chapter and verse keywords after a reference', () => {
    expect(osis('Matt 3:4 chapter 6')).toEqual(['Matt.3.4', 'Matt.6']);
    expect(osis('Exod 1:1 verse 3')).toEqual(['Exod.1.1', 'Exod.1.3']);
    expect(osis('Isaiah 54 verse 15')).toEqual(['Isa.54.15']);
    expect(osis('Phlm verse 6')).toEqual(['Phlm.1.6']);
    expect(osis('Genesis chapter 1')).toEqual(['Gen.1']);
  });

  it('needs a full capitalised name for a chapter alone, unless the setting allows abbreviations', () => {
    expect(osis('Romans 8')).toEqual(['Rom.8']);
    expect(osis('romans 8')).toEqual([]);
    expect(osis('Exo 8')).toEqual([]);
    expect(osis('Exo 8', { chapterOnlyAbbreviations: true })).toEqual(['Exod.8']);
    // Abbreviations that are not words stand alone as a full name does; capitals only where no acronym.
    expect(osis('Rom 8')).toEqual(['Rom.8']);
    expect(osis('HEB 11')).toEqual(['Heb.11']);
    expect(osis('ROM 8')).toEqual([]);
    expect(osis('rom 8')).toEqual([]);
    expect(osis('Rev 2')).toEqual([]);
    expect(osis('Job 3', { chapterOnlyAbbreviations: true })).toEqual([]);
    expect(osis('Lev 1 (NIV)')).toEqual(['Lev.1']);
    expect(osis('Gen.1')).toEqual(['Gen.1']);
  });

  it('needs chapter:verse for ambiguous names, unless the sentence cites the book', () => {
    expect(osis('Job 3 starts on Monday')).toEqual([]);
    expect(osis('Luke 2 said he would come')).toEqual([]);
    expect(osis('Job 3:1')).toEqual(['Job.3.1']);
    expect(osis('as we read in Acts 2, they were together')).toEqual(['Acts.2']);
    expect(osis('according to Mark 4, the seed grows')).toEqual(['Mark.4']);
    expect(osis('Acts 2 tells how the church began')).toEqual(['Acts.2']);
    expect(osis('as we read in Acts 1 and 2 of the play')).toEqual([]);
    expect(osis("as we read in Job 3's log")).toEqual([]);
  });

  it('drops an element that does not exist, and the numbers that belong to it', () => {
    expect(osis('Ps 119, 151:2, 3')).toEqual(['Ps.119']);
    expect(osis('Ps 150, 151, 2')).toEqual(['Ps.150', 'Ps.2']);
  });

  it('splits a backwards range like the parser', () => {
    expect(osis('Exodus 8 to Genesis 2:7')).toEqual(['Exod.8', 'Gen.2.7']);
    expect(osis('Heb 13-15')).toEqual(['Heb.13.15']);
  });

  it('does not read thousands as a list', () => {
    expect(osis('John 3:16, 1,000 people')).toEqual(['John.3.16']);
    expect(osis('Zechariah 1,000')).toEqual([]);
  });

  it('reads ordinal psalms', () => {
    expect(osis('the 23rd Psalm')).toEqual(['Ps.23']);
    expect(osis('the 11st Psalm')).toEqual([]);
  });
});
