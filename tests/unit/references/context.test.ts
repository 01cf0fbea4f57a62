import { describe, expect, it } from 'vitest';
import { bookOfHeading, contextAfter, contextOfHeading, passageOfOsis } from '../../../lib/references/context';
import { findReferences, type DetectOptions } from '../../../lib/references';

const refs = (text: string, options?: DetectOptions) =>
  findReferences(text, options).map((m) => [m.text, m.osis, m.contextual ?? false]);

/** Contextual matches only: [text, osis]. */
const cues = (text: string, options?: DetectOptions) =>
  findReferences(text, options)
    .filter((m) => m.contextual)
    .map((m) => [m.text, m.osis]);

/** The blocks of a page, as the content script reads them: a heading opens a section. */
function page(blocks: Array<{ heading?: string; text?: string }>): string[][] {
  let context = undefined as ReturnType<typeof contextAfter>;
  const out: string[][] = [];
  for (const b of blocks) {
    const heading = b.heading !== undefined;
    const text = b.heading ?? b.text ?? '';
    const matches = findReferences(text, { context, heading });
    for (const m of matches) if (m.contextual) out.push([m.text, m.osis]);
    context = heading ? contextOfHeading(text, matches) : contextAfter(matches, context);
  }
  return out;
}

describe('context', () => {
  it('reads the book and chapter an OSIS reference ends in', () => {
    expect(passageOfOsis('Heb.7.23-Heb.7.25')).toEqual({ book: 'Heb', chapter: 7 });
    expect(passageOfOsis('Matt.5-Matt.7')).toEqual({ book: 'Matt', chapter: 7 });
    expect(contextAfter([{ osis: 'Rom.8.28' }])).toEqual({ passage: { book: 'Rom', chapter: 8 } });
  });

  it('takes a book from a heading', () => {
    expect(bookOfHeading('Hebrews')).toEqual({ book: 'Heb' });
    expect(bookOfHeading('The Letter to the Hebrews')).toEqual({ book: 'Heb' });
    expect(bookOfHeading('Romans 8')).toEqual({ book: 'Rom', chapter: 8 });
    expect(bookOfHeading('Recent posts')).toBeUndefined();
    expect(contextOfHeading('Hebrews', [])).toEqual({ passage: { book: 'Heb' }, fromHeading: true });
  });

  it('resolves v., vv., verse(s) and ch. against the last full reference', () => {
    expect(refs('Romans 8:28. In v. 28a and vv. 31, 35 Paul goes on.')).toEqual([
      ['Romans 8:28', 'Rom.8.28', false],
      ['v. 28a', 'Rom.8.28', true],
      ['vv. 31', 'Rom.8.31', true],
      ['35', 'Rom.8.35', true],
    ]);
    expect(refs('James 1:2 (v.16-17)')).toEqual([
      ['James 1:2', 'Jas.1.2', false],
      ['v.16-17', 'Jas.1.16-Jas.1.17', true],
    ]);
    expect(refs('Read James 1:2. Verses 4 and 5 follow.')).toEqual([
      ['James 1:2', 'Jas.1.2', false],
      ['Verses 4', 'Jas.1.4', true],
      ['5', 'Jas.1.5', true],
    ]);
    expect(refs('Genesis 1:1; by ch. 3 it goes wrong')).toEqual([
      ['Genesis 1:1', 'Gen.1.1', false],
      ['ch. 3', 'Gen.3', true],
    ]);
  });

  it('resolves (C:V) and cues from the context option', () => {
    expect(refs('He endured the cross (12:2).', { context: { passage: { book: 'Heb' } } })).toEqual([['12:2', 'Heb.12.2', true]]);
    expect(refs('see verse 5', { context: { passage: { book: 'Rom', chapter: 8 } } })).toEqual([['verse 5', 'Rom.8.5', true]]);
  });

  it('never resolves a bare number without a cue', () => {
    expect(refs('He was 12 (and 28) then.', { context: { passage: { book: 'Rom', chapter: 8 } } })).toEqual([]);
    expect(refs('It cost (12) dollars', { context: { passage: { book: 'Heb' } } })).toEqual([]);
    expect(refs('see verse 5')).toEqual([]);
  });

  it('leaves "verse 2 of the hymn" alone: the cue names something else', () => {
    expect(cues('Our text is Romans 8:31-39. We sang verse 2 of the hymn because v. 34 is the hinge.')).toEqual([['v. 34', 'Rom.8.34']]);
  });
});

