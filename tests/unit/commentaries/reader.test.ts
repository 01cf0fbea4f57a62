import { describe, expect, it, vi } from 'vitest';
import { parseOsisRange } from '../../../lib/bible/osis';
import { createCommentaryReader } from '../../../lib/commentaries/reader';
import { fixtureReader, loadFixtureFile } from '../../fixtures/commentaries/load';

const range = (osis: string) => parseOsisRange(osis)!;
const ids = (blocks: Array<{ block: { id: string } }>) => blocks.map((b) => b.block.id);

describe('commentary reader', () => {
  it('reads one chapter, with the book introduction on chapter 1 only', async () => {
    const reader = fixtureReader();
    const first = await reader.chapter('mhcc', 'Rom', 1);
    expect(first?.intro).toEqual(['Fixture introduction to the letter.']);
    expect(first?.chapter.outline).toEqual(['Fixture outline line (1-7)']);
    const eighth = await reader.chapter('mhcc', 'Rom', 8);
    expect(eighth?.intro).toBeUndefined();
    expect(eighth?.chapter.blocks.map((b) => b.id)).toEqual(['rom-8-1-30', 'rom-8-31-39']);
  });

  it('joins a chapter split across two parts, in part order', async () => {
    const chapter = await fixtureReader().chapter('tdavid', 'Ps', 119);
    expect(chapter?.chapter.blocks.map((b) => b.id)).toEqual(['ps-119-1', 'ps-119-176']);
  });

  it('gives undefined for a chapter or book the source does not comment on', async () => {
    const reader = fixtureReader();
    expect(await reader.chapter('mhcc', 'Rom', 5)).toBeUndefined();
    expect(await reader.chapter('tdavid', 'Rom', 8)).toBeUndefined();
  });

  it('finds the blocks that overlap a passage, across chapters', async () => {
    const reader = fixtureReader();
    expect(ids(await reader.blocksCovering('mhcc', range('Rom.8.34')))).toEqual(['rom-8-31-39']);
    expect(ids(await reader.blocksCovering('mhcc', range('Rom.8.28-Rom.8.35')))).toEqual(['rom-8-1-30', 'rom-8-31-39']);
    expect(ids(await reader.blocksCovering('mhcc', range('Rom.1.30-Rom.2.3')))).toEqual(['rom-1-8-32']);
    expect(ids(await reader.blocksCovering('tdavid', range('Ps.23.2')))).toEqual(['ps-23-overview', 'ps-23-2']);
  });

  it('loads only the parts it needs, and keeps them', async () => {
    const load = vi.fn(loadFixtureFile);
    const reader = createCommentaryReader(load);
    await reader.chapter('tdavid', 'Ps', 23);
    await reader.chapter('tdavid', 'Ps', 23);
    expect(load.mock.calls.map(([, file]) => file)).toEqual(['index.json', 'Ps.1.json']);
  });

  it('refuses a file that is not what was asked for, with a clear message', async () => {
    const reader = createCommentaryReader(async (source, file) =>
      file === 'index.json' ? loadFixtureFile(source, file) : { source, book: 'Gen', chapters: [] },
    );
    await expect(reader.chapter('mhcc', 'Rom', 8)).rejects.toThrow('The commentary file mhcc/Rom.json is not the mhcc comment on Rom.');
    await expect(createCommentaryReader(async () => ({})).index('mhcc')).rejects.toThrow(/index is missing or damaged/);
  });

  it('reads every part of a source for search', async () => {
    const parts = await fixtureReader().allParts('tdavid');
    expect(parts.map((p) => p.chapters[0].chapter)).toEqual([23, 119]);
  });
});
