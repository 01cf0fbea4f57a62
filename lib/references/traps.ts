/**
 * Times, ratios, scores and quantities that look like chapter:verse after a
 * word that happens to be a book name: "Is 5:30 pm okay?", "So 3:1 odds",
 * "Mark won 2:1" never gets here (no book before the number), but "Acts 2:1
 * ratio" does.
 */
import type { BookHit } from './book-scan';
import { APOSTROPHE, PERCENT, PERIOD, RIGHT_SINGLE_QUOTE, isLetter, isSpace, skipSpaces } from './chars';

/** Words after a number that make it a ratio or a score, when the book name is also a common word. */
const RATIO = new Set(
  'ratio ratios odds scale split mix win wins victory lead loss defeat score scores margin majority vote votes record finish draw tie aspect'.split(' '),
);

/** Words after a number that make it a time or a quantity, whatever the book name. */
const AFTER = new Set(
  ('am pm a p h hr hrs o oclock utc gmt est edt cst cdt pst pdt cet bst ist ' +
    'million billion thousand percent per mph km kg lb lbs ' +
    'minutes minute mins seconds secs hours times years days weeks months people men women children kids ' +
    'dollars euros pounds miles feet inches meters metres points goals games degrees cups').split(' '),
);

/** Words just before the book that make what follows a score or a time. */
const BEFORE = new Set('won lost beat beats defeated drew score scored scores ratio odds at by leads led trailing'.split(' '));

export function trapAfter(text: string, end: number, hit: BookHit, colon: boolean): boolean {
  const c = text.charCodeAt(end);
  if (c === PERCENT) return true;
  const k = skipSpaces(text, end);
  if (k - end > 1) return false;
  let j = k;
  while (j < text.length && isLetter(text.charCodeAt(j))) j++;
  let w = text.slice(k, j).toLowerCase();
  // "p.m.", "a.m.", "o'clock"
  if ((w === 'a' || w === 'p') && text.charCodeAt(j) === PERIOD) w = 'am';
  if (w === 'o' && (text.charCodeAt(j) === APOSTROPHE || text.charCodeAt(j) === RIGHT_SINGLE_QUOTE)) w = 'oclock';
  if (w && RATIO.has(w) && hit.key.ambiguous) return true;
  if (w && AFTER.has(w)) {
    // One-letter words only count glued or as the time markers handled above.
    if (w.length > 1 || k === end) return colon || w.length > 2 || w === 'am' || w === 'pm';
  }
  return colon && hit.key.ambiguous && scoreBefore(text, hit.start);
}

function scoreBefore(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  const e = i + 1;
  while (i >= 0 && isLetter(text.charCodeAt(i))) i--;
  return BEFORE.has(text.slice(i + 1, e).toLowerCase());
}
