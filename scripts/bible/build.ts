/**
 * Builds the bundled texts from two mod2imp exports, in memory.
 * Pure apart from the inputs: no fs, no processes (scripts/build-bible.ts
 * does the I/O), so the output depends only on the module exports.
 */
import { BOOKS, type BookInfo, type OsisBook } from '../../lib/bible/books';
import { makeRun, runText, TRANSLATION_NAMES, TRANSLATIONS, type Run, type TranslationId } from '../../lib/bible/bible-data';
import { groupByBook, parseImp, type ImpEntry } from './imp';
import { convertEntry, emptyStats, type ConvertStats } from './osis-markup';
import { joinSplitWord, KJV_SPLIT_WORDS, splitRomansDoxology } from './fixes';

export const MODULES: Record<TranslationId, { module: string; aptPackage: string }> = {
  web: { module: 'engWEB2015eb', aptPackage: 'sword-text-web' },
  kjv: { module: 'engKJV2006eb', aptPackage: 'sword-text-kjv' },
};

const TRANSLATION_META: Record<
  TranslationId,
  { name: string; abbreviation: string; attribution: string }
> = {
  web: {
    ...TRANSLATION_NAMES.web,
    attribution:
      'World English Bible (WEB), public domain. “World English Bible” is a trademark of eBible.org. ' +
      'Text unchanged from the SWORD module engWEB2015eb.',
  },
  kjv: {
    ...TRANSLATION_NAMES.kjv,
    attribution:
      'King James Version (Authorized Version, 1769 text), public domain outside the United Kingdom; ' +
      'in the UK its printing is governed by Crown letters patent. From the SWORD module engKJV2006eb.',
  },
};

type VerseCounts = Record<OsisBook, number[]>;

interface TranslationReport {
  /** Verse slots left empty ("" in the data), as OSIS refs. */
  empty: string[];
  /** Keys the module has outside the KJV versification; all must be empty. */
  extraKeysDropped: string[];
  /** Text dropped after `<chapter eID>`: colophons, glossary. */
  afterChapterEnd: { ref: string; chars: number; start: string }[];
  splitWordsJoined: number;
  psalmTitles: number;
  stats: ConvertStats;
}

export interface BuildOutput {
  /** Repository-relative path → exact file content. */
  files: Map<string, string>;
  reports: Record<TranslationId, TranslationReport>;
}

/** Verses per chapter per book, read from the KJV module's keys. */
function verseCountsFromKjv(entries: readonly ImpEntry[]): VerseCounts {
  const byBook = groupByBook(entries);
  const counts = {} as VerseCounts;
  for (const info of BOOKS) {
    const keys = byBook.get(info.sword);
    if (!keys) throw new Error(`KJV module lacks ${info.sword}`);
    const chapters: number[] = [];
    for (const e of keys.values()) {
      if (e.chapter < 1 || e.verse < 1) continue;
      chapters[e.chapter - 1] = Math.max(chapters[e.chapter - 1] ?? 0, e.verse);
    }
    for (let c = 0; c < chapters.length; c++) {
      const n = chapters[c];
      if (!n) throw new Error(`KJV ${info.osis} ${c + 1} has no verses`);
      for (let v = 1; v <= n; v++) {
        if (!keys.has(`${c + 1}:${v}`)) throw new Error(`KJV lacks ${info.osis} ${c + 1}:${v}`);
      }
    }
    counts[info.osis] = chapters;
  }
  return counts;
}

