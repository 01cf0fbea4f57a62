import { describe, expect, it } from 'vitest';
import type { OsisBook } from '../../../lib/bible/books';
import type { BookData, TranslationId } from '../../../lib/bible/bible-data';
import { parseOsisRange } from '../../../lib/bible/osis';
import {
  createBibleReader,
  PASSAGE_VERSE_LIMIT,
  runsToPlainText,
  type BookLoader,
} from '../../../lib/bible/passage';
import { fsLoader } from './bible-files';

const range = (osis: string) => {
  const r = parseOsisRange(osis);
  if (!r) throw new Error(`bad test range ${osis}`);
  return r;
};

/** The fs loader, recording each call. */
function countingLoader(inner: BookLoader = fsLoader) {
  const calls: string[] = [];
  const load: BookLoader = async (t, book) => {
    calls.push(`${t}/${book}`);
    return inner(t, book);
  };
  return { load, calls };
}

const numbers = (p: { verses: { chapter: number; verse: number }[] }) => p.verses.map((v) => `${v.chapter}:${v.verse}`);

describe('getPassage', () => {
  const reader = createBibleReader(fsLoader);

  it('returns a single verse', async () => {
    const p = await reader.getPassage('kjv', range('John.3.16'));
    expect(p.translation).toBe('kjv');
    expect(numbers(p)).toEqual(['3:16']);
    expect(p.verses[0].book).toBe('John');
    expect(runsToPlainText(p.verses[0].runs)).toContain('only begotten Son');
    expect(p.verses[0].runs).toEqual([{ j: expect.stringMatching(/^For God so loved the world/) }]);
    expect(p).toMatchObject({ truncated: false, totalVerses: 1 });
    expect(p.psalmTitle).toBeUndefined();
  });

  it('returns a verse range', async () => {
    const p = await reader.getPassage('web', range('Heb.7.23-Heb.7.25'));
    expect(numbers(p)).toEqual(['7:23', '7:24', '7:25']);
    expect(runsToPlainText(p.verses[2].runs)).toMatch(/he lives forever to make intercession for them\.$/);
    expect(p.totalVerses).toBe(3);
  });

  it('crosses chapters', async () => {
    const p = await reader.getPassage('kjv', range('Gen.1.1-Gen.2.3'));
    expect(p.verses).toHaveLength(34);
    expect(numbers(p).slice(29, 32)).toEqual(['1:30', '1:31', '2:1']);
    expect(runsToPlainText(p.verses[33].runs)).toMatch(/^And God blessed the seventh day/);
    expect(p).toMatchObject({ truncated: false, totalVerses: 34 });
  });

  it('returns a whole chapter, with its Psalm title', async () => {
    const p = await reader.getPassage('kjv', range('Ps.23'));
    expect(numbers(p)).toEqual(['23:1', '23:2', '23:3', '23:4', '23:5', '23:6']);
    expect(p.psalmTitle).toEqual(['A Psalm of David.']);
    expect(runsToPlainText(p.verses[0].runs)).toBe('The LORD is my shepherd; I shall not want.');
    const web = await reader.getPassage('web', range('Ps.3.1'));
    expect(runsToPlainText(web.psalmTitle!)).toBe('A Psalm by David, when he fled from Absalom his son.');
  });

  it('gives the Psalm title only when the range starts at verse 1', async () => {
    expect((await reader.getPassage('kjv', range('Ps.23.2-Ps.23.3'))).psalmTitle).toBeUndefined();
    expect((await reader.getPassage('kjv', range('Ps.1'))).psalmTitle).toBeUndefined(); // Psalm 1 has none
    expect((await reader.getPassage('kjv', range('Ps.22.31-Ps.23.1'))).psalmTitle).toBeUndefined();
  });

  it('truncates a chapter range over the limit', async () => {
    const p = await reader.getPassage('web', range('Matt.5-Matt.7'));
    expect(PASSAGE_VERSE_LIMIT).toBe(80);
    expect(p.verses).toHaveLength(80);
    expect(p.totalVerses).toBe(48 + 34 + 29);
    expect(p.truncated).toBe(true);
    expect(numbers(p)[0]).toBe('5:1');
    expect(numbers(p)[79]).toBe('6:32');
    expect(p.range).toEqual(range('Matt.5-Matt.7'));
  });

  it('honours a custom limit, and a range exactly at the limit is not truncated', async () => {
    const five = await reader.getPassage('kjv', range('Rom.8'), 5);
    expect(numbers(five)).toEqual(['8:1', '8:2', '8:3', '8:4', '8:5']);
    expect(five).toMatchObject({ truncated: true, totalVerses: 39 });
    const exact = await reader.getPassage('kjv', range('Rom.8'), 39);
    expect(exact).toMatchObject({ truncated: false, totalVerses: 39 });
    expect(exact.verses).toHaveLength(39);
  });

  it('marks a verse the translation lacks as absent', async () => {
    const p = await reader.getPassage('web', range('Luke.17.35-Luke.17.37'));
    expect(numbers(p)).toEqual(['17:35', '17:36', '17:37']);
    expect(p.verses[1]).toEqual({ book: 'Luke', chapter: 17, verse: 36, runs: [], absent: true });
    expect(p.verses[0].absent).toBeUndefined();
    expect(p.verses[2].absent).toBeUndefined();
    const kjv = await reader.getPassage('kjv', range('Luke.17.36'));
    expect(kjv.verses[0].absent).toBeUndefined();
    expect(runsToPlainText(kjv.verses[0].runs)).toMatch(/^Two men shall be in the field/);
  });

  it('serves the WEB’s Romans doxology at 16:25–27', async () => {
    const p = await reader.getPassage('web', range('Rom.16.25-Rom.16.27'));
    expect(p.verses.every((v) => !v.absent)).toBe(true);
    expect(runsToPlainText(p.verses[0].runs)).toMatch(/^Now to him who is able/);
  });
});

