/**
 * Can the Firefox tier run here? Decided once, before any test, by the
 * Playwright global setup. Where it cannot, it says why in a banner that is
 * hard to miss; under CI (CI set) it fails the run instead of skipping.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { FIREFOX_MIN_VERSION } from '../../scripts/store-manifest';
import { findFirefox } from '../../scripts/launch-plan';

/** The builds the tier installs: the MV3 package we ship (ADR 5), and the MV2 one `--mv2` makes. */
export const FIREFOX_BUILDS = { mv3: resolve('.output/firefox-mv3'), mv2: resolve('.output/firefox-mv2') } as const;

/** Where the global setup leaves its verdict for the test workers. */
export const SKIP_REASON_ENV = 'FIREFOX_TIER_SKIP_REASON';
export const FIREFOX_BIN_ENV = 'FIREFOX_TIER_BINARY';

export type Verdict = { run: true; binary: string; version: string } | { run: false; reason: string };

/** "Mozilla Firefox 153.8.0esr" → 153. */
export function majorVersion(versionOutput: string): number | undefined {
  const match = /Firefox\s+(\d+)\./.exec(versionOutput);
  return match ? Number(match[1]) : undefined;
}

/** The pure decision: given what was found, run or say why not. */
export function decide(found: { binary?: string; versionOutput?: string; missingBuild?: string }): Verdict {
  if (found.missingBuild) return { run: false, reason: `no Firefox build at ${found.missingBuild} (run "npm run test:firefox", which builds it)` };
  if (!found.binary) return { run: false, reason: 'no Firefox found (set FIREFOX_PATH, or on Debian: apt-get install firefox-esr)' };
  const major = majorVersion(found.versionOutput ?? '');
  const minimum = Number.parseInt(FIREFOX_MIN_VERSION, 10);
  if (major === undefined) return { run: false, reason: `${found.binary} did not report a Firefox version (${JSON.stringify(found.versionOutput ?? '')})` };
  if (major < minimum) return { run: false, reason: `${found.binary} is Firefox ${major}; the extension needs ${minimum} or later` };
  return { run: true, binary: found.binary, version: (found.versionOutput ?? '').trim() };
}

function probe(): Verdict {
  // The same search as `npm start -- --firefox`: FIREFOX_PATH, then firefox-esr or firefox on PATH.
  const binary = findFirefox(process.env, existsSync, delimiter);
  let versionOutput: string | undefined;
  if (binary) {
    try {
      versionOutput = execFileSync(binary, ['--version'], { encoding: 'utf8', timeout: 30_000 });
    } catch (error) {
      versionOutput = `failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  const missingBuild = Object.values(FIREFOX_BUILDS).find((dir) => !existsSync(resolve(dir, 'manifest.json')));
  return decide({ binary, versionOutput, missingBuild });
}

export default function globalSetup(): void {
  const verdict = probe();
  if (verdict.run) {
    process.env[FIREFOX_BIN_ENV] = verdict.binary;
    console.log(`Firefox tier: ${verdict.version} (${verdict.binary}), builds ${Object.values(FIREFOX_BUILDS).join(', ')}`);
    return;
  }
  if (process.env.CI) throw new Error(`${skipBanner(verdict.reason)}Under CI the Firefox tier must run.`);
  console.error(skipBanner(verdict.reason));
  process.env[SKIP_REASON_ENV] = verdict.reason;
}

export function skipBanner(reason: string): string {
  const line = '!'.repeat(78);
  return `\n${line}\n!! THE FIREFOX TIER CANNOT RUN: ${reason}\n!! Its tests are SKIPPED on this machine; under CI this fails the run.\n${line}\n`;
}
