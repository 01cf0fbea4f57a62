import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { bundledArticles } from './scripts/articles-plugin';

const bibleDir = resolve('content/bible');
const commentaryDir = resolve('content/commentaries');

export default defineConfig({
  // Explicit imports everywhere, so the structure can be read from the code.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Scripture Tooltips',
    description: 'Bible references on any page, with the passage and an explanation in a hover card. Works offline.',
    // storage: settings and imported articles. No host permission is needed:
    // the content script is declared in the manifest and reads no page data off-site.
    // contextMenus: "Show the passage" on a selection (docs/store.md).
    permissions: ['storage', 'activeTab', 'contextMenus'],
    action: { default_title: 'Scripture Tooltips' },
    // Suggested shortcuts; the reader can change them (chrome://extensions/shortcuts, about:addons).
    commands: {
      'show-passage': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Show the passage at the caret' },
      'next-reference': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Show the next reference on the page' },
      'previous-reference': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Show the previous reference on the page' },
    },
  },
  vite: () => ({
    plugins: [preact(), bundledArticles()],
  }),
  hooks: {
    // Ship the per-book Bible JSON as package files the worker fetches on demand.
    'build:publicAssets': (_wxt, files) => {
      for (const translation of readdirSync(bibleDir)) {
        for (const name of readdirSync(join(bibleDir, translation))) {
          if (name.endsWith('.json')) {
            files.push({ absoluteSrc: join(bibleDir, translation, name), relativeDest: `bible/${translation}/${name}` });
          }
        }
      }
      // The commentaries likewise, a part file at a time.
      for (const source of readdirSync(commentaryDir)) {
        for (const name of readdirSync(join(commentaryDir, source))) {
          if (name.endsWith('.json')) {
            files.push({ absoluteSrc: join(commentaryDir, source, name), relativeDest: `commentaries/${source}/${name}` });
          }
        }
      }
    },
  },
});
