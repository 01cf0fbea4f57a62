/**
 * Builds both commentaries from the modules' OSIS text, in memory.
 * Pure apart from its inputs: no fs, no processes (scripts/build-commentaries.ts
 * does the I/O), so the output depends only on the module text.
 */
import { BOOKS, type OsisBook } from '../../lib/bible/books';
import type { CommentaryIndex, CommentaryPartRef, CommentarySourceId } from '../../lib/commentaries/types';
import type { VerseCounts } from './blocks';
import { formatIndex, layOutBook, type BookInput } from './layout';
import { buildMhcc, type MhccReport } from './mhcc';
import { walkOsis } from './osis-walk';
import type { SwordModuleSpec } from './sword-module';
import { buildTdavid, type TdavidReport } from './tdavid';

export const SOURCES: Record<CommentarySourceId, SwordModuleSpec & Omit<CommentaryIndex, 'source' | 'books'>> = {
  mhcc: {
    module: 'MHCC',
    aptPackage: 'sword-comm-mhcc',
    title: "Matthew Henry's Concise Commentary on the Whole Bible",
    shortTitle: 'Matthew Henry',
    attribution:
      'Matthew Henry (1662–1714), Concise Commentary on the Whole Bible, abridged from his Exposition of the ' +
      'Old and New Testaments (1706–1721). Public domain. From the SWORD module MHCC (Debian package sword-comm-mhcc).',
  },
  tdavid: {
    module: 'TDavid',
    aptPackage: 'sword-comm-tdavid',
    title: 'The Treasury of David',
    shortTitle: 'Spurgeon',
    attribution:
      "C. H. Spurgeon (1834–1892), The Treasury of David (1869–1885): Spurgeon's overview and exposition of each " +
      'psalm; the quoted notes are not included. Public domain. From the SWORD module TDavid (Debian package sword-comm-tdavid).',
  },
};

interface SourceReport {
  readonly books: number;
  readonly chapters: number;
  readonly blocks: number;
  readonly paragraphs: number;
  /** Repeated paragraph texts (short ones, such as "Selah." or a hymn line). */
  readonly repeatedShortParagraphs: number;
}

export interface BuildOutput {
  /** Repository-relative path → exact file content. */
  readonly files: Map<string, string>;
  readonly reports: {
    readonly mhcc: SourceReport & { readonly detail: MhccReport };
    readonly tdavid: SourceReport & { readonly detail: TdavidReport };
  };
}

/** Text that must never reach the data: tags, entities, milestone ids, untidy spaces. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what it looks for.
const RESIDUE = /[<>]|&[#\w]+;|\b[se]ID\b|\bgen\d+\b|\s{2}|^\s|\s$|[\u0000-\u001f\u007f\u00a0\u202f]/;
/** Paragraphs this long are never legitimately repeated; a repeat means text was read twice. */
const LONG_PARAGRAPH = 100;

function allTexts(book: BookInput): string[] {
  return [
    ...book.intro,
    ...book.chapters.flatMap((c) => [...c.outline, ...c.blocks.flatMap((b) => [b.heading, ...b.paragraphs])]),
  ];
}

/** Checks what both sources promise: clean text, no paragraph read twice, valid ids and ranges. */
function checkSource(source: CommentarySourceId, books: readonly BookInput[], counts: VerseCounts): SourceReport {
  const ids = new Set<string>();
  const seen = new Set<string>();
  let repeatedShort = 0;
  let blocks = 0;
  let paragraphs = 0;
  let chapters = 0;
  for (const book of books) {
    for (const text of allTexts(book)) {
      if (text === '' || RESIDUE.test(text)) throw new Error(`${source} ${book.book}: bad text "${text.slice(0, 80)}"`);
    }
    for (const p of [...book.intro, ...book.chapters.flatMap((c) => c.blocks.flatMap((b) => b.paragraphs))]) {
      paragraphs++;
      if (!seen.has(p)) seen.add(p);
      else if (p.length >= LONG_PARAGRAPH) throw new Error(`${source} ${book.book}: paragraph appears twice: "${p.slice(0, 80)}"`);
      else repeatedShort++;
    }
    for (const c of book.chapters) {
      chapters++;
      const verses = counts[book.book][c.chapter - 1];
      if (!verses) throw new Error(`${source} ${book.book} ${c.chapter}: no such chapter`);
      for (const b of c.blocks) {
        blocks++;
        if (!/^[a-z0-9][a-z0-9-]*$/.test(b.id) || ids.has(b.id)) throw new Error(`${source}: bad or repeated id ${b.id}`);
        ids.add(b.id);
        if (b.startVerse < 1 || b.endVerse < b.startVerse || b.endVerse > verses || b.paragraphs.length === 0) {
          throw new Error(`${source} ${b.id}: bad block ${b.startVerse}-${b.endVerse} of ${verses}`);
        }
      }
    }
  }
  return { books: books.length, chapters, blocks, paragraphs, repeatedShortParagraphs: repeatedShort };
}

function layOutSource(source: CommentarySourceId, books: readonly BookInput[], files: Map<string, string>): void {
  const refs: Record<string, CommentaryPartRef[]> = {};
  for (const book of books) {
    const laid = layOutBook(source, book);
    refs[book.book] = laid.refs;
    for (const [name, text] of laid.files) files.set(`content/commentaries/${source}/${name}`, text);
  }
  const { title, shortTitle, attribution } = SOURCES[source];
  files.set(`content/commentaries/${source}/index.json`, formatIndex({ source, title, shortTitle, attribution, books: refs }));
}

/** Both commentaries' files from the two modules' OSIS text. */
export function buildAll(text: Record<CommentarySourceId, string>, counts: VerseCounts): BuildOutput {
  const files = new Map<string, string>();

  const mhcc = buildMhcc(walkOsis(text.mhcc), counts);
  const mhccBooks: BookInput[] = mhcc.books;
  if (mhccBooks.map((b) => b.book).join() !== BOOKS.map((b) => b.osis).join()) throw new Error('MHCC: books out of order');
  const mhccReport = { ...checkSource('mhcc', mhccBooks, counts), detail: mhcc.report };
  layOutSource('mhcc', mhccBooks, files);

  const tdavid = buildTdavid(walkOsis(text.tdavid), counts);
  const psalms: BookInput = { book: 'Ps' as OsisBook, intro: tdavid.psalms.intro, chapters: tdavid.psalms.chapters };
  const tdavidReport = { ...checkSource('tdavid', [psalms], counts), detail: tdavid.report };
  layOutSource('tdavid', [psalms], files);

  return { files, reports: { mhcc: mhccReport, tdavid: tdavidReport } };
}
