/**
 * The committed commentaries in content/commentaries: file layout and size
 * budget, the MHCC rebuild (every chapter, every verse under a block), the
 * Treasury of David (every psalm, overview and exposition, no quoted notes),
 * and clean text. See docs/commentaries.md.
 */
import { readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OSIS_BOOKS, type OsisBook } from '../../../lib/bible/books';
import { chapterCount, verseCount } from '../../../lib/bible/versification';
import {
  allBlocks,
  allTexts,
  COMMENTARIES,
  rawFile,
  readIndex,
  readPart,
  readSource,
  SOURCE_IDS,
} from './commentary-files';

const PART_BUDGET = 400_000;

/** Verses of a chapter no block covers, as "Book.C.V". */
function uncovered(book: string, chapter: number, blocks: readonly { startVerse: number; endVerse: number }[]): string[] {
  const missing: string[] = [];
  for (let v = 1; v <= verseCount(book as OsisBook, chapter); v++) {
    if (!blocks.some((b) => b.startVerse <= v && v <= b.endVerse)) missing.push(`${book}.${chapter}.${v}`);
  }
  return missing;
}

describe.each(SOURCE_IDS)('%s: files', (source) => {
  const index = readIndex(source);

  it('has exactly the index and the parts it lists', () => {
    const listed = Object.values(index.books).flatMap((refs) => refs.map((r) => r.file));
    expect(new Set(listed).size).toBe(listed.length);
    expect(readdirSync(`${COMMENTARIES}${source}`).sort()).toEqual([...listed, 'index.json'].sort());
  });

  it('keeps every file within the 400 kB budget, with its size recorded in the index', () => {
    for (const refs of Object.values(index.books)) {
      for (const ref of refs) {
        const bytes = statSync(`${COMMENTARIES}${source}/${ref.file}`).size;
        expect(bytes, ref.file).toBe(ref.bytes);
        expect(bytes, ref.file).toBeLessThanOrEqual(PART_BUDGET);
      }
    }
  });

  it('writes one line per block and ends every file with a newline', () => {
    for (const file of readdirSync(`${COMMENTARIES}${source}`)) {
      const text = rawFile(source, file);
      expect(text.endsWith('}\n'), file).toBe(true);
      expect(text.endsWith('\n\n'), file).toBe(false);
    }
    const [book, refs] = Object.entries(index.books)[0];
    const text = rawFile(source, refs[0].file);
    const part = readPart(source, refs[0].file);
    const blocks = part.chapters.reduce((n, c) => n + c.blocks.length, 0);
    expect(text.split('\n').filter((l) => l.startsWith('{"id":')).length, book).toBe(blocks);
  });

  it('gives each book parts in chapter order that hold exactly their chapters, the introduction in the first', () => {
    for (const [book, refs] of Object.entries(index.books)) {
      let next = 1;
      refs.forEach((ref, i) => {
        // A long chapter may go on into the next part.
        expect([next, next - 1], `${book} ${ref.file}`).toContain(ref.firstChapter);
        expect(ref.lastChapter).toBeGreaterThanOrEqual(ref.firstChapter);
        const part = readPart(source, ref.file);
        expect(part.source).toBe(source);
        expect(part.book).toBe(book);
        expect(part.chapters.map((c) => c.chapter)).toEqual(
          Array.from({ length: ref.lastChapter - ref.firstChapter + 1 }, (_, k) => ref.firstChapter + k),
        );
        if (i > 0) expect(part.intro, `${book} ${ref.file}`).toBeUndefined();
        next = ref.lastChapter + 1;
      });
      expect(next - 1, book).toBe(chapterCount(book as OsisBook));
    }
  });

  it('names its author, date, licence and Debian package', () => {
    expect(index.source).toBe(source);
    expect(index.attribution).toMatch(/Public domain/);
    expect(index.attribution).toContain(source === 'mhcc' ? 'sword-comm-mhcc' : 'sword-comm-tdavid');
    expect(index.attribution).toMatch(source === 'mhcc' ? /Matthew Henry \(1662–1714\)/ : /Spurgeon \(1834–1892\)/);
  });
});

