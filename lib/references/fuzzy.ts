/**
 * Misspelled book names ("Mathhew", "Chorinthians", "Song of Salomon"),
 * resolved by a small weighted edit distance (edit-distance.ts) against the
 * full names. Only read before chapter:verse; the scanner asks here only
 * when the exact lookup found nothing.
 */
import type { OsisBook } from '../bible/books';
import type { BookHit } from './book-scan';
import { BOOK_NUMBERS } from './book-names';
import { fullNameKeys, lookupBookKey } from './book-table';
import { LOWER_A, isUpper } from './chars';
import { editDistance, squeeze } from './edit-distance';
import { boundaryBefore, type NameTokens } from './name-tokens';

/** Bit mask of the letters a–z in a lower-case word. */
function letterMask(word: string): number {
  let m = 0;
  for (let i = 0; i < word.length; i++) m |= 1 << (word.charCodeAt(i) - LOWER_A);
  return m;
}

interface FuzzyTarget {
  readonly key: string;
  readonly book: OsisBook;
  readonly numbered: boolean;
  readonly ambiguous: boolean;
  readonly letters: number;
}

let fuzzyTargets: FuzzyTarget[] | undefined;

/** The names a misspelling may resolve to; built when the matcher first runs, not at import. */
function getFuzzyTargets(): FuzzyTarget[] {
  return (fuzzyTargets ??= fullNameKeys().map(([key, book, numbered]) => ({
    key: squeeze(key),
    book,
    numbered,
    ambiguous: !numbered && (lookupBookKey(key)?.ambiguous ?? false),
    letters: letterMask(key),
  })));
}

/** How many different consonants a word has. */
function consonants(word: string): number {
  return new Set(word.replace(/[aeiouy]/g, '')).size;
}

/** Allowed distance in half-steps for a word of this length (see edit-distance.ts). */
function fuzzyLimit(length: number): number {
  return length < 5 ? 0 : length < 6 ? 1 : length < 8 ? 2 : length < 11 ? 3 : 4;
}

/** No limit: a scrambled short name is accepted whatever its distance. */
const UNLIMITED = 99;

/** What the words before a misspelled token say about it. */
interface Setting {
  /** A book number precedes it ("2nd Kigs"): only numbered books. */
  readonly afterNumber: boolean;
  /** A name is expected: after a number, "Saint"/"St" or "Gospel of". */
  readonly expected: boolean;
}

function settingOf(tokens: NameTokens, t: number): Setting {
  const before = t + 1 < tokens.count ? tokens.lower(t + 1) : '';
  const afterNumber = BOOK_NUMBERS[before] !== undefined;
  let expected = afterNumber || before === 'saint' || before === 'st';
  for (let g = t + 1; g < tokens.count && !expected; g++) expected = tokens.lower(g) === 'gospel';
  return { afterNumber, expected };
}

/** The word as the matcher compares it: "Exekiel" (x for z), "Zefaniah" (f before a vowel for ph), "Zekariah" (k for ch), doubled letters squeezed. */
function normalise(raw: string): string {
  return squeeze(raw.replace(/x(?=[ei])/g, 'z').replace(/(?<=.)f(?=[aeiou])/g, 'ph').replace(/(?<=[aeiou])k(?=ar)/g, 'ch'));
}

/**
 * Whether `target` may be compared with `word` at all, and with what limit (0: not at all).
 *
 * A word written only with the letters of the name ("Hebwres", "Duutoronomy", "Plsams") is a
 * likelier slip than one with foreign letters, so it gets one more edit; it must still begin with
 * the name's first letter.
 */
