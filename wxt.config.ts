import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { bundledArticles } from './scripts/articles-plugin';
import { storeManifest, FIREFOX_HIGHLIGHT_CSS, withFirefoxHighlightFallback } from './scripts/store-manifest';

const bibleDir = resolve('content/bible');
const commentaryDir = resolve('content/commentaries');

export default defineConfig({
  // Explicit imports everywhere, so the structure can be read from the code.
  imports: false,
  // @wxt-dev/i18n turns locales/<lang>.yml into _locales/<lang>/messages.json and typed keys (#i18n).
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Store-facing keys (add-on ID, minimum versions, data collection): see
  // scripts/store-manifest.ts, docs/store.md and ADR 5.
  manifest: ({ browser }) => ({
    // The manifest's words come from locales/<lang>.yml, in the browser's language (ADR 6).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // storage: settings and imported articles. No host permission is needed:
    // the content script is declared in the manifest and reads no page data off-site.
    // contextMenus: "Show the passage" on a selection (docs/store.md).
    permissions: ['storage', 'activeTab', 'contextMenus'],
    action: { default_title: '__MSG_actionTitle__' },
    // Suggested shortcuts; the reader can change them (chrome://extensions/shortcuts, about:addons).
    commands: {
      'show-passage': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandShowPassage__' },
      'next-reference': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandNextReference__' },
      'previous-reference': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_commandPreviousReference__' },
    },
    ...storeManifest(browser),
  }),
  // Firefox MV3 by default (ADR 5); `--mv2` still builds a working MV2 package.
  manifestVersion: 3,
  zip: {
    // Never ship what the machine left lying around in the sources zip.
    excludeSources: ['tests/**', 'test-results/**', 'playwright-report/**', '**/*.log', 'docs/store/**', 'docs/*.png'],
  },
  vite: () => ({
    plugins: [preact(), bundledArticles()],
  }),
  hooks: {
    // Ship the per-book Bible JSON and the commentary parts as package files
    // the worker fetches on demand.
    'build:publicAssets': (wxt, files) => {
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
      if (wxt.config.browser === 'firefox') files.push({ absoluteSrc: resolve(FIREFOX_HIGHLIGHT_CSS.source), relativeDest: FIREFOX_HIGHLIGHT_CSS.dest });
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox') withFirefoxHighlightFallback(manifest);
      // An event page, not a persistent one: the background keeps nothing it cannot reload.
      if (manifest.manifest_version === 2 && manifest.background) (manifest.background as { persistent?: boolean }).persistent = false;
    },
  },
});
