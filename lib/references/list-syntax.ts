/**
 * What comes between and after the elements of a list: separators (",", ";",
 * "&", "and", "cf."), chapter and verse keywords ("ch. 6", "vv. 3–4"),
 * translation tags ("(NIV)", "KJV") and the prose that ends a list.
 */
import { AMPERSAND, CLOSE_BRACKET, CLOSE_PAREN, COMMA, OPEN_BRACKET, OPEN_PAREN, PERIOD, SEMICOLON, isDigit, isLetter, isSpace, isUpper, skipSpaces } from './chars';
import { CHAPTER_WORDS, LIST_WORDS, RANGE_WORDS, TRANSLATIONS, VERSE_WORDS, wordAt } from './keywords';
import type { Mode } from './point';

/** Offset after a translation tag ("(NIV)", "KJV", "[ESV, NIV]") at j, or -1. */
export function translationEnd(text: string, j: number): number {
  let k = skipSpaces(text, j);
  if (k - j > 2) return -1;
  const open = text.charCodeAt(k);
  const bracket = open === OPEN_PAREN || open === OPEN_BRACKET;
  if (bracket) k = skipSpaces(text, k + 1);
  let found = false;
  for (;;) {
    const w = wordAt(text, k);
    if (!w || !TRANSLATIONS.has(w) || isDigit(text.charCodeAt(k + w.length))) break;
    found = true;
    k += w.length;
    if (!bracket) break;
    k = skipSpaces(text, k);
    if (text.charCodeAt(k) === COMMA) k = skipSpaces(text, k + 1);
  }
  if (!found) return -1;
  if (bracket) {
    k = skipSpaces(text, k);
    const close = text.charCodeAt(k);
    if (close !== CLOSE_PAREN && close !== CLOSE_BRACKET) return -1;
    k++;
  }
  return k;
}

/** Offset after a translation tag at e, or e itself when there is none. */
export function afterTranslation(text: string, e: number): number {
  const t = translationEnd(text, e);
  return t > 0 ? t : e;
}

/** Separators between list elements (up to three: ", and", "; cf."); returns the offset after them, or -1. */
export function separatorEnd(text: string, j: number): number {
  let k = j;
  let seen = false;
  for (let n = 0; n < 3; n++) {
    const s = skipSpaces(text, k);
    if (s - k > 2) break;
    const c = text.charCodeAt(s);
    if (c === COMMA || c === SEMICOLON || c === AMPERSAND) {
      k = s + 1;
      seen = true;
      continue;
    }
    const w = wordAt(text, s);
    if (!LIST_WORDS.has(w)) break;
    k = s + w.length;
    if (text.charCodeAt(k) === PERIOD) k++;
    seen = true;
  }
  return seen ? k : -1;
}

/** A chapter/verse keyword at k ("ch.", "verses"); returns the mode and where its number starts. */
export function keywordAt(text: string, k: number): { mode: Mode; end: number } | undefined {
  const w = wordAt(text, k);
  if (!w) return undefined;
  const mode: Mode | undefined = CHAPTER_WORDS.has(w) ? 'chapter' : VERSE_WORDS.has(w) ? 'verse' : undefined;
  if (!mode) return undefined;
  let e = k + w.length;
  if (text.charCodeAt(e) === PERIOD) e++;
  return { mode, end: skipSpaces(text, e) };
}

/** A lower-case word after a bare list number ("5 times") ends the list. */
export function proseAfter(text: string, j: number): boolean {
  if (!isSpace(text.charCodeAt(j))) return false;
  const k = skipSpaces(text, j);
  const c = text.charCodeAt(k);
  if (!isLetter(c) || isUpper(c)) return false;
  const w = wordAt(text, k);
  return !(LIST_WORDS.has(w) || RANGE_WORDS.has(w) || CHAPTER_WORDS.has(w) || VERSE_WORDS.has(w) || w === 'ff' || w === 'f' || w === 'title');
}
