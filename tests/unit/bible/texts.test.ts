/**
 * The committed texts in content/bible: layout, counts, spot verses and the
 * module defects that scripts/build-bible.ts must have fixed.
 */
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BOOKS, OSIS_BOOKS, type OsisBook } from '../../../lib/bible/books';
import { entryRuns, runKind, runText, TRANSLATIONS, type Run, type TranslationId } from '../../../lib/bible/bible-data';
import { chapterCount, totalVerseCount, verseCount } from '../../../lib/bible/versification';
import { KJV_SPLIT_WORDS } from '../../../scripts/bible/fixes';
import { CONTENT, rawBook, readBook, readIndex, verseText } from './bible-files';

/** Every verse of a translation as [ref, runs]. */
function* allVerses(t: TranslationId): Generator<[string, Run[]]> {
  for (const book of OSIS_BOOKS) {
    const data = readBook(t, book);
    for (let c = 0; c < data.chapters.length; c++) {
      for (let v = 0; v < data.chapters[c].length; v++) {
        yield [`${book}.${c + 1}.${v + 1}`, entryRuns(data.chapters[c][v])];
      }
    }
  }
}

/** Verses of a translation whose text matches, as "ref: text" (small on failure). */
function versesMatching(t: TranslationId, pattern: RegExp | string): string[] {
  const hits: string[] = [];
  for (const [ref, runs] of allVerses(t)) {
    const text = runs.map(runText).join('');
    if (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)) hits.push(`${ref}: ${text.slice(0, 80)}`);
  }
  return hits;
}

const EXPECTED_EMPTY: Record<TranslationId, string[]> = {
  // The WEB (Majority Text) leaves these to footnotes.
  web: ['Luke.17.36', 'Acts.8.37', 'Acts.15.34', 'Acts.24.7'],
  kjv: [],
};

describe.each(TRANSLATIONS)('%s: layout and verse counts', (t) => {
  it('has one file per book and an index, nothing else', () => {
    const files = readdirSync(`${CONTENT}${t}`).sort();
    expect(files).toEqual([...OSIS_BOOKS.map((b) => `${b}.json`), 'index.json'].sort());
  });

  it('lays every book out in the KJV versification (31,102 slots)', () => {
    let slots = 0;
    for (const book of OSIS_BOOKS) {
      const data = readBook(t, book);
      expect(data.translation).toBe(t);
      expect(data.book).toBe(book);
      expect(data.chapters).toHaveLength(chapterCount(book));
      data.chapters.forEach((ch, c) => {
        expect(ch.length, `${book} ${c + 1}`).toBe(verseCount(book, c + 1));
        slots += ch.length;
      });
    }
    expect(slots).toBe(31_102);
    expect(slots).toBe(totalVerseCount());
  });

  it('has a small index naming every book with its verse counts', () => {
    const index = readIndex(t);
    expect(index.translation).toBe(t);
    expect(index.books.map((b) => b.osis)).toEqual([...OSIS_BOOKS]);
    for (const b of index.books) {
      const info = BOOKS.find((x) => x.osis === b.osis)!;
      expect(b.name).toBe(info.name);
      expect(b.verses).toEqual(Array.from({ length: chapterCount(b.osis) }, (_, c) => verseCount(b.osis, c + 1)));
      expect(b.titles).toBe(b.osis === 'Ps' ? true : undefined);
    }
    expect(rawBook(t, 'index').length).toBeLessThan(20_000);
  });

  it('leaves exactly the expected verses empty', () => {
    const empty = [...allVerses(t)].filter(([, runs]) => runs.length === 0).map(([ref]) => ref);
    expect(empty).toEqual(EXPECTED_EMPTY[t]);
  });

  it('writes compact, one-chapter-per-line JSON with a trailing newline', () => {
    for (const book of ['Gen', 'Ps', 'Jude'] as OsisBook[]) {
      const raw = rawBook(t, book);
      expect(raw.endsWith(']}\n') || raw.endsWith('}}\n')).toBe(true);
      expect(raw.split('\n')[0]).toBe(`{"translation":"${t}","book":"${book}","chapters":[`);
      expect(raw.split('\n').filter((l) => l.startsWith('['))).toHaveLength(chapterCount(book));
      expect(raw).not.toMatch(/\n {2}/);
    }
  });

  it('stays within the size budget', () => {
    let raw = 0;
    let gz = 0;
    let largest = 0;
    for (const book of OSIS_BOOKS) {
      const text = rawBook(t, book);
      raw += Buffer.byteLength(text);
      gz += gzipSync(text).length;
      largest = Math.max(largest, Buffer.byteLength(text));
    }
    expect(raw).toBeGreaterThan(3.5e6);
    expect(raw).toBeLessThan(4.6e6);
    expect(gz).toBeLessThan(1.45e6);
    expect(largest).toBeLessThan(270_000);
  });
});

