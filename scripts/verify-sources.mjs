#!/usr/bin/env node
/**
 * Does the sources zip rebuild the Firefox package exactly? What an AMO
 * reviewer does, automated: unpack `*-sources.zip` into an empty folder,
 * run the documented commands there (`npm ci`, `npm run build:firefox`),
 * and compare every file of the build with the submitted `*-firefox.zip`,
 * byte for byte. Run after `npm run zip`. Exits 1 on any difference.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import JSZip from 'jszip';

const OUT = '.output';
const find = (suffix) => readdirSync(OUT).find((f) => f.endsWith(suffix));
const sourcesZip = find('-sources.zip');
const firefoxZip = find('-firefox.zip');
if (!sourcesZip || !firefoxZip) {
  console.error('No sources or Firefox zip in .output: run "npm run zip" first.');
  process.exit(1);
}

async function unzip(file) {
  const zip = await JSZip.loadAsync(readFileSync(join(OUT, file)));
  const files = new Map();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  return files;
}

function run(command, args, cwd, log) {
  console.log(`$ ${command} ${args.join(' ')}   (in ${cwd})`);
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } });
  writeFileSync(log, `${result.stdout}\n${result.stderr}`, { flag: 'a' });
  if (result.status !== 0) {
    console.error(`failed (exit ${result.status}); output in ${log}`);
    process.exit(1);
  }
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

const workDir = mkdtempSync(join(tmpdir(), 'st-sources-'));
const log = join(workDir, '..', `${workDir.split(/[\\/]/).pop()}.log`);
console.log(`Unpacking ${sourcesZip} into ${workDir}`);
for (const [name, content] of await unzip(sourcesZip)) {
  mkdirSync(dirname(join(workDir, name)), { recursive: true });
  writeFileSync(join(workDir, name), content);
}
run('npm', ['ci', '--no-audit', '--no-fund'], workDir, log);
run('npm', ['run', 'build:firefox'], workDir, log);

const submitted = await unzip(firefoxZip);
const rebuiltDir = join(workDir, '.output', 'firefox-mv3');
const rebuilt = filesUnder(rebuiltDir);
const problems = [];
for (const name of rebuilt) {
  const expected = submitted.get(name);
  if (!expected) problems.push(`only in the rebuild: ${name}`);
  else if (!expected.equals(readFileSync(join(rebuiltDir, name)))) problems.push(`differs: ${name}`);
}
for (const name of submitted.keys()) if (!rebuilt.includes(name)) problems.push(`only in ${firefoxZip}: ${name}`);

console.log(`Node ${process.version}; ${rebuilt.length} files rebuilt, ${submitted.size} in ${firefoxZip}.`);
if (problems.length) {
  for (const problem of problems) console.error(`  ${problem}`);
  console.error(`The sources do not rebuild ${firefoxZip}: ${problems.length} difference(s).`);
  process.exit(1);
}
console.log(`The sources rebuild ${firefoxZip} byte for byte.`);