describe('cross-book ranges and loading', () => {
  it('crosses books, loading each book once', async () => {
    const { load, calls } = countingLoader();
    const reader = createBibleReader(load);
    const p = await reader.getPassage('kjv', range('Mal.4.5-Matt.1.2'));
    expect(p.verses.map((v) => `${v.book} ${v.chapter}:${v.verse}`)).toEqual([
      'Mal 4:5',
      'Mal 4:6',
      'Matt 1:1',
      'Matt 1:2',
    ]);
    expect(calls.sort()).toEqual(['kjv/Mal', 'kjv/Matt']);
  });

  it('loads only the books the returned verses need', async () => {
    const { load, calls } = countingLoader();
    const reader = createBibleReader(load);
    const p = await reader.getPassage('kjv', range('Gen.1.1-Rev.22.21'), 10);
    expect(p.totalVerses).toBe(31_102);
    expect(p.truncated).toBe(true);
    expect(calls).toEqual(['kjv/Gen']);
  });

  it('keeps an LRU of books and de-duplicates concurrent loads', async () => {
    const { load, calls } = countingLoader();
    const reader = createBibleReader(load, { cacheSize: 2 });
    await Promise.all([
      reader.getPassage('kjv', range('John.3.16')),
      reader.getPassage('kjv', range('John.1.1')),
      reader.getPassage('kjv', range('John.11.35')),
    ]);
    expect(calls).toEqual(['kjv/John']);
    await reader.getPassage('web', range('John.3.16')); // other translation, other entry
    expect(calls).toEqual(['kjv/John', 'web/John']);
    await reader.getPassage('kjv', range('John.3.17')); // hit; John (KJV) becomes most recent
    await reader.getPassage('kjv', range('Rom.1.1')); // evicts web/John
    expect(calls).toEqual(['kjv/John', 'web/John', 'kjv/Rom']);
    await reader.getPassage('kjv', range('John.3.18'));
    expect(calls).toHaveLength(3);
    await reader.getPassage('web', range('John.3.16'));
    expect(calls).toEqual(['kjv/John', 'web/John', 'kjv/Rom', 'web/John']);
  });

  it('forgets a failed load so a later request retries', async () => {
    let fail = true;
    const { load, calls } = countingLoader(async (t, book) => {
      if (fail) throw new Error('offline?');
      return fsLoader(t, book);
    });
    const reader = createBibleReader(load);
    await expect(reader.getPassage('kjv', range('Jude.1.3'))).rejects.toThrow('offline?');
    fail = false;
    const p = await reader.getPassage('kjv', range('Jude.1.3'));
    expect(runsToPlainText(p.verses[0].runs)).toMatch(/earnestly contend for the faith/);
    expect(calls).toEqual(['kjv/Jude', 'kjv/Jude']);
  });

  it('rejects data for another book or translation', async () => {
    const wrong: BookLoader = async (_t: TranslationId, _book: OsisBook) => fsLoader('web', 'Jude');
    const reader = createBibleReader(wrong);
    await expect(reader.getPassage('kjv', range('Jude.1.3'))).rejects.toThrow(/not the KJV text of Jude/);
    const short: BookData = { translation: 'kjv', book: 'Jude', chapters: [['only one verse']] };
    const reader2 = createBibleReader(async () => short);
    await expect(reader2.getPassage('kjv', range('Jude.1.3'))).rejects.toThrow(/lacks 1:3/);
  });
});

describe('runsToPlainText', () => {
  it('joins runs of every kind', () => {
    expect(runsToPlainText(['Jesus said, ', { j: 'Follow me, ' }, { ji: 'and' }, ' ', { i: 'it was' }])).toBe(
      'Jesus said, Follow me, and it was',
    );
    expect(runsToPlainText([])).toBe('');
  });
});
