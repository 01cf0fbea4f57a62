/**
 * Unit tests run without a browser. This stands in for the two browser APIs
 * the units under test touch:
 * - browser.storage (and runtime): WXT's fake browser, emptied after each
 *   test, so the storage items of platform/storage-items.ts work as in the
 *   extension;
 * - browser.i18n: the real locale files, turned into messages.json form by the
 * same @wxt-dev/i18n code the build uses; the components' `t` (from #i18n)
 * then works unchanged. English by default, as the browser tests run;
 * `useTestLocale('es')` switches a test file to Spanish.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export type TestLocale = 'en' | 'es';

/** A locale file as the browser gets it: `_locales/<lang>/messages.json`'s content. */
export function chromeMessages(locale: TestLocale): Record<string, { message: string }> {
  const text = readFileSync(resolve(__dirname, `../../../locales/${locale}.yml`), 'utf8');
  return generateChromeMessages(parseMessagesText(text, 'YAML'));
}

const loaded = new Map<TestLocale, Record<string, { message: string }>>();
let locale: TestLocale = 'en';

/** browser.i18n.getMessage's rules: $1…$9 are substitutions, $$ is a dollar sign, an unknown name gives "". */
function getMessage(name: string, substitutions?: string | string[]): string {
  if (!loaded.has(locale)) loaded.set(locale, chromeMessages(locale));
  const message = loaded.get(locale)![name]?.message;
  if (message === undefined) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return message.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (subs[Number(what) - 1] ?? '')));
}

export function useTestLocale(next: TestLocale): void {
  locale = next;
}

afterEach(() => {
  locale = 'en';
  fakeBrowser.reset();
});

// @wxt-dev/browser reads globalThis.chrome when first imported, after this file has run.
(globalThis as { chrome?: unknown }).chrome = {
  i18n: { getMessage, getUILanguage: () => locale },
  runtime: fakeBrowser.runtime,
  storage: fakeBrowser.storage,
};
