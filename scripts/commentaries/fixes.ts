/**
 * Verse ranges of MHCC headings corrected by hand. In each case the heading
 * names fewer verses than its comment discusses, and no other heading names
 * the rest, so those verses would have no comment at all. Only the range
 * changes, never the words. Each fix must find its heading and must exactly
 * fill a gap, or the build fails: a new module release that changes these
 * places has to be looked at by a person. See docs/commentaries.md.
 */
export interface RangeFix {
  /** OSIS book and chapter, e.g. "John.3". */
  readonly chapter: string;
  /** The range as the heading gives it. */
  readonly from: readonly [number, number];
  /** The range the comment covers. */
  readonly to: readonly [number, number];
  /** The evidence, in the text itself. */
  readonly why: string;
}

export const MHCC_RANGE_FIXES: readonly RangeFix[] = [
  {
    chapter: 'Deut.20',
    from: [10, 12],
    to: [10, 20],
    why: 'the outline item reads "(10-20)", and the comment ends on sparing the fruit trees (v. 19-20)',
  },
  {
    chapter: 'Prov.14',
    from: [12, 12],
    to: [12, 13],
    why: 'its last sentence, "See the vanity of carnal mirth", is on v. 13',
  },
  {
    chapter: 'Prov.16',
    from: [9, 9],
    to: [9, 10],
    why: 'the comment goes on with "10. Let kings and judges of the earth be just"',
  },
  {
    chapter: 'Prov.16',
    from: [19, 19],
    to: [19, 20],
    why: 'its last sentence, "He that understands God\'s word shall find good", is on v. 20',
  },
  {
    chapter: 'Prov.22',
    from: [28, 28],
    to: [28, 29],
    why: 'it goes on "it is hard to find a truly industrious man. Such a man will rise" (v. 29)',
  },
  {
    chapter: 'John.3',
    from: [1, 8],
    to: [1, 21],
    why: 'the outline item reads "(1-21)", and the comment goes on to "ver. (11-13)", the brazen serpent and "Christ is hated, because sin is loved" (v. 14-21)',
  },
];

/**
 * Places in the Treasury of David where the exposition's structure is
 * damaged, found because its verse headings stopped rising. Each names the
 * paragraph by its opening words; each must be found exactly once.
 *
 * - `heading`: the heading gives the wrong verse (`was`); the comment is on `verse`.
 * - `missing heading`: the paragraph is the comment on `verse` but has no heading.
 * - `same verse`: a second paragraph headed with the same verse (a later clause).
 * - `notes start`: the quoted notes begin here, their section title missing;
 *   the rest of the section is left out with the notes.
 * - `inserted notes`: quoted notes inside the exposition, left out up to the
 *   heading of the next verse, where the exposition goes on.
 * - `repeated`: the web edition pasted these lines again; from the second time
 *   this paragraph appears up to the next heading, every paragraph must copy
 *   (or begin) one already in the block, and is left out.
 */
export type TdavidFix =
  | { readonly psalm: number; readonly opens: string; readonly kind: 'heading'; readonly was: number; readonly verse: number; readonly why: string }
  | { readonly psalm: number; readonly opens: string; readonly kind: 'missing heading'; readonly verse: number; readonly why: string }
  | { readonly psalm: number; readonly opens: string; readonly kind: 'same verse' | 'notes start' | 'inserted notes' | 'repeated'; readonly why: string };

export const TDAVID_FIXES: readonly TdavidFix[] = [
  {
    psalm: 14,
    opens: 'Verse 6. Natural enough is this closing prayer',
    kind: 'heading',
    was: 6,
    verse: 7,
    why: 'the second "Verse 6." expounds the closing prayer, v. 7',
  },
  {
    psalm: 15,
    opens: 'Verse 5. "He that doeth these things shall never be moved."',
    kind: 'same verse',
    why: 'the last clause of v. 5',
  },
  {
    psalm: 20,
    opens: 'Verse 6. Contrasts frequently bring out the truth vividly',
    kind: 'heading',
    was: 6,
    verse: 7,
    why: 'it quotes and expounds "Some trust in chariots", v. 7',
  },
  {
    psalm: 59,
    opens: 'Verse 16. Let them wander up and down for meat.',
    kind: 'heading',
    was: 16,
    verse: 15,
    why: 'it quotes and expounds v. 15; the next paragraph is v. 16',
  },
  {
    psalm: 84,
    opens: '"How amiable," or, How lovely!',
    kind: 'missing heading',
    verse: 1,
    why: 'the exposition opens on v. 1 without its "Verse 1." heading',
  },
  {
    psalm: 95,
    opens: '"Come let us to the Lord sing out',
    kind: 'repeated',
    why: 'a quoted couplet and the sentence after it appear three times in a row in the exposition of v. 1',
  },
  {
    psalm: 98,
    opens: 'Verse 5. The voice of a Psalm. In D\'Israeli\'s',
    kind: 'inserted notes',
    why: 'seven quoted notes on v. 5-6 (D\'Israeli, Kitto, …) sit between the exposition of v. 5 and v. 6',
  },
  {
    psalm: 101,
    opens: 'Verse 8. That I may cut off all wicked doers',
    kind: 'notes start',
    why: 'three more notes on v. 8 (one signed by Alfred Edersheim) precede the notes title',
  },
  {
    psalm: 119,
    opens: 'Ver. 54. Thy statutes have been my songs. In the early ages',
    kind: 'notes start',
    why: 'a note signed "Williams" and eight more on v. 54, with no notes title',
  },
  {
    psalm: 119,
    opens: 'Ver. 87. Almost consumed.',
    kind: 'notes start',
    why: 'two notes on v. 87, then the "HINTS TO PREACHERS." marker, with no notes title',
  },
  {
    psalm: 119,
    opens: 'It is my meditation. The noun "meditation" seemeth',
    kind: 'notes start',
    why: 'older writers on v. 97 ("seemeth"), then more notes headed "Ver. 97.", with no notes title',
  },
  {
    psalm: 119,
    opens: 'Ver. 153. Consider mine affliction, and deliver me. God looks upon',
    kind: 'notes start',
    why: 'three notes on v. 153, then the "HINTS TO PREACHERS." marker, with no notes title',
  },
  {
    psalm: 137,
    opens: 'Verses 3-4. St. John Chrysostom observes',
    kind: 'inserted notes',
    why: 'a note citing Chrysostom between the exposition of v. 3 and v. 4',
  },
];