describe('cross-references', () => {
  it('marks references in parentheses and after cf., see, see also, compare and par.', () => {
    const text = 'Heb 7:23 (Num 20:28); cf. Deut 10:6, see also Exod 29:29, compare Lev 8:7 and par. Luke 8:22-25; Matt 8:23.';
    expect(findReferences(text).map((m) => [m.text, m.crossReference ?? false])).toEqual([
      ['Heb 7:23', false],
      ['Num 20:28', true],
      ['Deut 10:6', true],
      ['Exod 29:29', true],
      ['Lev 8:7', true],
      ['Luke 8:22-25', true],
      ['Matt 8:23', true],
    ]);
  });

  it('keeps the passage under discussion as the context', () => {
    // The paragraph: the aside to Numbers must not take over.
    const text = 'Our text today is Heb 7:23-24. Aaron died on Mount Hor (Num 20:28). In vv. 23-24 the writer points to a priest who lives.';
    expect(cues(text)).toEqual([['vv. 23-24', 'Heb.7.23-Heb.7.24']]);
    expect(cues('Mark 4:35-41 (par. Matt 8:23-27; Luke 8:22-25). In v. 39 Jesus speaks.')).toEqual([['v. 39', 'Mark.4.39']]);
    expect(cues('Read Heb 7:23-24, cf. Num 20:28 and Deut 10:6. Verse 24 says he continues.')).toEqual([['Verse 24', 'Heb.7.24']]);
  });

  it('lets a heading in parentheses name the section, and an aside under it change nothing', () => {
    expect(
      page([
        { heading: 'A priest who does not die (Heb 7:23-24)' },
        { text: 'Aaron was stripped of his garments on the mountain (Num 20:28). But v. 24 turns on one word.' },
        { text: 'Numbers 20:29 says Israel mourned. In chapter 9 the writer turns to the tent.' },
      ]),
    ).toEqual([['v. 24', 'Heb.7.24']]);
  });

  it('does not let a cross-reference in a heading after "cf." name the section', () => {
    expect(page([{ heading: 'Hebrews 7:23-28 (cf. Num 20:28)' }, { text: 'In v. 26 the priest is holy.' }])).toEqual([['v. 26', 'Heb.7.26']]);
  });
});

describe('two passages', () => {
  it('makes no contextual match when two books could be meant and nothing decides', () => {
    expect(cues('Our text is Heb 7:23-24. Numbers 20:28 tells how Aaron died. In v. 24 the writer goes on.')).toEqual([]);
    // The psalm has no verse 21: only Hebrews 7 can be meant.
    expect(cues('Hebrews 7 leans on Psalm 110:4, quoted again in v. 21.')).toEqual([['v. 21', 'Heb.7.21']]);
  });

  it('keeps the earlier book possible across blocks until the next heading', () => {
    expect(page([{ text: 'Our text is Heb 7:23-24.' }, { text: 'Numbers 20:28 tells of Aaron. In v. 24 the writer says more.' }])).toEqual([]);
    expect(
      page([{ text: 'Our text is Heb 7:23-24.' }, { text: 'Numbers 20:28 tells of Aaron.' }, { heading: 'Hebrews 8' }, { text: 'In v. 6 the covenant is better.' }]),
    ).toEqual([['v. 6', 'Heb.8.6']]);
  });

  it('lets an aside stop a cue when the context comes from an earlier block', () => {
    // The passage came from the block before; this block cites another chapter only in parentheses.
    expect(page([{ text: 'We are reading Heb 7:23-28.' }, { text: '"It is appointed for men to die once" (Heb 9:27). In v. 28 Christ appears.' }])).toEqual([]);
    // Without an earlier passage, a parenthetical reference alone never becomes the context.
    expect(cues('Aaron died on the mountain (Num 20:28). In v. 24 the writer goes on.')).toEqual([]);
    // Quoted in parentheses, then running text in another book: both could be meant.
    expect(cues('"They were prevented by death from continuing" (Heb 7:23). Like Aaron in Numbers 20:28. But v. 24 differs.')).toEqual([]);
  });

  it('changes chapter with "chapter 9" and "ch. 10 v. 3" in the running text', () => {
    expect(cues('Hebrews 7:1 opens the argument. In chapter 9 the tent; v. 4 the altar; ch. 10 v. 3 the reminder.')).toEqual([
      ['chapter 9', 'Heb.9'],
      ['v. 4', 'Heb.9.4'],
      ['ch. 10 v. 3', 'Heb.10.3'],
    ]);
  });
});