describe('spot verses', () => {
  const both: [string, OsisBook, number, number, string, string][] = [
    ['John 3:16', 'John', 3, 16, 'only begotten Son', 'only born Son'],
    ['Gen 1:1', 'Gen', 1, 1, 'In the beginning God created the heaven and the earth.', 'In the beginning, God created the heavens and the earth.'],
    ['Ps 23:1', 'Ps', 23, 1, 'The LORD is my shepherd; I shall not want.', 'Yahweh is my shepherd; I shall lack nothing.'],
    ['Heb 4:16', 'Heb', 4, 16, 'come boldly unto the throne of grace', 'draw near with boldness to the throne of grace'],
    ['Rom 8:28', 'Rom', 8, 28, 'all things work together for good to them that love God', 'all things work together for good for those who love God'],
    ['Matt 5:3', 'Matt', 5, 3, 'Blessed are the poor in spirit: for theirs is the kingdom of heaven.', 'Blessed are the poor in spirit, for theirs is the Kingdom of Heaven.'],
    ['1 John 4:8', '1John', 4, 8, 'for God is love', 'for God is love'],
    ['Isa 9:6', 'Isa', 9, 6, 'The mighty God, The everlasting Father, The Prince of Peace', 'Mighty God, Everlasting Father, Prince of Peace'],
    ['Rev 22:21', 'Rev', 22, 21, 'The grace of our Lord Jesus Christ be with you all. Amen.', 'The grace of the Lord Jesus Christ be with all the saints. Amen.'],
    ['Jude 25', 'Jude', 1, 25, 'To the only wise God our Saviour', 'to God our Savior, who alone is wise'],
  ];
  it.each(both)('%s in the KJV and the WEB', (_, book, c, v, kjv, web) => {
    expect(verseText('kjv', book, c, v)).toContain(kjv);
    expect(verseText('web', book, c, v)).toContain(web);
  });

  it('reads KJV Ps 23:1 exactly', () => {
    expect(verseText('kjv', 'Ps', 23, 1)).toBe('The LORD is my shepherd; I shall not want.');
    expect(verseText('kjv', 'Gen', 1, 1)).toBe('In the beginning God created the heaven and the earth.');
    expect(verseText('web', 'Gen', 1, 1)).toBe('In the beginning, God created the heavens and the earth.');
  });
});

describe.each(TRANSLATIONS)('%s: clean text', (t) => {
  it('has no markup, USFM codes, imp keys or pilcrows anywhere', () => {
    for (const [ref, runs] of allVerses(t)) {
      for (const run of runs) {
        const text = runText(run);
        expect(text, ref).not.toMatch(/[<>\\¶]|\$\$\$|&[a-z]+;/);
      }
    }
    for (const book of OSIS_BOOKS) {
      for (const title of Object.values(readBook(t, book).titles ?? {})) {
        expect(entryRuns(title).map(runText).join('')).not.toMatch(/[<>\\¶]|\$\$\$/);
      }
    }
  });

  it('has tidy whitespace and merged, non-empty runs', () => {
    for (const [ref, runs] of allVerses(t)) {
      const text = runs.map(runText).join('');
      expect(text, ref).not.toMatch(/^\s|\s$|\s{2}|[\t\n]/);
      runs.forEach((run, k) => {
        expect(runText(run), ref).not.toBe('');
        if (k > 0) expect(runKind(run), ref).not.toBe(runKind(runs[k - 1]));
      });
      if (runs.length === 1 && typeof runs[0] === 'string') {
        // stored as a plain string, not a one-element array
        const entry = readBook(t, ref.split('.')[0] as OsisBook).chapters[Number(ref.split('.')[1]) - 1][
          Number(ref.split('.')[2]) - 1
        ];
        expect(typeof entry, ref).toBe('string');
      }
    }
  });
});