describe.each(SOURCE_IDS)('%s: blocks and text', (source) => {
  it('has unique anchor ids and ranges inside their chapter', () => {
    const ids = new Set<string>();
    for (const { book, chapter, block } of allBlocks(source)) {
      expect(block.id, block.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(ids.has(block.id), block.id).toBe(false);
      ids.add(block.id);
      expect(block.startVerse, block.id).toBeGreaterThanOrEqual(1);
      expect(block.endVerse, block.id).toBeGreaterThanOrEqual(block.startVerse);
      expect(block.endVerse, block.id).toBeLessThanOrEqual(verseCount(book as OsisBook, chapter));
      expect(block.paragraphs.length, block.id).toBeGreaterThan(0);
    }
  });

  it('has no markup, entities, milestone ids or untidy spaces in any text', () => {
    const bad: string[] = [];
    for (const { where, text } of allTexts(source)) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what it looks for.
      if (text === '' || /[<>]|&[#\w]+;|\b[se]ID\b|\bgen\d+\b|\s{2}|^\s|\s$|[\u0000-\u001f\u00a0\u202f]/.test(text)) {
        bad.push(`${where}: ${text.slice(0, 60)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has no paragraph twice (a long paragraph repeated would mean text read twice)', () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const { where, text } of allTexts(source)) {
      if (text.length < 100) continue;
      if (seen.has(text)) repeated.push(`${seen.get(text)} and ${where}: ${text.slice(0, 60)}`);
      seen.set(text, where);
    }
    expect(repeated).toEqual([]);
  });
});

describe('mhcc: the structural rebuild', () => {
  const books = readSource('mhcc');

  it('has all 1,189 chapters of the 66 books, in canonical order', () => {
    expect([...books.keys()]).toEqual([...OSIS_BOOKS]);
    let chapters = 0;
    for (const book of OSIS_BOOKS) {
      const numbers = [...books.get(book)!.chapters.keys()];
      expect(numbers, book).toEqual(Array.from({ length: chapterCount(book) }, (_, i) => i + 1));
      chapters += numbers.length;
    }
    expect(chapters).toBe(1189);
  });

  it('covers the first and last verse of every chapter', () => {
    const missing: string[] = [];
    for (const book of OSIS_BOOKS) {
      for (const [chapter, c] of books.get(book)!.chapters) {
        const last = verseCount(book, chapter);
        for (const v of [1, last]) {
          if (!c.blocks.some((b) => b.startVerse <= v && v <= b.endVerse)) missing.push(`${book}.${chapter}.${v}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('covers every verse of every chapter (the one gap, Matt 13:36-43, is closed by its own heading)', () => {
    const missing = OSIS_BOOKS.flatMap((book) =>
      [...books.get(book)!.chapters].flatMap(([chapter, c]) => uncovered(book, chapter, c.blocks)),
    );
    expect(missing).toEqual([]);
  });

  it('keeps the blocks of a chapter in verse order, overlapping only where the headings do', () => {
    const overlaps: string[] = [];
    for (const { book, chapter, block } of allBlocks('mhcc')) {
      const blocks = books.get(book)!.chapters.get(chapter)!.blocks;
      const i = blocks.indexOf(block);
      if (i === 0) continue;
      expect(block.startVerse, block.id).toBeGreaterThan(blocks[i - 1].startVerse);
      if (block.startVerse <= blocks[i - 1].endVerse) overlaps.push(`${blocks[i - 1].id} ${block.id}`);
    }
    // 1 Sam 25 and Ps 95: the headings share a verse; Matt 13: "Verses 24-30, 36-43".
    expect(overlaps).toEqual(['1sam-25-32-39 1sam-25-39-44', 'ps-95-1-7 ps-95-7-11', 'matt-13-24-43 matt-13-31-35']);
  });

  it('normalises headings: "Verse 5", "Verses 3–5", a whole chapter by its range', () => {
    for (const { block } of allBlocks('mhcc')) {
      if (block.id === 'matt-13-24-43') continue;
      const expected =
        block.startVerse === block.endVerse ? `Verse ${block.startVerse}` : `Verses ${block.startVerse}–${block.endVerse}`;
      expect(block.heading, block.id).toBe(expected);
    }
    expect(books.get('Matt')!.chapters.get(13)!.blocks[1].heading).toBe('Verses 24–30, 36–43');
  });

  it('reads the book introductions, outlines and comments from where the text puts them', () => {
    const gen = books.get('Gen')!;
    expect(gen.intro[0]).toMatch(/^Genesis is a name taken from the Greek/);
    expect(gen.chapters.get(1)!.outline[0]).toBe('God creates heaven and earth. (1-2)');
    expect(gen.chapters.get(1)!.blocks[0]).toMatchObject({ id: 'gen-1-1-2', heading: 'Verses 1–2' });
    expect(gen.chapters.get(1)!.blocks[0].paragraphs[0]).toMatch(/^The first verse of the Bible gives us/);
    // An outline paragraph listing several items is split after each range.
    expect(books.get('Eccl')!.chapters.get(4)!.outline).toHaveLength(5);
    // A chapter without headings: its summary is the outline, its comment one block ("--" dropped).
    const ps150 = books.get('Ps')!.chapters.get(150)!;
    expect(ps150.outline).toEqual(['A psalm of praise.']);
    expect(ps150.blocks).toHaveLength(1);
    expect(ps150.blocks[0]).toMatchObject({ id: 'ps-150-1-6', startVerse: 1, endVerse: 6 });
    expect(ps150.blocks[0].paragraphs[0]).toMatch(/^We are here stirred up to praise God/);
    // The two passages whose index entries the module lost are there.
    expect(books.get('1Sam')!.chapters.get(25)!.blocks.at(-1)!.paragraphs[0]).toMatch(/^Abigail believed/);
    expect(books.get('Ps')!.chapters.get(95)!.blocks.at(-1)!.paragraphs[0]).toMatch(/^Christ calls upon his people/);
  });

  it('applies the range fixes: John 3:1-21 is one comment', () => {
    const john3 = books.get('John')!.chapters.get(3)!.blocks;
    expect(john3.map((b) => b.id)).toEqual(['john-3-1-21', 'john-3-22-36']);
    expect(john3[0].paragraphs.join(' ')).toContain('brazen serpent');
  });

  it('keeps references in the text as written, without the "#" link marks', () => {
    const texts = [...allTexts('mhcc')].map((t) => t.text);
    expect(texts.some((t) => t.includes('(Jr 48:1-13)'))).toBe(true);
    expect(texts.some((t) => t.includes('ver. (18)'))).toBe(true);
    expect(texts.some((t) => t.includes('#('))).toBe(false);
  });
});

/** Psalm verses with no exposition block of their own (the overview covers them); see docs/commentaries.md. */
const VERSES_WITHOUT_EXPOSITION = [
  'Ps.1.2', 'Ps.2.2', 'Ps.2.3', 'Ps.2.6', 'Ps.2.9', 'Ps.2.11', 'Ps.2.12', 'Ps.39.13', 'Ps.64.8', 'Ps.66.14',
  'Ps.71.1', 'Ps.89.26', 'Ps.106.22', 'Ps.106.24', 'Ps.106.27', 'Ps.106.38', 'Ps.106.41', 'Ps.110.1', 'Ps.114.3',
  'Ps.118.19', 'Ps.119.1', 'Ps.119.122', 'Ps.131.2', 'Ps.132.8', 'Ps.132.9', 'Ps.132.10', 'Ps.135.21', 'Ps.141.4',
  'Ps.143.10', 'Ps.143.11', 'Ps.145.18', 'Ps.145.20',
];

describe('tdavid: the Treasury of David', () => {
  const psalms = readSource('tdavid').get('Ps')!;

  it('has only the Psalms, all 150, each with blocks', () => {
    expect([...readSource('tdavid').keys()]).toEqual(['Ps']);
    expect([...psalms.chapters.keys()]).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    for (const [n, c] of psalms.chapters) expect(c.blocks.length, `Ps ${n}`).toBeGreaterThan(1);
  });

  it("opens every psalm with Spurgeon's overview, covering the whole psalm", () => {
    for (const [n, c] of psalms.chapters) {
      expect(c.blocks[0], `Ps ${n}`).toMatchObject({
        id: `ps-${n}-overview`,
        heading: 'Overview',
        startVerse: 1,
        endVerse: verseCount('Ps', n),
      });
      expect(c.outline).toEqual([]);
    }
    expect(psalms.chapters.get(3)!.blocks[0].paragraphs[0]).toMatch(/^TITLE\. "A Psalm of David, when he fled from Absalom/);
    expect(psalms.chapters.get(119)!.blocks[0].paragraphs.join(' ')).toContain('THE LONGEST PSALM');
  });

  it('splits the exposition by verse, in order, within the psalm', () => {
    for (const [n, c] of psalms.chapters) {
      const exposition = c.blocks.slice(1);
      exposition.forEach((b, i) => {
        expect(b.heading, b.id).toBe(b.startVerse === b.endVerse ? `Verse ${b.startVerse}` : `Verses ${b.startVerse}–${b.endVerse}`);
        expect(b.id, b.id).toBe(b.startVerse === b.endVerse ? `ps-${n}-${b.startVerse}` : `ps-${n}-${b.startVerse}-${b.endVerse}`);
        if (i === 0) return;
        const before = exposition[i - 1];
        // A range may introduce its verses ("Verses 1–4", then "Verse 1").
        const rises = b.startVerse > before.startVerse || (b.startVerse === before.startVerse && before.endVerse > b.endVerse);
        expect(rises, `${before.id} then ${b.id}`).toBe(true);
      });
    }
    const ps23 = psalms.chapters.get(23)!.blocks;
    expect(ps23.map((b) => b.id)).toEqual(['ps-23-overview', 'ps-23-1', 'ps-23-2', 'ps-23-3', 'ps-23-4', 'ps-23-5', 'ps-23-6']);
    expect(ps23[1].paragraphs[0]).toMatch(/^"The Lord is my shepherd\." What condescension/);
  });

  it('gives every verse an exposition block except the ones listed', () => {
    const missing = [...psalms.chapters].flatMap(([n, c]) => uncovered('Ps', n, c.blocks.slice(1)));
    expect(missing).toEqual(VERSES_WITHOUT_EXPOSITION);
  });

  it('leaves out the quoted notes, the hints and the inserted translation', () => {
    const text = [...allTexts('tdavid')].map((t) => t.text).join('\n');
    // Ps 23, notes: "David has left no sweeter Psalm than the short twenty-third."
    expect(text).not.toContain('David has left no sweeter Psalm');
    // Ps 98: notes printed inside the exposition (fixes.ts).
    expect(text).not.toContain("Curiosities of Literature");
    // Ps 68: Delitzsch's translation in the middle of the exposition; the exposition goes on.
    expect(text).not.toContain('LET Elohim arise');
    expect(psalms.chapters.get(68)!.blocks.at(-1)!.id).toBe('ps-68-35');
    // Psalm 119's links to the next verse.
    expect(text).not.toMatch(/Psalms 119:\d+\*/);
  });

  it("keeps Spurgeon's preface as the introduction", () => {
    expect(psalms.intro[0]).toMatch(/^My Preface shall at least possess the virtue of brevity/);
    expect(psalms.intro.at(-1)).toMatch(/Clapham, December, 1869\.$/);
  });
});
