/**
 * References written out in words: "the 5th chapter of Mark", "Chapter 1 of
 * Genesis, verse 16", "chapters 1-3 of Genesis", "the second chapter of the
 * Gospel of Luke", "the tenth verse of the fourth chapter of Philippians",
 * "the 16th verse of John 3".
 *
 *   written  := verses? chapters "of" book trailing?  |  verses "of" book N
 *   chapters := ORDINAL ("chapter" | "ch.")  |  ("chapter(s)" | "ch(s).") N (range-mark N)?
 *   verses   := ORDINAL "verse" "of" the?  |  ("verse(s)" | "v." | "vv.") N (range-mark N)? "of" the?
 *   book     := the? (("book" | "gospel" | "epistle" | "letter") ("of" | "to" | "according to") the? ("st." | "saint")?)? NAME
 *   trailing := ","? ("verse(s)" | "v." | "vv.") element
 *
 * The book must be named in full with a capital; a name that is also a first name must not run on
 * into another name ("chapter 5 of Mark Twain's novel", "chapter 2 of James Joyce").
 */
import type { OsisBook } from '../bible/books';
import { chapterCount } from '../bible/versification';
import { bookNameAt } from './book-scan';
import { COLON, COMMA, LINE_FEED, NO_BREAK_SPACE, PERIOD, SPACE, isDash, isDigit, isLetter, skipSpaces } from './chars';
import type { BookHit } from './book-scan';
import { parseSequence, type RawMatch } from './grammar';
import { CHAPTER_WORDS, RANGE_WORDS, VERSE_WORDS, wordAt } from './keywords';
import { pointOsis, rangeOsis, type Point } from './to-osis';
import { numberEnd, numberValue } from './point';

export interface Written {
  matches: RawMatch[];
  end: number;
}

const UNITS = 'first second third fourth fifth sixth seventh eighth ninth'.split(' ');
const TEENS = 'tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const TENTHS = 'twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth'.split(' ');

/** The value of an ordinal written as a word below 100 ("fifth", "twenty-third", "thirtieth"); its end. */
function wordOrdinalBelow100(text: string, i: number): { value: number; end: number } | undefined {
  const w = wordAt(text, i);
  let k = UNITS.indexOf(w);
  if (k >= 0) return { value: k + 1, end: i + w.length };
  k = TEENS.indexOf(w);
  if (k >= 0) return { value: k + 10, end: i + w.length };
  k = TENTHS.indexOf(w);
  if (k >= 0) return { value: (k + 2) * 10, end: i + w.length };
  k = TENS.indexOf(w);
  if (k < 0) return undefined;
  // "twenty-third", "twenty third"
  const j = i + w.length;
  const sep = text.charCodeAt(j);
  if (!(isDash(sep) || sep === SPACE)) return undefined;
  const unit = UNITS.indexOf(wordAt(text, j + 1));
  return unit < 0 ? undefined : { value: (k + 2) * 10 + unit + 1, end: j + 1 + UNITS[unit].length };
}

/** The English suffix of an ordinal number: 1st, 2nd, 3rd, 11th, 23rd. */
function suffixOf(n: number): string {
  const last = n % 10;
  return (n % 100 >= 11 && n % 100 <= 13) || last > 3 || last === 0 ? 'th' : ['st', 'nd', 'rd'][last - 1];
}

/**
 * An ordinal at i: "5th", "23rd", "122 nd", "fifth", "one hundred and nineteenth". `exact` says
 * whether a number has its own suffix ("20nd ch." is read, "11st Psalm" is not).
 */
export function ordinalAt(text: string, i: number): { value: number; end: number; exact: boolean } | undefined {
  if (isDigit(text.charCodeAt(i))) {
    const e = numberEnd(text, i);
    // "122 nd Psalm", "1stPsalm": the forms the parser reads before "Psalm".
    const m = e < 0 ? null : /^( ?)(st|nd|rd|th)(?:(?= ?Psalm\b)|(?![a-z]))/i.exec(text.slice(e, e + 11));
    if (!m || (m[1] && !/^ ?Psalm\b/.test(text.slice(e + m[0].length, e + m[0].length + 7)))) return undefined;
    const value = numberValue(text, i, e);
    return { value, end: e + m[0].length, exact: m[2].toLowerCase() === suffixOf(value) };
  }
  let j = i;
  let hundreds = 0;
  if (wordAt(text, j) === 'one') j = skipSpaces(text, j + 3);
  if (wordAt(text, j) === 'hundredth') return { value: 100, end: j + 9, exact: true };
  if (wordAt(text, j) === 'hundred') {
    hundreds = 100;
    j = skipSpaces(text, j + 7);
    if (wordAt(text, j) === 'and') j = skipSpaces(text, j + 3);
  } else if (j !== i) return undefined;
  const rest = wordOrdinalBelow100(text, j);
  return rest ? { value: hundreds + rest.value, end: rest.end, exact: true } : undefined;
}

