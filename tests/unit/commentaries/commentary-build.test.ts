/** The commentary build's pieces on small fragments shaped like the modules' OSIS text. */
import { describe, expect, it } from 'vitest';
import counts from '../../../lib/bible/kjv-verse-counts.json';
import type { CommentaryChapter } from '../../../lib/commentaries/types';
import { uncoveredRanges, type VerseCounts } from '../../../scripts/commentaries/blocks';
import { layOutBook } from '../../../scripts/commentaries/layout';
import { buildMhccBooks } from '../../../scripts/commentaries/mhcc';
import { walkOsis } from '../../../scripts/commentaries/osis-walk';
import { parseConf } from '../../../scripts/commentaries/sword-module';
import { buildTdavidPsalms, parseVerseHeading } from '../../../scripts/commentaries/tdavid';

const COUNTS = counts as VerseCounts;

/** An x-p paragraph milestone pair, numbered like the modules'. */
let gen = 100;
function p(inner: string): string {
  const id = `gen${gen++}`;
  return `<div sID="${id}" type="x-p"/> ${inner} <div eID="${id}" type="x-p"/>`;
}

describe('walkOsis', () => {
  it('reads paragraphs with their opening bold run, titles, table rows, poetry lines and entities', () => {
    gen = 1;
    const events = walkOsis(
      book(
        'Gen',
        () =>
          `<title type="x-s2">Chapter 1</title>` +
          `<table> <row><cell>God creates.</cell><cell>(1-2)</cell></row> </table>` +
          p(`<hi type="bold">Verses 1-2</hi>`) +
          p(`The first &amp; <reference osisRef="Ps.1.1">Ps 1:1</reference>,\u00a0 <hi type="italic">said</hi>  he.`) +
          ` ${lg('A line,')} `,
      ),
    );
    expect(events).toEqual([
      { kind: 'book', osis: 'Gen' },
      { kind: 'title', type: 'x-s2', text: 'Chapter 1' },
      { kind: 'row', cells: ['God creates.', '(1-2)'] },
      { kind: 'paragraph', id: 2, text: 'Verses 1-2', bold: 'Verses 1-2' },
      { kind: 'paragraph', id: 3, text: 'The first & Ps 1:1, said he.' },
      { kind: 'line', text: 'A line,' },
    ]);
  });

  it('takes the whole opening bold run as the heading, italics inside it included', () => {
    gen = 10;
    expect(walkOsis(p('<hi type="bold">Verse 1 <hi type="italic">(first clause)</hi>.</hi> Text.'))).toEqual([
      { kind: 'paragraph', id: 10, text: 'Verse 1 (first clause). Text.', bold: 'Verse 1 (first clause).' },
    ]);
    expect(walkOsis(p('Text <hi type="bold">Verse 2</hi>'))[0]).not.toHaveProperty('bold');
  });

  it('refuses unknown markup, stray text, and paragraphs read twice or out of order', () => {
    expect(() => walkOsis(p('a <note>b</note>'))).toThrow(/unknown element <note>/);
    expect(() => walkOsis(p('a <hi type="underline">b</hi>'))).toThrow(/unknown <hi/);
    expect(() => walkOsis('loose text')).toThrow(/text outside a paragraph/);
    expect(() => walkOsis('<div sID="gen5" type="x-p"/>a<div eID="gen5" type="x-p"/><div sID="gen5" type="x-p"/>a<div eID="gen5" type="x-p"/>')).toThrow(
      /out of order or repeated/,
    );
    expect(() => walkOsis('<div sID="gen7" type="x-p"/>a<div eID="gen6" type="x-p"/>')).toThrow(/ends without a start/);
    expect(() => walkOsis('<div sID="gen8" type="introduction"/>')).toThrow(/never closed/);
    expect(() => walkOsis(p('a &#169; b'))).not.toThrow(); // left in the text, where the residue check catches it
  });
});

describe('parseConf', () => {
  it('reads the Key=Value lines of a module .conf', () => {
    const conf = parseConf('[MHCC]\nDataPath=./modules/comments/zcom/mhcc/\nModDrv=zCom4\nAbout=a=b\n');
    expect(conf.get('ModDrv')).toBe('zCom4');
    expect(conf.get('About')).toBe('a=b');
  });
});

/** A book div around a fragment; the body is made after the book's own id, as numbers must rise. */
function book(osis: string, body: () => string): string {
  const id = `gen${gen++}`;
  return `<div canonical="true" osisID="${osis}" sID="${id}" type="book"/>${body()}<div canonical="true" eID="${id}" osisID="${osis}" type="book"/>`;
}

