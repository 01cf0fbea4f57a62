/**
 * Known defects of the two SWORD modules, fixed while building the texts.
 * Each fix must apply exactly as listed, or the build fails: a new module
 * release that changes these places has to be looked at by a person.
 * See docs/bible-texts.md.
 */
import { makeRun, runKind, runText, type Run } from '../../lib/bible/bible-data';

/**
 * KJV New Testament words that the module's Strong's tagging splits in two,
 * because one English word renders two Greek words (`<w lemma="G3739">who</w>
 * <w lemma="G1437">soever</w>`). Each was checked against the 1769 text;
 * look-alikes that are two words in the KJV ("every where in", "there in the
 * wilderness", "hither to me", "way side", "vain glory", "evil doer", "day
 * time", "some time") are left alone.
 */
export const KJV_SPLIT_WORDS: readonly { readonly ref: string; readonly split: string }[] = [
  { ref: 'Matt.11.6', split: 'who soever' },
  { ref: 'Matt.11.20', split: 'where in' },
  { ref: 'Matt.11.27', split: 'whom soever' },
  { ref: 'Matt.12.4', split: 'shew bread' },
  { ref: 'Matt.12.32', split: 'who soever' },
  { ref: 'Matt.12.50', split: 'who soever' },
  { ref: 'Matt.25.6', split: 'mid night' },
  { ref: 'Matt.26.53', split: 'can not' },
  { ref: 'Mark.2.19', split: 'can not' },
  { ref: 'Mark.7.18', split: 'can not' },
  { ref: 'Mark.10.15', split: 'there in' },
  { ref: 'Luke.11.7', split: 'can not' },
  { ref: 'John.3.3', split: 'can not' },
  { ref: 'John.3.5', split: 'can not' },
  { ref: 'John.10.35', split: 'can not' },
  { ref: 'Acts.4.16', split: 'can not' },
  { ref: 'Acts.4.20', split: 'can not' },
  { ref: 'Acts.5.39', split: 'can not' },
  { ref: 'Acts.7.49', split: 'foot stool' },
  { ref: 'Phil.1.18', split: 'there in' },
  { ref: 'Phil.2.2', split: 'like minded' },
  { ref: 'Phil.3.16', split: 'where to' },
  { ref: 'Phil.4.10', split: 'where in' },
  { ref: 'Col.2.7', split: 'there in' },
  { ref: 'Col.2.12', split: 'where in' },
  { ref: 'Col.3.17', split: 'what soever' },
  { ref: 'Col.3.23', split: 'what soever' },
  { ref: '1Thess.2.6', split: 'burden some' },
  { ref: '1Tim.2.7', split: 'Where unto' },
  { ref: '1Tim.5.25', split: 'can not' },
  { ref: '1Tim.6.4', split: 'where of' },
  { ref: '1Tim.6.7', split: 'no thing' },
  { ref: '1Tim.6.12', split: 'where unto' },
  { ref: '2Tim.1.11', split: 'Where unto' },
  { ref: '2Tim.2.9', split: 'Where in' },
  { ref: '2Tim.2.13', split: 'can not' },
  { ref: 'Heb.4.6', split: 'there in' },
  { ref: 'Heb.4.15', split: 'can not' },
  { ref: 'Heb.4.16', split: 'bold ly' },
  { ref: 'Heb.5.3', split: 'here of' },
  { ref: 'Heb.6.17', split: 'Where in' },
  { ref: 'Heb.9.2', split: 'where in' },
  { ref: 'Heb.9.4', split: 'where in' },
  { ref: 'Heb.9.5', split: 'can not' },
  { ref: 'Heb.10.29', split: 'where with' },
  { ref: 'Heb.12.11', split: 'there by' },
  { ref: 'Heb.12.15', split: 'there by' },
  { ref: 'Heb.13.2', split: 'there by' },
  { ref: 'Heb.13.10', split: 'where of' },
];

/**
 * Joins one split word inside a verse's runs. Both halves must sit in the
 * same run (they do in every listed place); throws when the split is not
 * found exactly once.
 */
export function joinSplitWord(runs: readonly Run[], split: string, where: string): Run[] {
  const pattern = new RegExp(`(?<![\\p{L}])${split.replace(' ', ' ')}(?![\\p{L}])`, 'gu');
  let hits = 0;
  const out = runs.map((run) => {
    const text = runText(run);
    const fixed = text.replace(pattern, () => {
      hits++;
      return split.replace(' ', '');
    });
    return fixed === text ? run : makeRun(runKind(run), fixed);
  });
  if (hits !== 1) throw new Error(`${where}: expected "${split}" once, found ${hits}`);
  return out;
}

/** The doxology the WEB (NRSVA versification) appends to Rom 14:23. */
const ROMANS_DOXOLOGY = {
  /** Where the doxology starts inside the WEB's Rom 14:23. */
  start: 'Now to him who is able',
  /** First words of KJV verses 16:26 and 16:27 inside it. */
  verse26: 'but now is revealed',
  verse27: 'to the only wise God',
} as const;

/**
 * Splits the WEB's Rom 14:23 (plain text, verse + doxology) into 14:23 and
 * the three doxology verses that the KJV numbers Rom 16:25–27.
 */
export function splitRomansDoxology(text: string): { rom14_23: string; rom16: [string, string, string] } {
  const at = (needle: string, from: number) => {
    const i = text.indexOf(needle, from);
    if (i < 0 || text.indexOf(needle, i + 1) >= 0) {
      throw new Error(`Rom 14:23 (WEB): expected "${needle}" exactly once`);
    }
    return i;
  };
  const s = at(ROMANS_DOXOLOGY.start, 0);
  const v26 = at(ROMANS_DOXOLOGY.verse26, s);
  const v27 = at(ROMANS_DOXOLOGY.verse27, v26);
  return {
    rom14_23: text.slice(0, s).trim(),
    rom16: [text.slice(s, v26).trim(), text.slice(v26, v27).trim(), text.slice(v27).trim()],
  };
}
