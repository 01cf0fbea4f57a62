/**
 * The manifest keys the stores look at, per browser. Kept apart from
 * wxt.config.ts so the rules can be unit-tested and read in one place;
 * docs/store.md and ADR 4 explain each value.
 */
import type { Browser } from 'wxt/browser';

/**
 * The add-on ID on addons.mozilla.org. It never changes once published:
 * Firefox keys the reader's stored settings and articles by it.
 */
export const GECKO_ID = '{d45a2607-6de6-4156-b1aa-fb58e9c3bdc0}';

/** Firefox 140: the first with the CSS Custom Highlight API (and an ESR). */
export const FIREFOX_MIN_VERSION = '140.0';

/** Firefox for Android 142: the first that reads data_collection_permissions. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** Chrome 123: the card's colours use light-dark(). */
export const CHROME_MIN_VERSION = '123';

/** The Firefox-only highlight style (see extension/firefox-highlight.css). */
export const FIREFOX_HIGHLIGHT_CSS = {
  source: 'extension/firefox-highlight.css',
  dest: 'content-scripts/firefox-highlight.css',
} as const;

/** The keys one browser's store requires, to spread into the WXT manifest. */
export function storeManifest(browser: string): Record<string, unknown> {
  if (browser === 'firefox') {
    return {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: FIREFOX_MIN_VERSION,
          // Nothing leaves the reader's machine: no data is collected, so none is asked for.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
      },
    };
  }
  return { minimum_chrome_version: CHROME_MIN_VERSION };
}

/** Adds the Firefox highlight style after the content script's own CSS. */
export function withFirefoxHighlightFallback(manifest: Browser.runtime.Manifest): void {
  for (const script of manifest.content_scripts ?? []) {
    if (!script.css?.length) continue;
    if (!script.css.includes(FIREFOX_HIGHLIGHT_CSS.dest)) script.css.push(FIREFOX_HIGHLIGHT_CSS.dest);
  }
}
