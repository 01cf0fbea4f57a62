/**
 * Regenerates the bundled Bible texts from Debian's public-domain SWORD
 * modules (see docs/bible-texts.md).
 *
 *   npm run build:bible              write content/bible/** and lib/bible/kjv-verse-counts.json
 *   npm run build:bible -- --check   rebuild in memory and compare byte for byte
 *
 * Needs `mod2imp` (apt: libsword-utils) and the modules engWEB2015eb
 * (sword-text-web) and engKJV2006eb (sword-text-kjv). Building or testing the
 * extension does not: the generated files are committed.
 */
import { spawnSync } from 'node:child_process';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { TRANSLATIONS, type TranslationId } from '../lib/bible/bible-data';
import { buildAll, MODULES, type BuildOutput } from './bible/build';
import { checkGenerated, writeGenerated } from './generated-files';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GENERATED_DIRS = ['content/bible/web', 'content/bible/kjv'];

class ToolError extends Error {}

function exportModule(t: TranslationId): string {
  const { module, aptPackage } = MODULES[t];
  const result = spawnSync('mod2imp', [module], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (result.error) {
    if ((result.error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ToolError('mod2imp not found. Install it with: sudo apt-get install libsword-utils');
    }
    throw result.error;
  }
  if (result.status !== 0 || !result.stdout.includes('$$$')) {
    throw new ToolError(
      `SWORD module ${module} not found (mod2imp: ${(result.stderr || result.stdout).trim().split('\n')[0]}).\n` +
        `Install it with: sudo apt-get install ${aptPackage}`,
    );
  }
  return result.stdout;
}

// Decimal units, as in docs/bible-texts.md (1 MB = 1,000,000 bytes); gzip at its default level.
const kb = (n: number) => `${(n / 1e3).toFixed(0)} kB`;
const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;

function summary(out: BuildOutput): void {
  for (const t of TRANSLATIONS) {
    const r = out.reports[t];
    let raw = 0;
    let gz = 0;
    let largest = { path: '', raw: 0, gz: 0 };
    for (const [path, content] of out.files) {
      if (!path.startsWith(`content/bible/${t}/`)) continue;
      const bytes = Buffer.byteLength(content);
      const gzBytes = gzipSync(content).length;
      raw += bytes;
      gz += gzBytes;
      if (bytes > largest.raw) largest = { path, raw: bytes, gz: gzBytes };
    }
    const s = r.stats;
    console.log(
      `${t}: ${mb(raw)} raw, ${mb(gz)} gzipped; largest ${relative('content/bible', largest.path)} ` +
        `${kb(largest.raw)} (${kb(largest.gz)} gz); empty verses ${r.empty.length}` +
        (r.empty.length ? ` [${r.empty.join(' ')}]` : '') +
        `; spaces restored at notes ${s.noteSpaces}, at other marks ${s.blockSpaces}` +
        `; split words joined ${r.splitWordsJoined}; divine names capitalised ${s.divineNamesCapitalised}` +
        ` (\\nd leftovers ${s.usfmDivineNames}); ¶ removed ${s.pilcrows}; Psalm titles ${r.psalmTitles}` +
        `; extra keys dropped [${r.extraKeysDropped.join(' ')}]` +
        `; text dropped after chapter end: ${r.afterChapterEnd.length} place(s), ` +
        `${r.afterChapterEnd.reduce((n, a) => n + a.chars, 0)} chars`,
    );
    if (process.argv.includes('--verbose')) {
      for (const a of r.afterChapterEnd) console.log(`  after ${a.ref}: ${a.chars} chars "${a.start}…"`);
    }
  }
}

function main(): number {
  const checkOnly = process.argv.includes('--check');
  let out: BuildOutput;
  try {
    out = buildAll(Object.fromEntries(TRANSLATIONS.map((t) => [t, exportModule(t)])) as Record<TranslationId, string>);
  } catch (err) {
    if (err instanceof ToolError) {
      console.error(`build:bible: ${err.message}`);
      return 1;
    }
    throw err;
  }
  summary(out);
  if (checkOnly) return checkGenerated({ command: 'build:bible', root: ROOT, dirs: GENERATED_DIRS, files: out.files });
  writeGenerated({ command: 'build:bible', root: ROOT, dirs: GENERATED_DIRS, files: out.files });
  return 0;
}

process.exitCode = main();
