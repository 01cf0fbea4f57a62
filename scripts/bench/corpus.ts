/**
 * Seeded generator of English-like prose for the benchmark: paragraphs of
 * ordinary sentences (with numbers, dates, times, scores, versions and names
 * that are not references), one inserted reference per ~2 KB, and the trap
 * sentences that fool the reference parser.
 */
import { BOOKS, type OsisBook } from '../../lib/bible/books';
import { chapterCount, verseCount } from '../../lib/bible/versification';
import { AMBIGUOUS_NAMES } from '../../lib/references/book-names';
import { rng } from './rng';


const WORDS = (
  'the of and to in a is that for it as was with be by on not he I this are or his from at which but have an they ' +
  'you were her she there been one all we their has would when who will more if no out so said what up its about ' +
  'than into them can only other new some could time these two may then do first any my now such like our over man ' +
  'me even most made after also did many before must through back years where much your way well down should because ' +
  'each just those people how too little state good very make world still own see men work long get here between both ' +
  'life being under never day same another know while last might us great old year off come since against go came right ' +
  'used take three himself few house use during without again place around however home small found thought went say ' +
  'part once general high upon school every does got united left number course war until always away something fact ' +
  'though water less public put think almost hand enough far took head yet government system better set told nothing ' +
  'night end why called didn eyes find going look asked later knew point next city business give group toward young ' +
  'grace faith hope letter church prayer reading morning garden market village river mountain teacher family friend'
).split(' ');

const NAMES = 'Johnson Marcus Jordan Ruthie Jobs Markham Lucas Daniels Amos Joel Timothy James Mark Luke John Ruth Job Titus'.split(' ');

/** Sentences with numbers that are not references, and the parser's traps. */
const TRAPS = [
  'I am 5 years older than my brother.',
  'The answer is 42, as everyone knows.',
  'Job 3 starts on Monday at the new office.',
  'The concert is on Mar 3, 2024 in the old hall.',
  'Luke 2 said he would come to the party.',
  'The train leaves at 5:30 pm from platform 4.',
  'Mix the paint in a 3:1 ratio before you start.',
  'Our team won 2:1 after extra time.',
  'Mark 2 is the version we shipped last spring.',
  'Numbers 5 through 9 were crossed out on the list.',
  'Acts 3 of the play were rewritten twice.',
  'Johnson 4:24 was the final time on the clock.',
  'So 3:1 odds are not worth the risk.',
  'Is 10:30 too early for a meeting?',
  'Version 2.4.1 fixed the crash on start-up.',
  'The score was 21:14 at half time.',
  'He ran 5 miles in 40 minutes on 12 March 2023.',
  'Room 101 is on floor 3, next to suite 12.',
];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

function sentence(r: () => number): string {
  const n = 6 + Math.floor(r() * 14);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.04) words.push(String(Math.floor(r() * 2000)));
    else if (x < 0.06) words.push(pick(r, NAMES));
    else words.push(pick(r, WORDS));
  }
  const s = words.join(' ');
  return s[0].toUpperCase() + s.slice(1) + (r() < 0.1 ? '?' : '.');
}

export interface InsertedRef {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  osis: string;
}

const EN_DASH = '\u2013';

/** A random valid reference, written in one of the common styles. */
function reference(r: () => number): { text: string; osis: string } {
  const info = pick(r, BOOKS);
  const book: OsisBook = info.osis;
  const chapter = 1 + Math.floor(r() * chapterCount(book));
  const verses = verseCount(book, chapter);
  const verse = 1 + Math.floor(r() * verses);
  const single = chapterCount(book) === 1;
  const style = r();
  const name = info.name;
  // "Jude 1" is the whole (one-chapter) book for both tools; any other number is a verse.
  if (single) return { text: `${name} ${verse}`, osis: verse === 1 ? `${book}.1` : `${book}.1.${verse}` };
  if (style < 0.5) return { text: `${name} ${chapter}:${verse}`, osis: `${book}.${chapter}.${verse}` };
  if (style < 0.8 && verse < verses) {
    const end = verse + 1 + Math.floor(r() * Math.min(5, verses - verse));
    const last = Math.min(end, verses);
    return { text: `${name} ${chapter}:${verse}${EN_DASH}${last}`, osis: `${book}.${chapter}.${verse}-${book}.${chapter}.${last}` };
  }
  // Chapter-only only with names that are not also common words (the precision rule).
  if (AMBIGUOUS_NAMES.has(name.toLowerCase())) return { text: `${name} ${chapter}:${verse}`, osis: `${book}.${chapter}.${verse}` };
  return { text: `${name} ${chapter}`, osis: `${book}.${chapter}` };
}

/** About `bytes` of prose in paragraph-sized strings, with the references inserted. */
export function generateCorpus(seed: number, bytes: number): { paragraphs: string[]; refs: InsertedRef[] } {
  const r = rng(seed);
  const paragraphs: string[] = [];
  const refs: InsertedRef[] = [];
  let total = 0;
  let sinceRef = 0;
  while (total < bytes) {
    let p = '';
    const target = 300 + Math.floor(r() * 900);
    while (p.length < target) {
      p += (p ? ' ' : '') + (r() < 0.05 ? pick(r, TRAPS) : sentence(r));
      if (sinceRef + p.length > 2000) {
        const ref = reference(r);
        const lead = pick(r, ['As we read in', 'See', 'Compare', 'The writer of', 'In']);
        p += ` ${lead} `;
        const start = p.length;
        p += ref.text;
        refs.push({ paragraph: paragraphs.length, start, end: p.length, text: ref.text, osis: ref.osis });
        p += pick(r, ['.', ', which matters here.', ' once more.', '; that is the point.']);
        sinceRef = -p.length;
      }
    }
    paragraphs.push(p);
    total += p.length;
    sinceRef += p.length;
  }
  return { paragraphs, refs };
}