/** Offset after `word` (a keyword set) at i with an optional period and the spaces after it, or -1. */
function keywordEnd(text: string, i: number, words: Set<string>): number {
  const w = wordAt(text, i);
  if (!w || !words.has(w)) return -1;
  let e = i + w.length;
  if (text.charCodeAt(e) === PERIOD) e++;
  return skipSpaces(text, e);
}

/** Offset after "of " (or "from ") and an optional "the", at or after the spaces at i, or -1. */
function ofEnd(text: string, i: number, orFrom = false): number {
  const k = skipSpaces(text, i);
  const w = wordAt(text, k);
  if (w !== 'of' && !(orFrom && w === 'from')) return -1;
  let e = skipSpaces(text, k + w.length);
  if (e === k + w.length) return -1;
  if (wordAt(text, e) === 'the') e = skipSpaces(text, e + 3);
  return e;
}

/** "N", "N-M", "N to M", "N through M": numbers with a range; the end, or undefined. */
function numberRangeAt(text: string, i: number): { from: number; to: number; end: number } | undefined {
  const e = numberEnd(text, i);
  if (e < 0 || isLetter(text.charCodeAt(e))) return undefined;
  const from = numberValue(text, i, e);
  let k = skipSpaces(text, e);
  if (k - e > 1) return { from, to: from, end: e };
  if (isDash(text.charCodeAt(k))) k = skipSpaces(text, k + 1);
  else if (RANGE_WORDS.has(wordAt(text, k))) k = skipSpaces(text, k + wordAt(text, k).length);
  else return { from, to: from, end: e };
  const e2 = numberEnd(text, k);
  if (e2 < 0 || isLetter(text.charCodeAt(e2))) return { from, to: from, end: e };
  return { from, to: numberValue(text, k, e2), end: e2 };
}

const BOOK_WORDS = new Set('book gospel epistle letter prophecy'.split(' '));