describe('defects of the modules, fixed', () => {
  it('restores the spaces the WEB lost where notes sat', () => {
    for (const glued of ['Godcreated', 'bornSon', 'YahwehGod', 'knewEve', 'flowingwater']) {
      expect(versesMatching('web', glued)).toEqual([]);
    }
    // A lower-case letter straight before a capital is the usual trace of a lost space.
    expect(versesMatching('web', /\p{Ll}\p{Lu}/u)).toEqual([]);
    expect(verseText('web', 'John', 3, 16)).toContain('that he gave his only born Son, that whoever believes');
    expect(verseText('web', 'Gen', 2, 4)).toContain('Yahweh God made the earth and the heavens');
    expect(verseText('web', 'Gen', 4, 1)).toContain('The man knew Eve his wife');
    expect(verseText('web', 'Exod', 2, 10)).toContain('She named him Moses, and said');
  });

  it('joins the KJV New Testament words split by the Strong’s tagging', () => {
    for (const split of ['bold ly', 'who soever', 'whom soever', 'what soever', 'mid night', 'foot stool', 'shew bread', 'burden some', 'like minded']) {
      expect(versesMatching('kjv', split)).toEqual([]);
    }
    expect(verseText('kjv', 'Heb', 4, 16)).toContain('come boldly unto');
    expect(verseText('kjv', 'Matt', 11, 6)).toBe('And blessed is he, whosoever shall not be offended in me.');
    expect(verseText('kjv', 'John', 3, 3)).toContain('he cannot see the kingdom of God');
    expect(verseText('kjv', 'Acts', 4, 20)).toBe('For we cannot but speak the things which we have seen and heard.');
    expect(verseText('kjv', 'Matt', 25, 6)).toContain('And at midnight there was a cry made');
    expect(verseText('kjv', 'Heb', 12, 11)).toContain('exercised thereby.');
    // Look-alikes that are two words in the KJV stay two words.
    expect(verseText('kjv', '1Cor', 4, 17)).toContain('as I teach every where in every church');
    expect(verseText('kjv', 'Mark', 1, 13)).toContain('he was there in the wilderness');
    expect(verseText('kjv', 'Matt', 8, 20)).toContain('hath not where to lay his head');
    expect(verseText('kjv', 'Matt', 13, 4)).toContain('by the way side');
    for (const { ref, split } of KJV_SPLIT_WORDS) {
      const [book, c, v] = ref.split('.');
      const text = verseText('kjv', book as OsisBook, Number(c), Number(v));
      expect(text, ref).toContain(split.replace(' ', ''));
      expect(text, ref).not.toContain(split);
    }
    // "can not" is gone from the New Testament (the 1769 text prints "cannot").
    const nt = OSIS_BOOKS.slice(39).flatMap((b) => readBook('kjv', b).chapters.flat().map((e) => entryRuns(e).map(runText).join('')));
    expect(nt.filter((s) => /\bcan not\b/.test(s))).toEqual([]);
  });

  it('prints the KJV divine names in capitals', () => {
    const places: [OsisBook, number, number, string][] = [
      ['Num', 23, 15, 'while I meet the LORD yonder'],
      ['Deut', 16, 10, 'unto the LORD thy God'],
      ['Deut', 33, 12, 'and the LORD shall cover him'],
      ['1Sam', 3, 17, 'the thing that the LORD hath said'],
      ['1Sam', 16, 7, 'for the LORD seeth not as man seeth'],
      ['1Kgs', 13, 22, 'of the which the LORD did say'],
      ['2Kgs', 23, 19, 'to provoke the LORD to anger'],
      ['2Chr', 3, 1, 'where the LORD appeared unto David'],
      ['2Chr', 17, 4, 'But sought to the LORD God of his father'],
      ['2Chr', 18, 21, 'And the LORD said'],
      ['Ps', 68, 4, 'by his name JAH'],
      // USFM \nd … \+nd* leftovers
      ['Exod', 32, 14, 'And the LORD repented of the evil'],
      ['Isa', 45, 25, 'In the LORD shall all the seed of Israel be justified'],
      ['Amos', 3, 7, 'Surely the Lord GOD will do nothing'],
      // possessive stays as printed
      ['Exod', 12, 11, 'it is the LORD’s passover'],
    ];
    for (const [book, c, v, phrase] of places) expect(verseText('kjv', book, c, v), `${book} ${c}:${v}`).toContain(phrase);
    expect(versesMatching('kjv', /\bJah\b|LORD’S/)).toEqual([]);
  });

  it('drops the KJV colophons and the WEB glossary after the last verse', () => {
    const pauline: OsisBook[] = ['Rom', '1Cor', '2Cor', 'Gal', 'Eph', 'Phil', 'Col', '1Thess', '2Thess', '1Tim', '2Tim', 'Titus', 'Phlm', 'Heb'];
    for (const book of pauline) {
      const last = chapterCount(book);
      for (const t of TRANSLATIONS) {
        expect(verseText(t, book, last, verseCount(book, last)), `${t} ${book}`).not.toMatch(/written|epistle/i);
      }
    }
    expect(verseText('kjv', 'Rom', 16, 27)).toBe('To God only wise, be glory through Jesus Christ for ever. Amen.');
    expect(verseText('kjv', 'Phlm', 1, 25)).toBe('The grace of our Lord Jesus Christ be with your spirit. Amen.');
    expect(verseText('web', 'Rev', 22, 21)).toBe('The grace of the Lord Jesus Christ be with all the saints. Amen.');
    expect(verseText('kjv', 'Rev', 22, 21)).toBe('The grace of our Lord Jesus Christ be with you all. Amen.');
    expect(versesMatching('web', /Glossary|Abaddon is Hebrew/)).toEqual([]);
    expect(versesMatching('kjv', /Written (to|from)/)).toEqual([]);
  });

  it('maps the WEB’s Romans doxology back to Rom 16:25–27', () => {
    expect(verseText('web', 'Rom', 14, 23)).toBe(
      'But he who doubts is condemned if he eats, because it isn’t of faith; and whatever is not of faith is sin.',
    );
    expect(verseText('web', 'Rom', 16, 25)).toMatch(/^Now to him who is able to establish you according to my Good News/);
    expect(verseText('web', 'Rom', 16, 25)).toMatch(/kept secret through long ages,$/);
    expect(verseText('web', 'Rom', 16, 26)).toMatch(/^but now is revealed, .*to all the nations;$/);
    expect(verseText('web', 'Rom', 16, 27)).toBe('to the only wise God, through Jesus Christ, to whom be the glory forever! Amen.');
    expect(verseText('kjv', 'Rom', 16, 25)).toMatch(/^Now to him that is of power to stablish you/);
  });

  it('keeps the WEB’s NRSVA-only keys out: 3 John 15 and Rev 12:18 text lives in the KJV slots', () => {
    expect(readBook('web', '3John').chapters[0]).toHaveLength(14);
    expect(verseText('web', '3John', 1, 14)).toContain('Peace be to you. The friends greet you. Greet the friends by name.');
    expect(readBook('web', 'Rev').chapters[11]).toHaveLength(17);
    expect(verseText('web', 'Rev', 13, 1)).toMatch(/^Then I stood on the sand of the sea\. I saw a beast/);
  });
});

