/** Bundles the detector with esbuild (minified, as the extension ships it) and gzips it. */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

export async function bundleDetector(entry: string, outfile: string): Promise<{ bytes: number; gzip: number }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  writeFileSync(outfile, code);
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