/** A poetry line group, numbered like the paragraphs. */
function lg(...lines: string[]): string {
  const group = `gen${gen++}`;
  const ls = lines.map((l) => {
    const id = `gen${gen++}`;
    return `<l level="1" sID="${id}"/>${l}<l eID="${id}" level="1"/>`;
  });
  return `<lg sID="${group}"/>${ls.join(' ')}<lg eID="${group}"/>`;
}

describe('MHCC structure', () => {
  it('finds the introduction, chapters, outline and verse blocks; a heading-less chapter is one block', () => {
    gen = 1000;
    const text = book(
      'Obad',
      () =>
        `<chapter n="1" osisID="Obad.1" sID="Obad.1"/><title type="main">Obadiah</title>` +
        p('The first part denounces Edom.') +
        `<title type="x-s2">Chapter 1</title><title type="x-IS">Chapter Outline</title>` +
        p('Destruction to come upon Edom.') +
        p('(1-16)') +
        p('Restoration. (Ob 17-19) Its glory. (Ob 20-21)') +
        p('<hi type="bold">Verses 1-16</hi>') +
        p('This prophecy is against Edom.') +
        p('A second paragraph.') +
        p('<hi type="bold">Verse 17</hi> ,18 There should be deliverance.') +
        p('<hi type="bold">Verses 19-21</hi> . Much of this prophecy was fulfilled.'),
    );
    const { books, report } = buildMhccBooks(walkOsis(text), COUNTS, [], 30);
    expect(books).toHaveLength(1);
    const [obad] = books;
    expect(obad.intro).toEqual(['The first part denounces Edom.']);
    expect(obad.chapters[0].outline).toEqual(['Destruction to come upon Edom. (1-16)', 'Restoration. (Ob 17-19)', 'Its glory. (Ob 20-21)']);
    expect(obad.chapters[0].blocks).toEqual([
      { id: 'obad-1-1-16', startVerse: 1, endVerse: 16, heading: 'Verses 1–16', paragraphs: ['This prophecy is against Edom.', 'A second paragraph.'] },
      { id: 'obad-1-17-18', startVerse: 17, endVerse: 18, heading: 'Verses 17–18', paragraphs: ['There should be deliverance.'] },
      { id: 'obad-1-19-21', startVerse: 19, endVerse: 21, heading: 'Verses 19–21', paragraphs: ['Much of this prophecy was fulfilled.'] },
    ]);
    expect(report).toMatchObject({ headingsContinued: 1, strayStops: 1, gaps: [] });

    const single = book(
      'Phlm',
      () =>
        `<chapter n="1" osisID="Phlm.1" sID="Phlm.1"/><title type="main">Philemon</title><title type="x-s2">Chapter 1</title>` +
        p("Paul's letter.") +
        p('--Faith in Christ unites saints.'),
    );
    const phlm = buildMhccBooks(walkOsis(single), COUNTS, [], 56);
    expect(phlm.books[0].chapters[0]).toEqual({
      chapter: 1,
      outline: ["Paul's letter."],
      blocks: [{ id: 'phlm-1-1-25', startVerse: 1, endVerse: 25, heading: 'Verses 1–25', paragraphs: ['Faith in Christ unites saints.'] }],
    });
    expect(phlm.report.wholeChapterBlocks).toEqual(['Phlm.1']);
  });

  it('reports verses no heading names, and applies a range fix only where it fills that gap', () => {
    gen = 2000;
    const text = book(
      'Jude',
      () =>
        `<chapter n="1" osisID="Jude.1" sID="Jude.1"/><title type="main">Jude</title><title type="x-s2">Chapter 1</title>` +
        p('<hi type="bold">Verses 1-4</hi>') +
        p('Called out of the world.') +
        p('<hi type="bold">Verses 8-25</hi>') +
        p('An awful description.'),
    );
    const events = walkOsis(text);
    expect(buildMhccBooks(events, COUNTS, [], 64).report.gaps).toEqual(['Jude.1.5-7']);
    const fix = { chapter: 'Jude.1', from: [1, 4], to: [1, 7], why: 'test' } as const;
    const fixed = buildMhccBooks(events, COUNTS, [fix], 64);
    expect(fixed.report.gaps).toEqual([]);
    expect(fixed.books[0].chapters[0].blocks[0]).toMatchObject({ id: 'jude-1-1-7', heading: 'Verses 1–7' });
    expect(() => buildMhccBooks(events, COUNTS, [{ ...fix, to: [1, 9] }], 64)).toThrow(/does not fill a gap/);
    expect(() => buildMhccBooks(events, COUNTS, [{ ...fix, from: [2, 4] }], 64)).toThrow(/0 headings match/);
  });

  it('fails on what it does not expect: a book out of order, a skipped chapter, an unknown bold run', () => {
    gen = 3000;
    const chapter = (osis: string, n: number) => `<chapter n="${n}" osisID="${osis}.${n}" sID="${osis}.${n}"/><title type="x-s2">Chapter ${n}</title>`;
    expect(() => buildMhccBooks(walkOsis(book('Jude', () => chapter('Jude', 1) + p('--x'))), COUNTS, [], 0)).toThrow(/book Jude where Gen was expected/);
    expect(() => buildMhccBooks(walkOsis(book('Ruth', () => chapter('Ruth', 1) + p('--x') + chapter('Ruth', 3) + p('--y'))), COUNTS, [], 7)).toThrow(
      /after chapter 1|after 1 others/,
    );
    expect(() => buildMhccBooks(walkOsis(book('Jude', () => chapter('Jude', 1) + p('<hi type="bold">Note</hi> x'))), COUNTS, [], 64)).toThrow(
      /not a verse heading/,
    );
  });
});

