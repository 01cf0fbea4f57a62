/**
 * Regenerates the bundled public-domain commentaries from Debian's SWORD
 * modules (see docs/commentaries.md).
 *
 *   npm run build:commentaries              write content/commentaries/**
 *   npm run build:commentaries -- --check   rebuild in memory and compare byte for byte
 *   npm run build:commentaries -- --verbose also list every whole-chapter block and fix
 *
 * Needs the modules MHCC (apt: sword-comm-mhcc) and TDavid (sword-comm-tdavid);
 * it reads their compressed blocks itself (scripts/commentaries/sword-module.ts
 * says why not mod2imp). Building or testing the extension does not: the
 * generated files are committed.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import counts from '../lib/bible/kjv-verse-counts.json';
import type { CommentarySourceId } from '../lib/commentaries/types';
import type { VerseCounts } from './commentaries/blocks';
import { buildAll, SOURCES, type BuildOutput } from './commentaries/build';
import { ModuleError, readModuleText } from './commentaries/sword-module';
import { checkGenerated, writeGenerated } from './generated-files';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_IDS: readonly CommentarySourceId[] = ['mhcc', 'tdavid'];
const GENERATED_DIRS = SOURCE_IDS.map((s) => `content/commentaries/${s}`);

// Decimal units, as in the docs (1 MB = 1,000,000 bytes); gzip at its default level.
const kb = (n: number) => `${(n / 1e3).toFixed(0)} kB`;
const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
const list = (items: readonly string[]) => (items.length ? ` [${items.join('; ')}]` : '');

function sizes(out: BuildOutput, source: CommentarySourceId) {
  let raw = 0;
  let gz = 0;
  let files = 0;
  let largest = { name: '', raw: 0, gz: 0 };
  for (const [path, content] of out.files) {
    if (!path.startsWith(`content/commentaries/${source}/`)) continue;
    const bytes = Buffer.byteLength(content);
    const gzBytes = gzipSync(content).length;
    files++;
    raw += bytes;
    gz += gzBytes;
    if (bytes > largest.raw) largest = { name: path.slice(path.lastIndexOf('/') + 1), raw: bytes, gz: gzBytes };
  }
  return { files, raw, gz, largest };
}

function summary(out: BuildOutput, verbose: boolean): void {
  for (const source of SOURCE_IDS) {
    const s = sizes(out, source);
    const r = out.reports[source];
    console.log(
      `${source}: ${s.files} files, ${mb(s.raw)} raw, ${mb(s.gz)} gzipped; largest ${s.largest.name} ` +
        `${kb(s.largest.raw)} (${kb(s.largest.gz)} gz); ${r.books} book(s), ${r.chapters} chapters, ` +
        `${r.blocks} blocks, ${r.paragraphs} paragraphs (${r.repeatedShortParagraphs} short ones repeated)`,
    );
  }
  const m = out.reports.mhcc.detail;
  console.log(
    `  mhcc: ${m.outlineItems} outline items, ${m.introParagraphs} introduction paragraphs` +
      `; whole-chapter blocks ${m.wholeChapterBlocks.length}` +
      (verbose ? list(m.wholeChapterBlocks) : '') +
      `; chapters without a "Chapter N" title${list(m.untitledChapters)}; books without introduction${list(m.booksWithoutIntro)}` +
      `; headings continued after the bold run ${m.headingsContinued}; stray stops ${m.strayStops}; "#" marks ${m.hashMarks}; "--" marks ${m.commentMarks}` +
      `; range fixes ${m.rangeFixes.length}${list(m.rangeFixes)}` +
      `; overlaps${list(m.overlaps)}; clamped${list(m.clamped)}; gaps ${m.gaps.length}${list(m.gaps)}`,
  );
  const t = out.reports.tdavid.detail;
  const dropped = (Object.keys(t.dropped) as (keyof typeof t.dropped)[]).map((k) => {
    const text = JSON.stringify(t.droppedText[k]);
    return `${k} ${t.dropped[k].paragraphs} paragraphs ${mb(Buffer.byteLength(text))} (${mb(gzipSync(text).length)} gz)`;
  });
  console.log(
    `  tdavid: left out: ${dropped.join(', ')}` +
      `; overview from the exposition${list(t.overviewFromExposition)}; Psalm 119 stanza introductions ${t.stanzaIntros.length}` +
      `; verse links removed ${t.verseLinks}; pasted copies removed ${t.copiesDropped}; fixes ${t.fixesApplied.length}` +
      (verbose ? list(t.fixesApplied) : ''),
  );
}

function main(): number {
  const started = performance.now();
  const checkOnly = process.argv.includes('--check');
  let out: BuildOutput;
  try {
    const text = { mhcc: readModuleText(SOURCES.mhcc), tdavid: readModuleText(SOURCES.tdavid) };
    out = buildAll(text, counts as VerseCounts);
  } catch (err) {
    if (err instanceof ModuleError) {
      console.error(`build:commentaries: ${err.message}`);
      return 1;
    }
    throw err;
  }
  summary(out, process.argv.includes('--verbose'));
  const generated = { command: 'build:commentaries', root: ROOT, dirs: GENERATED_DIRS, files: out.files };
  let status = 0;
  if (checkOnly) status = checkGenerated(generated);
  else writeGenerated(generated);
  console.log(`build:commentaries: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return status;
}

process.exitCode = main();
