/**
 * What any content script costs a page's JS heap, to read bench:page's heap
 * figure against: the built extension copied with its content script
 * replaced by a stand-in. The stand-ins run in the same isolated world as
 * ours, on the same page, and hold on to nothing.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Stand-in content scripts, from doing nothing to walking every text node of the page. */
export const STAND_INS: ReadonlyArray<{ name: string; source: (ours: string) => string }> = [
  { name: 'a content script that does nothing', source: () => 'void 0;\n' },
  {
    name: 'one that walks every text node once (TreeWalker, reads .data)',
    source: () =>
      '(() => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let n = 0; for (let t = w.nextNode(); t; t = w.nextNode()) n += t.data.length; console.debug(n); })();\n',
  },
  {
    name: '… and looks at each text node\'s parent element',
    source: () =>
      '(() => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let n = 0; for (let t = w.nextNode(); t; t = w.nextNode()) n += t.data.length + (t.parentElement?.tagName.length ?? 0); console.debug(n); })();\n',
  },
  // Our bundle evaluated, with its main() returning at once: the cost of our code alone.
  // Matches the minified `main: (ctx) => …` (and `async main(ctx) { … }`) of defineContentScript.
  {
    name: 'our content script, evaluated but not started',
    source: (ours) => ours.replace(/\bmain:(\w+)=>/, 'main:$1=>void 0&&').replace(/\basync main\((\w*)\)\{/, 'async main($1){return;'),
  },
];

/** A copy of the built extension at `built` whose content script is `source(ours)`; `remove()` deletes it. */
export function extensionWith(built: string, source: (ours: string) => string, ours: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'st-floor-'));
  cpSync(built, dir, { recursive: true });
  const replaced = source(ours);
  if (replaced === ours) throw new Error('The stand-in did not change the content script (has its main() changed shape?)');
  writeFileSync(join(dir, 'content-scripts', 'content.js'), replaced);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
