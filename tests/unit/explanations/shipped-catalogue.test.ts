/**
 * The catalogue over what we ship: the bundled article, the committed
 * commentaries and the KJV text, read from content/ as the worker reads them
 * from the package.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { OSIS_BOOKS } from '../../../lib/bible/books';
import { parseOsisRange } from '../../../lib/bible/osis';
import { chapterCount, verseCount } from '../../../lib/bible/versification';
import { createBibleReader, runsToPlainText, type BookData } from '../../../lib/bible/passage';
import { createCommentaryReader } from '../../../lib/commentaries/reader';
import { createExplanationCatalogue } from '../../../lib/explanations/catalogue';
import { plainText } from '../../../lib/articles/draft';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { compileBundledArticles } from '../../../scripts/articles-plugin';

const bible = createBibleReader(async (t, book) => JSON.parse(readFileSync(`content/bible/${t}/${book}.json`, 'utf8')) as BookData);
const catalogue = createExplanationCatalogue({
  loadArticles: async () => compileBundledArticles('content/articles'),
  commentaries: createCommentaryReader(async (source, file) => JSON.parse(await readFile(`content/commentaries/${source}/${file}`, 'utf8'))),
  passageText: async (range) => (await bible.getPassage('kjv', range)).verses.map((v) => runsToPlainText(v.runs)).join(' '),
  preferences: async () => ({ order: DEFAULT_SETTINGS.articleOrder, sources: DEFAULT_SETTINGS.explanationSources }),
});
const explain = async (osis: string) => (await catalogue.explain(parseOsisRange(osis)!)).explanations;

describe('the shipped catalogue', () => {
  it('explains John 3:16 with Matthew Henry, from where he speaks of that verse, not from Nicodemus at 3:1', async () => {
    const [first] = await explain('John.3.16');
    expect(first).toMatchObject({ source: 'mhcc', match: 'covers' });
    expect(first.sectionHeading).toMatch(/^John 3:\d+–\d+$/);
    const text = plainText(first.excerpt);
    expect(text.startsWith('… ')).toBe(true);
    expect(text).not.toMatch(/Nicodemus/);
    expect(text).toMatch(/perish/);
    expect(text).toMatch(/everlasting life/);
  });

  it('puts our article first on its own passages, and a commentary after it', async () => {
    for (const osis of ['Heb.7.25', 'Rom.8.34', '1Tim.2.5-1Tim.2.6']) {
      const list = await explain(osis);
      expect(list[0].source).toBe('bundled');
      expect(list.some((e) => e.source === 'mhcc')).toBe(true);
    }
  });

  it('explains a psalm verse with Spurgeon on that verse first', async () => {
    const list = await explain('Ps.23.1');
    expect(list[0]).toMatchObject({ source: 'tdavid', sectionHeading: 'Psalms 23:1' });
    expect(list.some((e) => e.source === 'mhcc')).toBe(true);
  });

  it('gives a commentary explanation for the first and last verse of all 1,189 chapters, and the Treasury of David for every psalm', async () => {
    const missing: string[] = [];
    let chapters = 0;
    for (const book of OSIS_BOOKS) {
      for (let chapter = 1; chapter <= chapterCount(book); chapter++) {
        chapters++;
        for (const verse of new Set([1, verseCount(book, chapter)])) {
          const sources = new Set((await explain(`${book}.${chapter}.${verse}`)).map((e) => e.source));
          if (!sources.has('mhcc')) missing.push(`${book}.${chapter}.${verse} (Henry)`);
          if (book === 'Ps' && !sources.has('tdavid')) missing.push(`${book}.${chapter}.${verse} (Spurgeon)`);
        }
      }
    }
    expect(chapters).toBe(1189);
    expect(missing).toEqual([]);
  }, 120_000);
});