describe('Treasury of David structure', () => {
  it('reads verse headings in their printed forms', () => {
    expect(parseVerseHeading('Verse 1. "The Lord is my shepherd."')).toEqual({ start: 1, end: 1, rest: '"The Lord is my shepherd."' });
    expect(parseVerseHeading('Verses 16, 17, 18. The Psalm ends')).toMatchObject({ start: 16, end: 18, rest: 'The Psalm ends' });
    expect(parseVerseHeading('Verses 39 and 40. It is')).toMatchObject({ start: 39, end: 40 });
    expect(parseVerseHeading('Ver. 17-24 In this section')).toMatchObject({ start: 17, end: 24, rest: 'In this section' });
    expect(parseVerseHeading('Ver 43. And take not')).toMatchObject({ start: 43, end: 43 });
    expect(parseVerseHeading('Verse 3, "Thou hast proved"')).toMatchObject({ start: 3, end: 3, rest: '"Thou hast proved"' });
    expect(parseVerseHeading('Verses 2, 4, 8. Not consecutive')).toBeUndefined();
    expect(parseVerseHeading('Versed in the law')).toBeUndefined();
  });

  const psalm1 = (exposition: () => string) =>
    book(
      'Ps',
      () =>
        p('Preface') +
        p('My Preface.') +
        `<chapter n="1" osisID="Ps.1" sID="Ps.1"/><title type="x-s">Psalm 1 OVERVIEW</title><title type="x-s">TITLE.</title>` +
        p('This Psalm may be regarded as THE PREFACE PSALM.') +
        `<title type="x-s">EXPOSITION</title>` +
        exposition() +
        `<title type="x-s">EXPLANATORY NOTES AND QUAINT SAYINGS</title>` +
        p('<hi type="bold">Verse 1.</hi> A quoted note. —Thomas Watson.') +
        `<title type="x-s">HINTS TO THE VILLAGE PREACHER</title>` +
        p('<hi type="bold">Verse 1.</hi> A sermon outline.'),
    );

  it('keeps the preface, the overview and the exposition by verse; measures and drops the rest', () => {
    gen = 100;
    const { psalms, report } = buildTdavidPsalms(
      walkOsis(
        psalm1(
          () =>
            p('<hi type="bold">Verses 1-3.</hi> The first three verses.') +
            p('<hi type="bold">Verse 1.</hi> "BLESSED" —see how this Book opens.') +
            lg('He walketh not,') +
            p('Verse 2. "But his delight is in the law."') +
            p('<hi type="bold">Verse 6.</hi> The Lord knoweth.'),
        ),
      ),
      COUNTS,
    );
    expect(psalms.intro).toEqual(['My Preface.']);
    expect(psalms.chapters[0].blocks).toEqual([
      { id: 'ps-1-overview', startVerse: 1, endVerse: 6, heading: 'Overview', paragraphs: ['TITLE. This Psalm may be regarded as THE PREFACE PSALM.'] },
      { id: 'ps-1-1-3', startVerse: 1, endVerse: 3, heading: 'Verses 1–3', paragraphs: ['The first three verses.'] },
      { id: 'ps-1-1', startVerse: 1, endVerse: 1, heading: 'Verse 1', paragraphs: ['"BLESSED" —see how this Book opens.', 'He walketh not,'] },
      { id: 'ps-1-2', startVerse: 2, endVerse: 2, heading: 'Verse 2', paragraphs: ['"But his delight is in the law."'] },
      { id: 'ps-1-6', startVerse: 6, endVerse: 6, heading: 'Verse 6', paragraphs: ['The Lord knoweth.'] },
    ]);
    expect(report.dropped.notes).toEqual({ paragraphs: 1, chars: 'Verse 1. A quoted note. —Thomas Watson.'.length });
    expect(report.dropped.hints.paragraphs).toBe(1);
  });

  it('fails where the verse headings stop rising, unless a fix says where the notes start', () => {
    gen = 200;
    const exposition = () => p('Verse 1. Blessed.') + p('Verse 2. Delight.') + p('Verse 2. A note slipped in. —Matthew Henry.');
    const events = walkOsis(psalm1(exposition));
    expect(() => buildTdavidPsalms(events, COUNTS)).toThrow(/heading 2-2 after 2-2: notes without their title/);
    const fix = { psalm: 1, opens: 'Verse 2. A note slipped', kind: 'notes start', why: 'test' } as const;
    const { psalms, report } = buildTdavidPsalms(events, COUNTS, [fix]);
    expect(psalms.chapters[0].blocks.map((b) => b.id)).toEqual(['ps-1-overview', 'ps-1-1', 'ps-1-2']);
    expect(report.dropped.notes.paragraphs).toBe(2);
    expect(() => buildTdavidPsalms(events, COUNTS, [fix, { ...fix, opens: 'Verse 3.' }])).toThrow(/fixes not applied/);
  });
});

