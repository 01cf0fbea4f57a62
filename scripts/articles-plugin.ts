/**
 * Vite plugin: compiles the bundled articles (content/articles/*.md) at build
 * time into the module `virtual:bundled-articles`, whose default export is
 * the compiled `Article[]`. The extension therefore ships no Markdown parser
 * in the background worker and never parses HTML at run time.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { compileArticle } from '../lib/articles/compile';
import { readMarkdown } from '../lib/articles/markdown';
import type { Article } from '../lib/articles/types';

const MODULE_ID = 'virtual:bundled-articles';
const RESOLVED_ID = `\0${MODULE_ID}`;

export function compileBundledArticles(dir: string): Article[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => compileArticle(readMarkdown(readFileSync(join(dir, name), 'utf8')), { source: 'bundled' }));
}

export function bundledArticles(dir = fileURLToPath(new URL('../content/articles', import.meta.url))): Plugin {
  return {
    name: 'scripture-tooltips:bundled-articles',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const name of readdirSync(dir)) if (name.endsWith('.md')) this.addWatchFile(join(dir, name));
      return `export default ${JSON.stringify(compileBundledArticles(dir))};`;
    },
  };
}
