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
  // @wxt-dev/i18n turns locales/<lang>.yml into _locales/<lang>/messages.json and typed keys (#i18n).
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: {
    // The manifest's words come from locales/<lang>.yml, in the browser's language (ADR 0005).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // storage: settings and imported articles. No host permission is needed:
    // the content script is declared in the manifest and reads no page data off-site.
    permissions: ['storage', 'activeTab'],
    action: { default_title: '__MSG_actionTitle__' },
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