describe('structure kept as runs', () => {
  it('marks the words of Jesus in both translations', () => {
    for (const t of TRANSLATIONS) {
      const runs = entryRuns(readBook(t, 'John').chapters[2][15]);
      expect(runs.map(runKind), t).toEqual(['j']);
      const said = entryRuns(readBook(t, 'John').chapters[2][2]);
      expect(said.map(runKind), t).toEqual(['', 'j']);
      expect(runText(said[0]), t).toMatch(/^Jesus answered/);
    }
    // Narrative around the words stays plain.
    expect(entryRuns(readBook('kjv', 'John').chapters[0][0]).map(runKind)).toEqual(['']);
  });

  it('marks the KJV’s added words as italics, also inside the words of Jesus', () => {
    expect(entryRuns(readBook('kjv', 'Ps').chapters[22][0])).toEqual(['The LORD ', { i: 'is' }, ' my shepherd; I shall not want.']);
    expect(entryRuns(readBook('kjv', 'Gen').chapters[0][1])).toContainEqual({ i: 'was' });
    expect(entryRuns(readBook('kjv', 'John').chapters[2][4])).toContainEqual({ ji: 'of' });
    // The WEB has no added-word markup.
    for (const [ref, runs] of allVerses('web')) {
      for (const run of runs) expect(['', 'j'], ref).toContain(runKind(run));
    }
  });

  it('keeps the canonical Psalm titles apart from verse 1', () => {
    const kjv = readBook('kjv', 'Ps').titles!;
    const web = readBook('web', 'Ps').titles!;
    expect(Object.keys(kjv)).toHaveLength(116);
    expect(Object.keys(web)).toEqual(Object.keys(kjv));
    expect(kjv['119']).toBeUndefined();
    expect(entryRuns(kjv['3']).map(runText).join('')).toBe('A Psalm of David, when he fled from Absalom his son.');
    expect(entryRuns(web['3']).map(runText).join('')).toBe('A Psalm by David, when he fled from Absalom his son.');
    expect(entryRuns(kjv['23']).map(runText).join('')).toBe('A Psalm of David.');
    expect(verseText('kjv', 'Ps', 3, 1)).toMatch(/^LORD, how are they increased/);
    expect(verseText('web', 'Ps', 3, 1)).toMatch(/^Yahweh, how my adversaries have increased!/);
    expect(verseText('web', 'Ps', 119, 1)).not.toContain('ALEPH');
    for (const book of OSIS_BOOKS) if (book !== 'Ps') expect(readBook('kjv', book).titles).toBeUndefined();
  });
});
