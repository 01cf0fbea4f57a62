/**
 * The UI's words. Every string a reader sees on the card, the popup and the
 * options page comes from locales/<lang>.yml through browser.i18n, with keys
 * checked by TypeScript (@wxt-dev/i18n generates their types). The language
 * is the browser's: browser.i18n picks the locale file, and falls back to
 * English for a language the extension does not speak.
 *
 * In unit tests there is no browser.i18n: tests/unit/setup/i18n.ts stands in
 * for it with the same locale files.
 */
import { i18n } from '#i18n';
import type { BookNameLanguage } from '../lib/bible/books';

export const t = i18n.t;

/**
 * The language of the messages in use: book names in labels follow it, and
 * it is the `lang` of what the extension writes. Read from the locale file
 * itself, so a browser in French (which gets the English messages) gets
 * English book names too.
 */
export function uiLanguage(): BookNameLanguage {
  return t('language') === 'es' ? 'es' : 'en';
}

/** An extension page in the UI's language, with its title (the HTML files hold English placeholders). */
export function localizePage(doc: Document, title: string): void {
  doc.documentElement.lang = uiLanguage();
  doc.title = title;
}

/** A count as the reader's language writes numbers ("1,234" / "1234"). */
export function formatCount(n: number): string {
  return n.toLocaleString(uiLanguage());
}

/**
 * A message chosen at run time, such as a refusal from lib/ that names its
 * key (`import.errors.*`): in the UI's language, else the English given.
 */
export function messageFor(key: string, args: readonly string[], english: string): string {
  return (t as unknown as (key: string, args: string[]) => string)(key, [...args]) || english;
}