function limitFor(word: string, mask: number, base: number, target: FuzzyTarget, setting: Setting): number {
  const { afterNumber, expected } = setting;
  if (afterNumber && !target.numbered) return 0;
  if (word.charCodeAt(0) !== target.key.charCodeAt(0) && !expected) return 0;
  const subset = (mask & ~target.letters) === 0;
  const same3 = word.slice(0, 3) === target.key.slice(0, 3);
  // Short numbered names only after a number ("Potter" is not 1 Peter), unless the word keeps
  // the name's letters and its first three ("Samual", "Timoth"); unless a name is expected,
  // a common word or first name only the same way ("Danial", not "Denial"), and otherwise
  // the first three letters must nearly agree ("Resolution" is not Revelation).
  if (!afterNumber && target.numbered && target.key.length < 8 && !(subset && same3 && word.length > 4)) return 0;
  if (!expected && target.ambiguous && !(subset && same3 && word.length > 4)) return 0;
  if (!expected && !subset && editDistance(word.slice(0, 3), target.key.slice(0, 3), 1) > 1) return 0;
  // A short name scrambled with its own letters ("Plsssss", "Psma", "Pamls" for Psalms):
  // the first letter and two more of its consonants, nothing else.
  if (subset && !expected && target.key.length <= 6 && word.length >= 3 && word.length <= 6 && consonants(word) >= 3) return UNLIMITED;
  return subset && word.length > 2 ? base + (word.length <= 7 ? 2 : 1) : base;
}

/** The closest full name within its limit, if any. */
function closestTarget(word: string, base: number, setting: Setting): FuzzyTarget | undefined {
  const mask = letterMask(word);
  let best: FuzzyTarget | undefined;
  let bestD = UNLIMITED;
  for (const target of getFuzzyTargets()) {
    const limit = limitFor(word, mask, base, target, setting);
    if (limit <= 0) continue;
    const d = editDistance(word, target.key, Math.min(limit, bestD - 1));
    if (d <= limit && d < bestD) {
      bestD = d;
      best = target;
    }
  }
  return best;
}

/**
 * A capitalised word (tokens t..0) that misspells a full name, with its number prefix when the
 * book is numbered. Tries the last one to three tokens (multi-word names such as "Song of Solomon").
 */
export function fuzzyBefore(text: string, tokens: NameTokens, end: number, floor: number): BookHit | undefined {
  for (let t = Math.min(tokens.count, 3) - 1; t >= 0; t--) {
    if (!isUpper(text.charCodeAt(tokens.start(t)))) continue;
    if (BOOK_NUMBERS[tokens.lower(t)] !== undefined) continue;
    const raw = tokens.key(t);
    if (!/^[a-z]+$/.test(raw) || stopWords().has(raw)) continue;
    const setting = settingOf(tokens, t);
    if (setting.afterNumber) {
      // After a number, the name without its vowels ("2 Kis" → "2 Ks").
      const bare = lookupBookKey(tokens.lower(t + 1) + raw.replace(/[aeiou]/g, ''));
      if (bare && /^\d/.test(bare.book) && boundaryBefore(text, tokens.start(t + 1), floor))
        return { book: bare.book, key: bare, start: tokens.start(t + 1), end, capitalised: true, fuzzy: true };
    }
    // Where a name is expected, one more half-step, and short words too.
    const base = setting.expected ? (raw.length < 5 ? raw.length - 2 : fuzzyLimit(raw.length) + 1) : fuzzyLimit(raw.length);
    const best = closestTarget(normalise(raw), base, setting);
    if (!best) continue;
    let start = tokens.start(t);
    let book: OsisBook = best.book;
    if (setting.afterNumber) {
      const numbered = `${BOOK_NUMBERS[tokens.lower(t + 1)]}${best.book.slice(1)}`;
      if (!lookupBookKey(numbered.toLowerCase())) continue;
      book = numbered as OsisBook;
      start = tokens.start(t + 1);
    }
    if (!boundaryBefore(text, start, floor)) continue;
    const key = { book, full: false, ambiguous: true, capital: false };
    return { book, key, start, end, capitalised: true, fuzzy: true };
  }
  return undefined;
}

let stopWordSet: Set<string> | undefined;

/** Words that are never read as a misspelled name: close to a name, but ordinary (built on first use). */
export function stopWords(): Set<string> {
  return (stopWordSet ??= new Set(STOP_WORD_LIST.split(' ')));
}

const STOP_WORD_LIST =
  ('levitt philippe philippic number pals palm palms rams math ransom ramon ramos christians collins danielle dannie nam philips phillipa phillips ramona rosanna classics collision collisions ' +
    'colonials colons colossal cornices dandle exuded exudes genes genies geniuses genuses gneiss judge judged kinks ' +
    'lettuces matte milch numbness numbs proves reiteration reiterations relation relations renovation renovations ' +
    'retaliation retaliations retention roams roans rooms room sames remains revolution revolutions revocation ' +
    'revocations revaluation revaluations limitations romances roominess roommates coronations collegians chronically');
