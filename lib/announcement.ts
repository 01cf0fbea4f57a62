/**
 * What a screen reader hears when a card opens: the reference's label and
 * the first words of the passage, short enough not to drown the page.
 */
import type { Passage } from './bible/passage';
import { runText } from './bible/bible-data';

/** Words of the passage read out; the card itself holds the rest. */
const ANNOUNCED_WORDS = 12;

export function passageOpening(passage: Passage, words = ANNOUNCED_WORDS): string {
  const text = passage.verses
    .filter((v) => !v.absent)
    .map((v) => v.runs.map(runText).join(''))
    .join(' ');
  const all = text.split(/\s+/).filter(Boolean);
  const opening = all.slice(0, words).join(' ');
  return all.length > words ? `${opening}…` : opening;
}

/** "Romans 8:34: It is Christ who died…", or the label alone when the text is not there. */
export function cardAnnouncement(label: string, passage?: Passage): string {
  const opening = passage ? passageOpening(passage) : '';
  return opening ? `${label}: ${opening}` : label;
}