/** lib/bible/kjv-verse-counts.json, in its committed layout. */
function formatVerseCounts(counts: VerseCounts): string {
  const lines = BOOKS.map((b) => `  ${JSON.stringify(b.osis)}: [${counts[b.osis].join(',')}]`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

function verseJson(runs: readonly Run[]): string {
  if (runs.length === 0) return '""';
  if (runs.length === 1 && typeof runs[0] === 'string') return JSON.stringify(runs[0]);
  return JSON.stringify(runs);
}

interface BookBuild {
  chapters: Run[][][];
  titles: Map<number, Run[]>;
}

function formatBook(t: TranslationId, book: OsisBook, data: BookBuild): string {
  const chapters = data.chapters.map((ch) => `[${ch.map(verseJson).join(',')}]`).join(',\n');
  let out = `{"translation":${JSON.stringify(t)},"book":${JSON.stringify(book)},"chapters":[\n${chapters}\n]`;
  if (data.titles.size > 0) {
    const titles = [...data.titles.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([c, runs]) => `${JSON.stringify(String(c))}:${verseJson(runs)}`)
      .join(',\n');
    out += `,"titles":{\n${titles}\n}`;
  }
  return `${out}}\n`;
}

function formatIndex(t: TranslationId, counts: VerseCounts, withTitles: Set<OsisBook>): string {
  const meta = TRANSLATION_META[t];
  const head = {
    translation: t,
    name: meta.name,
    abbreviation: meta.abbreviation,
    attribution: meta.attribution,
  };
  const books = BOOKS.map((b) =>
    JSON.stringify({
      osis: b.osis,
      name: b.name,
      verses: counts[b.osis],
      ...(withTitles.has(b.osis) ? { titles: true } : {}),
    }),
  );
  return `${JSON.stringify(head).slice(0, -1)},"books":[\n${books.join(',\n')}\n]}\n`;
}

function addStats(into: ConvertStats, from: ConvertStats): void {
  for (const key of Object.keys(into) as (keyof ConvertStats)[]) into[key] += from[key];
}

const osisRef = (book: OsisBook, c: number, v: number) => `${book}.${c}.${v}`;

function buildBook(
  t: TranslationId,
  info: BookInfo,
  keys: Map<string, ImpEntry>,
  counts: number[],
  report: TranslationReport,
): BookBuild {
  const book = info.osis;
  const chapters: Run[][][] = counts.map((n) => Array.from({ length: n }, () => []));
  const titles = new Map<number, Run[]>();
  let inJesus = false;
  const convert = (e: ImpEntry, captureTitle: boolean) => {
    const r = convertEntry(e.markup, { captureTitle, inJesusMilestone: inJesus });
    inJesus = r.inJesusMilestone;
    addStats(report.stats, r.stats);
    if (r.afterChapterEnd) {
      report.afterChapterEnd.push({
        ref: osisRef(book, e.chapter, e.verse),
        chars: r.afterChapterEnd.length,
        start: r.afterChapterEnd.slice(0, 60),
      });
    }
    return r;
  };

  // Entries in module order, so that milestones spanning keys stay in step.
  const ordered = [...keys.values()];
  for (const e of ordered) {
    if (e.chapter === 0) continue; // book introduction: titles only
    // Psalm superscriptions come with verse 1 (or the chapter heading).
    // Psalm 119's "canonical" titles in the WEB are its acrostic letters.
    const captureTitle = book === 'Ps' && e.verse <= 1 && e.chapter !== 119;
    const inRange = e.chapter <= counts.length && e.verse >= 1 && e.verse <= counts[e.chapter - 1];
    const r = convert(e, captureTitle);
    if (r.title) {
      if (titles.has(e.chapter)) throw new Error(`${t} Ps ${e.chapter}: two titles`);
      if (r.title.length > 0) titles.set(e.chapter, r.title);
    }
    if (e.verse === 0) {
      if (r.runs.length > 0) throw new Error(`${t} ${book} ${e.chapter}:0 has text: ${runText(r.runs[0])}`);
      continue;
    }
    if (!inRange) {
      if (r.runs.length > 0) {
        throw new Error(`${t} ${book} ${e.chapter}:${e.verse} is outside the KJV versification and has text`);
      }
      report.extraKeysDropped.push(osisRef(book, e.chapter, e.verse));
      continue;
    }
    chapters[e.chapter - 1][e.verse - 1] = r.runs;
  }

  if (t === 'web' && book === 'Rom') mapRomansDoxology(chapters);
  if (t === 'kjv') {
    for (const fix of KJV_SPLIT_WORDS) {
      const [b, c, v] = fix.ref.split('.');
      if (b !== book) continue;
      const slot = chapters[Number(c) - 1];
      slot[Number(v) - 1] = joinSplitWord(slot[Number(v) - 1], fix.split, `KJV ${fix.ref}`);
      report.splitWordsJoined++;
    }
  }

  chapters.forEach((ch, c) => {
    ch.forEach((runs, v) => {
      if (runs.length === 0) report.empty.push(osisRef(book, c + 1, v + 1));
    });
  });
  report.psalmTitles += titles.size;
  return { chapters, titles };
}

/**
 * The WEB follows the NRSVA here: the doxology is Rom 14:24–26, stored inside
 * 14:23, and 16:25–27 are empty. Put it back where the KJV numbers it.
 */
function mapRomansDoxology(chapters: Run[][][]): void {
  const rom14 = chapters[13];
  const rom16 = chapters[15];
  if (rom16[24].length || rom16[25].length || rom16[26].length) {
    throw new Error('WEB Rom 16:25–27 are no longer empty; revisit the doxology mapping');
  }
  const v23 = rom14[22];
  if (v23.some((r) => typeof r !== 'string')) throw new Error('WEB Rom 14:23 has structure; cannot split');
  const split = splitRomansDoxology(v23.map(runText).join(''));
  rom14[22] = [makeRun('', split.rom14_23)];
  split.rom16.forEach((text, k) => {
    rom16[24 + k] = [makeRun('', text)];
  });
}

function buildTranslation(
  t: TranslationId,
  impText: string,
  counts: VerseCounts,
): { files: Map<string, string>; report: TranslationReport } {
  const entries = parseImp(impText);
  const byBook = groupByBook(entries);
  const report: TranslationReport = {
    empty: [],
    extraKeysDropped: [],
    afterChapterEnd: [],
    splitWordsJoined: 0,
    psalmTitles: 0,
    stats: emptyStats(),
  };
  const files = new Map<string, string>();
  const withTitles = new Set<OsisBook>();
  for (const info of BOOKS) {
    const keys = byBook.get(info.sword);
    if (!keys) throw new Error(`${t}: module lacks ${info.sword}`);
    const data = buildBook(t, info, keys, counts[info.osis], report);
    if (data.titles.size > 0) withTitles.add(info.osis);
    files.set(`content/bible/${t}/${info.osis}.json`, formatBook(t, info.osis, data));
  }
  if (t === 'kjv' && report.splitWordsJoined !== KJV_SPLIT_WORDS.length) {
    throw new Error('not every KJV split word was joined');
  }
  files.set(`content/bible/${t}/index.json`, formatIndex(t, counts, withTitles));
  return { files, report };
}

export function buildAll(imp: Record<TranslationId, string>): BuildOutput {
  const counts = verseCountsFromKjv(parseImp(imp.kjv));
  const files = new Map<string, string>();
  files.set('lib/bible/kjv-verse-counts.json', formatVerseCounts(counts));
  const reports = {} as Record<TranslationId, TranslationReport>;
  for (const t of TRANSLATIONS) {
    const built = buildTranslation(t, imp[t], counts);
    for (const [path, content] of built.files) files.set(path, content);
    reports[t] = built.report;
  }
  return { files, reports };
}