describe('layOutBook', () => {
  const chapter = (n: number, blocks: number, size: number): CommentaryChapter => ({
    chapter: n,
    outline: [`Outline ${n}.`],
    blocks: Array.from({ length: blocks }, (_, i) => ({
      id: `ps-${n}-${i + 1}`,
      startVerse: i + 1,
      endVerse: i + 1,
      heading: `Verse ${i + 1}`,
      paragraphs: ['x'.repeat(size)],
    })),
  });

  it('writes one part when the book fits, several of about equal size when it does not', () => {
    const small = layOutBook('tdavid', { book: 'Ps', intro: ['Preface.'], chapters: [chapter(1, 2, 100), chapter(2, 2, 100)] });
    expect(small.refs).toEqual([{ file: 'Ps.json', firstChapter: 1, lastChapter: 2, bytes: Buffer.byteLength(small.files.get('Ps.json')!) }]);
    const text = small.files.get('Ps.json')!;
    expect(text.startsWith('{"source":"tdavid","book":"Ps","intro":["Preface."],"chapters":[\n{"chapter":1,')).toBe(true);
    expect(text.endsWith('\n]}\n')).toBe(true);
    expect(JSON.parse(text).chapters[1].blocks[1].id).toBe('ps-2-2');

    const big = layOutBook('tdavid', { book: 'Ps', intro: ['Preface.'], chapters: [1, 2, 3, 4, 5, 6].map((n) => chapter(n, 5, 1000)) }, 12_000);
    expect(big.refs.map((r) => [r.file, r.firstChapter, r.lastChapter])).toEqual([
      ['Ps.1.json', 1, 2],
      ['Ps.2.json', 3, 4],
      ['Ps.3.json', 5, 6],
    ]);
    for (const r of big.refs) expect(r.bytes).toBeLessThanOrEqual(12_000);
    expect(JSON.parse(big.files.get('Ps.1.json')!).intro).toEqual(['Preface.']);
    expect(JSON.parse(big.files.get('Ps.2.json')!).intro).toBeUndefined();
  });

  it('splits a chapter longer than the budget between its blocks, the outline with the first piece', () => {
    const laid = layOutBook('tdavid', { book: 'Ps', intro: [], chapters: [chapter(1, 2, 100), chapter(2, 30, 1000), chapter(3, 2, 100)] }, 12_000);
    const pieces = laid.refs.filter((r) => r.firstChapter <= 2 && 2 <= r.lastChapter);
    expect(pieces.length).toBeGreaterThan(2);
    const blocks = pieces.flatMap((r) => JSON.parse(laid.files.get(r.file)!).chapters.filter((c: CommentaryChapter) => c.chapter === 2));
    expect(blocks.flatMap((c: CommentaryChapter) => c.blocks.map((b) => b.id))).toEqual(Array.from({ length: 30 }, (_, i) => `ps-2-${i + 1}`));
    expect(blocks.map((c: CommentaryChapter) => c.outline.length)).toEqual([1, ...Array(blocks.length - 1).fill(0)]);
    for (const r of laid.refs) expect(r.bytes).toBeLessThanOrEqual(12_000);
  });
});

describe('uncoveredRanges', () => {
  it('lists verses no block covers as ranges', () => {
    const b = (startVerse: number, endVerse: number) => ({ id: 'x', heading: '', paragraphs: [], startVerse, endVerse });
    expect(uncoveredRanges([b(1, 3), b(7, 7)], 10)).toEqual(['4-6', '8-10']);
    expect(uncoveredRanges([b(1, 10)], 10)).toEqual([]);
    expect(uncoveredRanges([b(2, 9)], 10)).toEqual(['1', '10']);
  });
});
