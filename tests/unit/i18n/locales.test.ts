/**
 * The locale files are complete and all in use: every locale has every key
 * of the English one (and no other), with the same plural forms and the same
 * substitutions; every key is used somewhere in the code; every key the code
 * asks for exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseMessagesText, type ParsedMessage } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const LOCALES = readdirSync(join(root, 'locales')).filter((f) => f.endsWith('.yml')).map((f) => f.replace(/\.yml$/, ''));

function parse(locale: string): Map<string, ParsedMessage> {
  const messages = parseMessagesText(readFileSync(join(root, 'locales', `${locale}.yml`), 'utf8'), 'YAML');
  // Without the browser's predefined messages (@@ui_locale, …), which the parser adds.
  return new Map(messages.filter((m) => !m.key[0].startsWith('@@')).map((m) => [m.key.join('.'), m]));
}

/** The forms of a message: one text, or one per plural form ("1", "n"). */
function forms(message: ParsedMessage): Record<string, string> {
  if (message.type === 'plural') return message.plurals;
  return { '': message.message };
}

/** The highest $N a text uses: the number of substitutions it takes. */
const substitutionsIn = (text: string) => Math.max(0, ...[...text.replaceAll('$$', '').matchAll(/\$([1-9])/g)].map((m) => Number(m[1])));

/** The code that can show a message: everything but tests, data and generated files. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
const SOURCES = [...['components', 'entrypoints', 'hover', 'lib', 'platform'].flatMap((d) => sourceFiles(join(root, d))), join(root, 'wxt.config.ts')];
const sourceText = SOURCES.map((f) => readFileSync(f, 'utf8')).join('\n');

/** A key is used when the code names it as a string literal, or the manifest as __MSG_key__. */
function isUsed(key: string, text: string): boolean {
  return text.includes(`'${key}'`) || text.includes(`"${key}"`) || text.includes(`__MSG_${key.replaceAll('.', '_')}__`);
}

const english = parse('en');

describe('locale files', () => {
  it('there is more than English, and English has the messages', () => {
    expect(LOCALES).toContain('en');
    expect(LOCALES).toContain('es');
    expect(english.size).toBeGreaterThan(100);
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale} has every English key and no other, with the same plural forms and substitutions`, () => {
      const other = parse(locale);
      expect([...other.keys()].filter((k) => !english.has(k)), 'keys only in this locale').toEqual([]);
      expect([...english.keys()].filter((k) => !other.has(k)), 'keys missing from this locale').toEqual([]);
      for (const [key, message] of english) {
        const theirs = other.get(key)!;
        expect(Object.keys(forms(theirs)), `${key}: plural forms`).toEqual(Object.keys(forms(message)));
        for (const [form, text] of Object.entries(forms(message))) {
          const translated = forms(theirs)[form];
          expect(translated.trim(), `${key} ${form}: empty`).not.toBe('');
          expect(substitutionsIn(translated), `${key} ${form}: substitutions`).toBe(substitutionsIn(text));
        }
      }
    });
  }

  it('plural messages have a form for one and for many', () => {
    const plurals = [...english.values()].filter((m) => m.type === 'plural');
    expect(plurals.length).toBeGreaterThan(5);
    for (const m of plurals) expect(Object.keys(forms(m)).sort(), m.key.join('.')).toEqual(['1', 'n']);
  });

  it('every key is used in the code', () => {
    expect(SOURCES.length).toBeGreaterThan(20);
    expect([...english.keys()].filter((key) => !isUsed(key, sourceText))).toEqual([]);
  });

  it('every key the code asks t() for exists', () => {
    const asked = [...sourceText.matchAll(/\bt\(\s*(?:[^,()]*\?\s*)?'([\w.@]+)'(?:\s*:\s*'([\w.@]+)')?/g)].flatMap((m) => [m[1], m[2]]).filter(Boolean);
    expect(asked.length).toBeGreaterThan(100);
    expect(asked.filter((key) => !english.has(key))).toEqual([]);
  });

  it('the usage check would notice an unused key', () => {
    expect(isUsed('card.readInFull', sourceText)).toBe(true);
    expect(isUsed('card.neverWritten', sourceText)).toBe(false);
    expect(isUsed('extName', sourceText)).toBe(true);
  });
});
