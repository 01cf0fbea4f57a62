/**
 * Reads the whole text of a compressed SWORD commentary module (zCom or
 * zCom4) straight from its compressed blocks, in document order.
 *
 * Why not `mod2imp`: Debian's MHCC module (sword-comm-mhcc 2.0-1) declares
 * `ModDrv=zCom4`, but its verse index (`*.bzv`) has the 10-byte zCom layout.
 * SWORD then reads every index entry at the wrong place: the export's keys
 * drift, ~1,400 entries repeat whole blocks (410 MB instead of 6 MB) and the
 * start of most books is lost. Read with the right driver, the export is
 * clean but still lacks two passages (1 Sam 25:39–44, Ps 95:7–11) whose index
 * entries osis2mod overwrote; their text is only in the blocks. The blocks
 * hold the module's OSIS text as one stream, so reading them gives the whole
 * document and depends on no index at all. See docs/commentaries.md.
 *
 * Block files: `<testament>.<b|c|v>zs` has one 12-byte record per block
 * (offset, compressed size, uncompressed size; little-endian uint32) and
 * `<testament>.<b|c|v>zz` holds the zlib streams. The letter is the conf's
 * BlockType (BOOK, CHAPTER, VERSE).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

export interface SwordModuleSpec {
  /** SWORD module name, e.g. "MHCC". */
  readonly module: string;
  /** Debian package that installs it, named when it is missing. */
  readonly aptPackage: string;
}

/** A module that is not installed, or not readable as expected. */
export class ModuleError extends Error {}

const BLOCK_LETTER: Record<string, string> = { BOOK: 'b', CHAPTER: 'c', VERSE: 'v' };

/** Where SWORD looks for modules: $SWORD_PATH, then Debian's system path. */
function swordRoots(): string[] {
  return [process.env.SWORD_PATH, '/usr/share/sword'].filter((p): p is string => !!p);
}

/** The `Key=Value` lines of a module's .conf (first value wins). */
export function parseConf(text: string): Map<string, string> {
  const conf = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z_][\w.]*)=(.*)$/.exec(line.trim());
    if (m && !conf.has(m[1])) conf.set(m[1], m[2].trim());
  }
  return conf;
}

function findConf(spec: SwordModuleSpec): { root: string; conf: Map<string, string> } {
  const wanted = `[${spec.module}]`.toLowerCase();
  for (const root of swordRoots()) {
    const dir = join(root, 'mods.d');
    const file = join(dir, `${spec.module.toLowerCase()}.conf`);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    if (text.split('\n')[0].trim().toLowerCase() !== wanted) continue;
    return { root, conf: parseConf(text) };
  }
  throw new ModuleError(
    `SWORD module ${spec.module} not found (looked in ${swordRoots().join(', ')}).\n` +
      `Install it with: sudo apt-get install ${spec.aptPackage}`,
  );
}

/** The decompressed blocks of one testament file pair, in order ([] when empty or absent). */
function readBlocks(indexFile: string, dataFile: string): string[] {
  if (!existsSync(indexFile) || statSync(indexFile).size === 0) return [];
  const index = readFileSync(indexFile);
  const data = readFileSync(dataFile);
  if (index.length % 12 !== 0) throw new ModuleError(`${indexFile}: size ${index.length} is not a multiple of 12`);
  const blocks: string[] = [];
  for (let at = 0; at < index.length; at += 12) {
    const offset = index.readUInt32LE(at);
    const size = index.readUInt32LE(at + 4);
    const expected = index.readUInt32LE(at + 8);
    if (offset + size > data.length) throw new ModuleError(`${dataFile}: block ${at / 12} runs past the end`);
    const bytes = inflateSync(data.subarray(offset, offset + size));
    if (bytes.length !== expected) {
      throw new ModuleError(`${dataFile}: block ${at / 12} is ${bytes.length} bytes, the index says ${expected}`);
    }
    blocks.push(bytes.toString('utf8'));
  }
  return blocks;
}

/** The module's whole OSIS text: Old Testament blocks, then New Testament blocks. */
export function readModuleText(spec: SwordModuleSpec): string {
  const { root, conf } = findConf(spec);
  const driver = conf.get('ModDrv');
  if (driver !== 'zCom' && driver !== 'zCom4') throw new ModuleError(`${spec.module}: unexpected ModDrv=${driver}`);
  if (conf.get('CompressType') !== 'ZIP') throw new ModuleError(`${spec.module}: unexpected CompressType`);
  if (conf.get('SourceType') !== 'OSIS') throw new ModuleError(`${spec.module}: unexpected SourceType`);
  const letter = BLOCK_LETTER[conf.get('BlockType') ?? ''];
  if (!letter) throw new ModuleError(`${spec.module}: unexpected BlockType=${conf.get('BlockType')}`);
  const dataPath = join(root, conf.get('DataPath') ?? '');
  const blocks = ['ot', 'nt'].flatMap((t) =>
    readBlocks(join(dataPath, `${t}.${letter}zs`), join(dataPath, `${t}.${letter}zz`)),
  );
  if (blocks.length === 0) {
    throw new ModuleError(
      `SWORD module ${spec.module} has no data in ${dataPath}.\nInstall it with: sudo apt-get install ${spec.aptPackage}`,
    );
  }
  return blocks.join('');
}
