/** The words that join, extend or introduce chapter and verse numbers. */
import { isLetter } from './chars';

const set = (words: string) => new Set(words.split(' '));

/** "Heb 7:23 to 25", "Matt 1 through 2". */
export const RANGE_WORDS = set('to through thru');
/** "Rom 8:28 and 31", "cf. 6", "see also 3". */
export const LIST_WORDS = set('and cf compare also see');
/** "ch. 3", "chapter 3", "chapts 2". */
export const CHAPTER_WORDS = set('ch chs chap chaps chapt chapts chp chps chpt chpts cha chapter chapters');
/** "v. 28", "vv. 18, 20", "verse 5", "vss 6". */
export const VERSE_WORDS = set('v vv vs vss ver vers verse verses');
/** Bible translations written after a reference: "Lev 1 (NIV)", "John 3:16 KJV". */
export const TRANSLATIONS = set(
  'kjv akjv nkjv niv nirv tniv niv84 niv1984 nivuk esv esvuk nasb nasb95 nas nlt rsv nrsv nrsvue nrsva asv amp ampc ceb cev csb hcsb erv lxx msg nab nabre net web ylt dra drb gnt gnb tev njb jb reb ncv nlv lsb leb bsb kjva phillips tlb',
);

/** The lower-cased run of letters starting at i ("" when none). */
export function wordAt(text: string, i: number): string {
  let j = i;
  while (j < text.length && isLetter(text.charCodeAt(j))) j++;
  return j - i > 12 ? '' : text.slice(i, j).toLowerCase();
}

/** Words before a cross-reference: "cf. Num 20:28", "see (also) Gen 3", "compare", "par. Luke 8:22". */
export const CROSS_REFERENCE_CUES = set('cf cp see compare par pars parallel parallels');
