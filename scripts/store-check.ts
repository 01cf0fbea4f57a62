/**
 * The stores' automated checks, as far as they can run here, on the built
 * packages: the manifest rules (scripts/store-manifest.ts), web-ext lint for
 * the Firefox builds (AMO's own linter, addons-linter), the 4 MB limit
 * above which AMO does not parse a script, and, with --zips, the zips made
 * by `npm run zip` against the 200 MB store limit. Prints every finding and
 * figure; exits 1 when anything is wrong.
 *
 *   tsx scripts/store-check.ts            # the builds in .output/
 *   tsx scripts/store-check.ts --zips     # and the zips next to them
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import webExt from 'web-ext';
import { manifestProblems, textAround, unexpectedLintMessages, type LintMessage } from './store-manifest';

const OUT = '.output';
const BUILDS = [
  { dir: 'chrome-mv3', browser: 'chrome' },
  { dir: 'firefox-mv3', browser: 'firefox' },
  { dir: 'firefox-mv2', browser: 'firefox' },
] as const;
/** AMO refuses larger packages; the Chrome Web Store's limit is far above it. */
const STORE_ZIP_MAX = 200 * 1000 * 1000;
/** AMO does not parse a non-binary file above 4 MB, and rejects the upload. */
const AMO_PARSE_MAX = 4 * 1024 * 1024;

const MB = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
let failures = 0;
const fail = (text: string) => {
  failures++;
  console.error(`FAIL ${text}`);
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

interface LintResult {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

async function lint(sourceDir: string): Promise<LintResult> {
  // `boring`: no colours; `output: 'none'`: the result comes back as an object.
  return (await webExt.cmd.lint({ sourceDir, output: 'none', boring: true }, { shouldExitProgram: false })) as LintResult;
}

async function checkBuild(dir: string, browser: 'chrome' | 'firefox') {
  const root = join(OUT, dir);
  const manifestPath = join(root, 'manifest.json');
  if (!existsSync(manifestPath)) {
    console.log(`skip ${dir}: not built`);
    return false;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const problems = manifestProblems(manifest, browser);
  for (const problem of problems) fail(`${dir}/manifest.json: ${problem}`);
  if (!problems.length) console.log(`ok   ${dir}: manifest rules`);

  const files = filesUnder(root);
  const big = files.filter((f) => /\.(js|json|html|css)$/.test(f) && statSync(f).size > AMO_PARSE_MAX);
  for (const file of big) fail(`${relative(root, file)} is ${MB(statSync(file).size)}, over the 4 MB AMO parses`);
  const total = files.reduce((sum, f) => sum + statSync(f).size, 0);
  console.log(`ok   ${dir}: ${files.length} files, ${MB(total)} unpacked, largest script ${MB(Math.max(...files.filter((f) => f.endsWith('.js')).map((f) => statSync(f).size)))}`);

  if (browser === 'firefox') {
    const result = await lint(root);
    const sourceAt = (file: string, line: number, column: number) => textAround(readFileSync(join(root, file), 'utf8'), line, column);
    const unexpected = unexpectedLintMessages(result, sourceAt);
    const accepted = result.warnings.length - unexpected.filter((m) => result.warnings.includes(m)).length;
    for (const m of unexpected) fail(`${dir}: web-ext lint ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}`);
    console.log(
      `${unexpected.length ? 'FAIL' : 'ok  '} ${dir}: web-ext lint: ${result.errors.length} errors, ${result.warnings.length} warnings (${accepted} of them Preact's dangerouslySetInnerHTML branch, see docs/store.md), ${result.notices.length} notices`,
    );
  }
  return true;
}

async function checkZips() {
  const zips = existsSync(OUT) ? readdirSync(OUT).filter((f) => f.endsWith('.zip')) : [];
  if (!zips.length) fail('no zips in .output (run "npm run zip")');
  for (const zip of zips) {
    const size = statSync(join(OUT, zip)).size;
    if (size > STORE_ZIP_MAX) fail(`${zip} is ${MB(size)}, over the 200 MB store limit`);
    else console.log(`ok   ${zip}: ${MB(size)} (limit 200 MB)`);
  }
  const firefoxZip = zips.find((z) => z.endsWith('-firefox.zip'));
  if (firefoxZip) {
    const result = await lint(join(OUT, firefoxZip));
    // Inside a zip the linter cannot point us at the source, so compare with the unpacked build's verdict.
    const codes = [...result.errors, ...result.notices, ...result.warnings].map((m) => m.code);
    const onlyPreact = codes.every((c) => c === 'UNSAFE_VAR_ASSIGNMENT') && result.warnings.length <= 2;
    if (!onlyPreact) fail(`${firefoxZip}: web-ext lint found ${codes.join(', ')}`);
    else console.log(`ok   ${firefoxZip}: web-ext lint: ${result.errors.length} errors, ${result.warnings.length} warnings (${codes.join(', ') || 'none'})`);
  }
}

let checked = 0;
for (const { dir, browser } of BUILDS) if (await checkBuild(dir, browser)) checked++;
if (!checked) fail('no build in .output (run "npm run build" or "npm run build:firefox")');
if (process.argv.includes('--zips')) await checkZips();
if (failures) {
  console.error(`${failures} store check(s) failed.`);
  process.exit(1);
}
