/**
 * Test helper: reads the committed commentaries in content/commentaries with
 * fs, part by part, the way the worker reads them with fetch.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type {
  CommentaryBlock,
  CommentaryChapter,
  CommentaryIndex,
  CommentaryPart,
  CommentarySourceId,
} from '../../../lib/commentaries/types';

export const COMMENTARIES = fileURLToPath(new URL('../../../content/commentaries/', import.meta.url));
export const SOURCE_IDS: readonly CommentarySourceId[] = ['mhcc', 'tdavid'];

export function rawFile(source: CommentarySourceId, file: string): string {
  return readFileSync(`${COMMENTARIES}${source}/${file}`, 'utf8');
}

export function readIndex(source: CommentarySourceId): CommentaryIndex {
  return JSON.parse(rawFile(source, 'index.json')) as CommentaryIndex;
}

export function readPart(source: CommentarySourceId, file: string): CommentaryPart {
  return JSON.parse(rawFile(source, file)) as CommentaryPart;
}

export interface AssembledBook {
  readonly intro: readonly string[];
  /** Chapter → the chapter with the blocks of all its parts, in order. */
  readonly chapters: Map<number, CommentaryChapter>;
}

const cache = new Map<string, Map<string, AssembledBook>>();

/** Every book of a source, its parts put back together. */
export function readSource(source: CommentarySourceId): Map<string, AssembledBook> {
  let books = cache.get(source);
  if (books) return books;
  books = new Map();
  for (const [book, refs] of Object.entries(readIndex(source).books)) {
    const chapters = new Map<number, CommentaryChapter>();
    const intro: string[] = [];
    for (const ref of refs) {
      const part = readPart(source, ref.file);
      intro.push(...(part.intro ?? []));
      for (const c of part.chapters) {
        const before = chapters.get(c.chapter);
        chapters.set(
          c.chapter,
          before ? { ...before, outline: [...before.outline, ...c.outline], blocks: [...before.blocks, ...c.blocks] } : c,
        );
      }
    }
    books.set(book, { intro, chapters });
  }
  cache.set(source, books);
  return books;
}

/** Every block of a source with where it is. */
export function* allBlocks(source: CommentarySourceId): Generator<{ book: string; chapter: number; block: CommentaryBlock }> {
  for (const [book, data] of readSource(source)) {
    for (const [chapter, c] of data.chapters) for (const block of c.blocks) yield { book, chapter, block };
  }
}

/** Every text string of a source: introductions, outlines, headings and paragraphs. */
export function* allTexts(source: CommentarySourceId): Generator<{ where: string; text: string }> {
  for (const [book, data] of readSource(source)) {
    for (const text of data.intro) yield { where: `${book} intro`, text };
    for (const [chapter, c] of data.chapters) {
      for (const text of c.outline) yield { where: `${book} ${chapter} outline`, text };
      for (const b of c.blocks) {
        yield { where: b.id, text: b.heading };
        for (const text of b.paragraphs) yield { where: b.id, text };
      }
    }
  }
}
