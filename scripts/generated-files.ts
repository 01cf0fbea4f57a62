/**
 * The committed files a build script generates (Bible texts, commentaries):
 * `--check` compares a fresh build with what is on disk, byte for byte, and
 * a normal run writes only what changed and removes what is no longer made.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface GeneratedSet {
  /** The command's name in messages, e.g. "build:bible". */
  readonly command: string;
  /** The repository root the paths are relative to. */
  readonly root: string;
  /** Folders whose .json files this command owns. */
  readonly dirs: readonly string[];
  /** Path (relative to root) → content. */
  readonly files: ReadonlyMap<string, string>;
}

/** Files in the owned folders that exist on disk but are no longer produced. */
function staleFiles({ root, dirs, files }: GeneratedSet): string[] {
  const stale: string[] = [];
  for (const dir of dirs) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).sort()) {
      const path = `${dir}/${name}`;
      if (name.endsWith('.json') && !files.has(path)) stale.push(path);
    }
  }
  return stale;
}

/** Lists every file that differs, is missing or is stale; returns the exit code. */
export function checkGenerated(set: GeneratedSet): number {
  const differing: string[] = [];
  for (const [path, content] of set.files) {
    const abs = join(set.root, path);
    if (!existsSync(abs)) differing.push(`${path} (missing)`);
    else if (!readFileSync(abs).equals(Buffer.from(content, 'utf8'))) differing.push(`${path} (differs)`);
  }
  for (const path of staleFiles(set)) differing.push(`${path} (not generated any more)`);
  if (differing.length > 0) {
    console.error(`${set.command} --check: ${differing.length} file(s) differ from a fresh build:`);
    for (const d of differing) console.error(`  ${d}`);
    console.error(`Run \`npm run ${set.command}\` and commit the result.`);
    return 1;
  }
  console.log(`${set.command} --check: identical (${set.files.size} files)`);
  return 0;
}

/** Writes the files that changed and removes the stale ones. */
export function writeGenerated(set: GeneratedSet): void {
  let changed = 0;
  for (const [path, content] of set.files) {
    const abs = join(set.root, path);
    if (existsSync(abs) && readFileSync(abs, 'utf8') === content) continue;
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    changed++;
  }
  for (const path of staleFiles(set)) {
    unlinkSync(join(set.root, path));
    changed++;
  }
  console.log(`${set.command}: wrote ${set.files.size} files (${changed} changed)`);
}
