import { describe, expect, it } from 'vitest';
import { findReferencesInText } from '../../../lib/references/text';

const found = (text: string) => findReferencesInText(text).map((m) => [m.text, m.osis, m.contextual ?? false]);

describe('findReferencesInText (the CLI)', () => {
  it('gives offsets in the whole text', () => {
    const text = 'Intro line.\n\nRead Rom 8:28 today.\n\nThen v. 29.';
    for (const m of findReferencesInText(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found(text)).toEqual([
      ['Rom 8:28', 'Rom.8.28', false],
      ['v. 29', 'Rom.8.29', true],
    ]);
  });

  it('reads a "#" line as a heading: its reference in parentheses names the section', () => {
    const text = '# A priest who does not die (Heb 7:23-24)\n\nAaron died on the mountain (Num 20:28). But v. 24 is the point.';
    expect(found(text)).toEqual([
      ['Heb 7:23-24', 'Heb.7.23-Heb.7.24', false],
      ['Num 20:28', 'Num.20.28', false],
      ['v. 24', 'Heb.7.24', true],
    ]);
  });

  it('reads a short line that only names a book as a heading', () => {
    expect(found('Hebrews\n\nChapter 7 is the heart of the letter; v. 25 says why.')).toEqual([
      ['Chapter 7', 'Heb.7', true],
      ['v. 25', 'Heb.7.25', true],
    ]);
    // The book of the heading stays possible: "v. 24" could be Hebrews or Numbers.
    expect(found('Hebrews\n\nAaron\'s death is told in Numbers 20:22-29. In v. 24 the writer of Hebrews goes on.')).toEqual([
      ['Numbers 20:22-29', 'Num.20.22-Num.20.29', false],
    ]);
  });

  it('lets a heading whose name is also a word or name only stop cues', () => {
    expect(found('Notes — Jonah\n\nIn 4:2 he quotes Exod 34:6. Notice v. 11.')).toEqual([['Exod 34:6', 'Exod.34.6', false]]);
    expect(found('Notes — Jonah\n\nHe runs (ch. 1).')).toEqual([]);
  });
});