/** The book phrase at i ("Genesis", "the Gospel of Luke", "the book of Psalms"): its book and end. */
function bookPhraseAt(text: string, i: number): { book: OsisBook; end: number } | undefined {
  let k = i;
  if (BOOK_WORDS.has(wordAt(text, k))) {
    k = skipSpaces(text, k + wordAt(text, k).length);
    const w = wordAt(text, k);
    if (w === 'according') k = skipSpaces(text, k + 9);
    if (wordAt(text, k) !== 'of' && wordAt(text, k) !== 'to') return undefined;
    k = skipSpaces(text, k + 2);
    if (wordAt(text, k) === 'the') k = skipSpaces(text, k + 3);
    const saint = wordAt(text, k);
    if (saint === 'saint' || saint === 'st') k = skipSpaces(text, text.charCodeAt(k + saint.length) === PERIOD ? k + saint.length + 1 : k + saint.length);
  }
  const hit = bookNameAt(text, k);
  if (!hit?.key.full || !hit.capitalised) return undefined;
  // "chapter 5 of Mark Twain's novel", "James Joyce": a first name running on into a name.
  const after = text.slice(hit.end, hit.end + 3);
  if (/^['’]s\b/.test(after)) return undefined;
  // "chapter 3 of Numbers for Beginners": a name that is also a word, running on into a title.
  if (hit.key.ambiguous && (/^ [A-Z]/.test(after) || /^\s+for\b/.test(text.slice(hit.end, hit.end + 5)))) return undefined;
  return { book: hit.book, end: hit.end };
}

/** The match for chapters `from`–`to` of `book`, with verses written after the name, if any. */
function chaptersWithVerses(text: string, start: number, book: OsisBook, from: number, to: number, nameEnd: number): Written | undefined {
  const osis = from === to ? pointOsis({ book, chapter: from }) : rangeOsis({ book, chapter: from }, { book, chapter: to });
  if (!osis) return undefined;
  // "Chapter 1 of Genesis 15": a chapter number after the name is another reference.
  if (isDigit(text.charCodeAt(skipSpaces(text, nameEnd))) && skipSpaces(text, nameEnd) - nameEnd <= 1) return undefined;
  const last = Math.min(to, chapterCount(book));
  const match: RawMatch = { start, end: nameEnd, osis, book, chapter: last };
  // ", verse 16", " verses 18-19", ", vv. 18-19:4"
  let k = nameEnd;
  if (text.charCodeAt(k) === COMMA) k++;
  k = skipSpaces(text, k);
  const v = k > nameEnd ? keywordEnd(text, k, VERSE_WORDS) : -1;
  if (v < 0 || !isDigit(text.charCodeAt(v))) return { matches: [match], end: nameEnd };
  const hit: BookHit = { book, key: { book, full: true, ambiguous: false, capital: false }, start: k, end: k, capitalised: true };
  const verses = parseSequence(text, hit, v, { inList: false, chapterOnlyAbbreviations: false, mode: 'verse', contextual: false, chapter: last });
  if (verses.matches.length === 0) return { matches: [match], end: nameEnd };
  // One chapter and its verses are one reference ("23rd Psalm, verse 6"); a chapter range and
  // verses of its last chapter are two.
  if (from === to) verses.matches[0].start = start;
  else verses.matches.unshift(match);
  return { matches: verses.matches, end: verses.end };
}

/** After the chapters' "of" (or "from": "chapters 140 to 150 from Psalms"): the book, then the match. */
function chaptersOf(text: string, start: number, from: number, to: number, k: number): Written | undefined {
  const of = ofEnd(text, k, true);
  const phrase = of > 0 ? bookPhraseAt(text, of) : undefined;
  return phrase ? chaptersWithVerses(text, start, phrase.book, from, to, phrase.end) : undefined;
}

/** A verse (or verses) `from`–`to` of a chapter named after "of": "of the fourth chapter of Philippians", "of chapter 4 of Philippians", "of John 3". */
function versesOf(text: string, start: number, from: number, to: number, k: number): Written | undefined {
  const of = ofEnd(text, k);
  if (of < 0) return undefined;
  let chapter: number | undefined;
  let book: OsisBook | undefined;
  let end = -1;
  const ord = ordinalAt(text, of);
  const kw = ord ? -1 : keywordEnd(text, of, CHAPTER_WORDS);
  if (ord || kw > 0) {
    let after: number;
    if (ord) {
      after = keywordEnd(text, skipSpaces(text, ord.end), CHAPTER_WORDS);
      chapter = ord.value;
    } else {
      const e = numberEnd(text, kw);
      if (e < 0) return undefined;
      chapter = numberValue(text, kw, e);
      after = e;
    }
    if (after < 0) return undefined;
    const of2 = ofEnd(text, after);
    const phrase = of2 > 0 ? bookPhraseAt(text, of2) : undefined;
    if (!phrase) return undefined;
    book = phrase.book;
    end = phrase.end;
  } else {
    // "the 16th verse of John 3"
    const phrase = bookPhraseAt(text, of);
    if (!phrase) return undefined;
    const d = skipSpaces(text, phrase.end);
    const e = d - phrase.end === 1 ? numberEnd(text, d) : -1;
    if (e < 0 || isLetter(text.charCodeAt(e)) || text.charCodeAt(e) === COLON) return undefined;
    book = phrase.book;
    chapter = numberValue(text, d, e);
    end = e;
  }
  const first: Point = { book, chapter, verse: from };
  const osis = from === to ? pointOsis(first) : rangeOsis(first, { book, chapter, verse: to });
  return osis ? { matches: [{ start, end, osis, book, chapter }], end } : undefined;
}

/**
 * "5th chapter of Mark", "1st ch. of Mark", "16th verse of John 3", "tenth verse of the fourth
 * chapter of Philippians", "the 23rd Psalm", "23rd Psalm, verse 6" at i.
 */
export function ordinalReferenceAt(text: string, i: number): Written | undefined {
  const ord = ordinalAt(text, i);
  if (!ord || (i > 0 && isLetter(text.charCodeAt(i - 1)))) return undefined;
  const psalm = /^ ?Psalm\b/.exec(text.slice(ord.end, ord.end + 7));
  if (psalm) return ord.exact && ord.value >= 1 && ord.value <= 150 ? chaptersWithVerses(text, i, 'Ps', ord.value, ord.value, ord.end + psalm[0].length) : undefined;
  const k = skipSpaces(text, ord.end);
  if (k - ord.end !== 1) return undefined;
  const chapterEnd = keywordEnd(text, k, CHAPTER_WORDS);
  if (chapterEnd > 0) return chaptersOf(text, i, ord.value, ord.value, chapterEnd);
  const verseEnd = keywordEnd(text, k, VERSE_WORDS);
  return verseEnd > 0 ? versesOf(text, i, ord.value, ord.value, verseEnd) : undefined;
}

/** After a keyword at `kwStart`: "Chapter 1 of Genesis", "Chs. 1 to 5 of Genesis", "verse 10 of chapter 4 of Philippians". */
export function keywordReferenceAt(text: string, kwStart: number, digit: number, chapter: boolean): Written | undefined {
  const range = numberRangeAt(text, digit);
  if (!range) return undefined;
  return chapter ? chaptersOf(text, kwStart, range.from, range.to, range.end) : versesOf(text, kwStart, range.from, range.to, range.end);
}

/**
 * Written-out references without digits ("the fifth chapter of Mark", "the tenth verse of the
 * fourth chapter of Philippians"), found from the word "chapter": texts without it cost one search.
 */
export function spelledReferences(text: string): Written[] {
  const out: Written[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf('hapter', from);
    if (at < 0) return out;
    from = at + 6;
    const found = spelledBefore(text, at - 1);
    if (found && (out.length === 0 || found.matches[0].start >= out[out.length - 1].end)) out.push(found);
  }
}

/** The spelled reference whose "chapter" starts at c: it begins at an ordinal word, or at the ordinal verse before it. */
function spelledBefore(text: string, c: number): Written | undefined {
  if (c < 1 || (text[c] !== 'c' && text[c] !== 'C') || !isSpaceBefore(text, c)) return undefined;
  // The ordinal before "chapter": up to four words back, the longest first ("one hundred and nineteenth").
  for (const start of wordStartsBefore(text, c, 4).reverse()) {
    const ord = ordinalAt(text, start);
    if (!ord || skipSpaces(text, ord.end) !== c || isDigit(text.charCodeAt(start))) continue;
    // "the tenth verse of the fourth chapter": the verse comes first.
    const verse = verseBefore(text, start);
    if (verse) return verse;
    return ordinalReferenceAt(text, start);
  }
  return undefined;
}

/** "tenth verse of the " ending at `start`: the written reference from the verse's ordinal. */
function verseBefore(text: string, start: number): Written | undefined {
  for (const s of wordStartsBefore(text, start, 7)) {
    const found = ordinalReferenceAt(text, s);
    if (found && !isDigit(text.charCodeAt(s)) && found.matches[0].start === s && wordAt(text, skipSpaces(text, ordinalAt(text, s)!.end)).startsWith('verse')) return found;
  }
  return undefined;
}

const isSpaceBefore = (text: string, i: number) => i > 0 && (text.charCodeAt(i - 1) === SPACE || text.charCodeAt(i - 1) === NO_BREAK_SPACE);

/** Starts of up to `n` words before `i`, nearest first. */
function wordStartsBefore(text: string, i: number, n: number): number[] {
  const starts: number[] = [];
  let j = i;
  while (starts.length < n && j > 0) {
    while (j > 0 && !isLetter(text.charCodeAt(j - 1)) && !isDigit(text.charCodeAt(j - 1))) {
      if (text.charCodeAt(j - 1) === PERIOD || text.charCodeAt(j - 1) === LINE_FEED) return starts;
      j--;
    }
    const e = j;
    while (j > 0 && (isLetter(text.charCodeAt(j - 1)) || isDigit(text.charCodeAt(j - 1)))) j--;
    if (j === e) break;
    starts.push(j);
  }
  return starts;
}
