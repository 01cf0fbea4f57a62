/** The build's OSIS converter on small fragments shaped like the modules'. */
import { describe, expect, it } from 'vitest';
import { convertEntry, tokenize } from '../../../scripts/bible/osis-markup';
import { joinSplitWord, splitRomansDoxology } from '../../../scripts/bible/fixes';
import { parseImp } from '../../../scripts/bible/imp';

describe('tokenize', () => {
  it('reads tags, attributes, entities and the USFM \\nd leftovers', () => {
    expect(tokenize('a &amp; <w lemma="strong:H1">b</w><lb/>\\nd LORD\\+nd*')).toEqual([
      { kind: 'text', text: 'a & ' },
      { kind: 'open', name: 'w', attrs: { lemma: 'strong:H1' } },
      { kind: 'text', text: 'b' },
      { kind: 'close', name: 'w' },
      { kind: 'empty', name: 'lb', attrs: {} },
      { kind: 'open', name: 'divineName', attrs: { 'x-usfm': 'nd' } },
      { kind: 'text', text: 'LORD' },
      { kind: 'close', name: 'divineName' },
    ]);
  });

  it('refuses what it cannot read', () => {
    expect(() => tokenize('a <w b>')).toThrow();
    expect(() => tokenize('a \\x b')).toThrow();
  });
});

describe('convertEntry', () => {
  it('drops notes and restores the space a note swallowed', () => {
    const r = convertEntry('<w>God</w><note placement="foot">Elohim.</note><w>created</w> the earth,<note>x</note>and');
    expect(r.runs).toEqual(['God created the earth, and']);
    expect(r.stats.noteSpaces).toBe(2);
    expect(convertEntry('word.<note>x</note>” Then').runs).toEqual(['word.” Then']);
  });

  it('keeps the words of Jesus and added words as runs', () => {
    const r = convertEntry(
      'Jesus said, <q marker="" who="Jesus">Be <transChange type="added">ye</transChange> whole.</q>',
    );
    expect(r.runs).toEqual(['Jesus said, ', { j: 'Be ' }, { ji: 'ye' }, { j: ' whole.' }]);
  });

  it('follows <q sID/eID> milestones across entries', () => {
    const a = convertEntry('He said, <q who="Jesus" sID="q1"/>Come');
    expect(a.runs).toEqual(['He said, ', { j: 'Come' }]);
    const b = convertEntry('and see.<q who="Jesus" eID="q1"/> They came.', { inJesusMilestone: a.inJesusMilestone });
    expect(b.runs).toEqual([{ j: 'and see.' }, ' They came.']);
    expect(b.inJesusMilestone).toBe(false);
  });

  it('capitalises divine names, keeping the possessive', () => {
    const r = convertEntry('the <divineName>Lord</divineName> and the \\nd <w>Lord</w></divineName>’s <divineName>Jah</divineName>');
    expect(r.runs).toEqual(['the LORD and the LORD’s JAH']);
    expect(r.stats.divineNamesCapitalised).toBe(3);
    expect(convertEntry('<divineName>LORD’s</divineName>').runs).toEqual(['LORD’s']);
  });

  it('drops headings, pilcrows and everything after the chapter end', () => {
    const r = convertEntry(
      '<title type="section">Heading</title><div sID="p1" type="x-p"/>¶ And it was so. <chapter eID="Rom.16"/> <title>Written to the Romans.</title>',
    );
    expect(r.runs).toEqual(['And it was so.']);
    expect(r.afterChapterEnd).toBe('Written to the Romans.');
  });

  it('returns the canonical Psalm title separately when asked', () => {
    const markup = '<title canonical="true" type="psalm">A Psalm of <w>David</w>.</title> <l sID="x"/><divineName>LORD</divineName>, how';
    expect(convertEntry(markup, { captureTitle: true })).toMatchObject({
      title: ['A Psalm of David.'],
      runs: ['LORD, how'],
    });
    expect(convertEntry(markup).title).toBeUndefined();
    expect(convertEntry(markup).runs).toEqual(['LORD, how']);
  });

  it('fails loudly on elements it does not know', () => {
    expect(() => convertEntry('<table>x</table>')).toThrow(/unknown element/);
    expect(() => convertEntry('<q who="Peter">x</q>')).toThrow();
  });
});

describe('fixes', () => {
  it('joins a split word exactly once or fails', () => {
    expect(joinSplitWord(['come bold ly unto'], 'bold ly', 'Heb.4.16')).toEqual(['come boldly unto']);
    expect(() => joinSplitWord(['come boldly'], 'bold ly', 'Heb.4.16')).toThrow();
    expect(() => joinSplitWord(['can not, can not'], 'can not', 'x')).toThrow();
  });

  it('splits the Romans doxology at the KJV verse boundaries', () => {
    const s = splitRomansDoxology(
      'is sin. Now to him who is able to establish you, but now is revealed, and made known; to the only wise God, Amen.',
    );
    expect(s.rom14_23).toBe('is sin.');
    expect(s.rom16).toEqual(['Now to him who is able to establish you,', 'but now is revealed, and made known;', 'to the only wise God, Amen.']);
  });
});

describe('parseImp', () => {
  it('reads keys and markup', () => {
    const entries = parseImp('$$$[ Module Heading ]\n\n$$$I John 1:0\n<chapter/>\n$$$I John 1:1\nThat which\n');
    expect(entries).toEqual([
      { book: 'I John', chapter: 1, verse: 0, markup: '<chapter/>' },
      { book: 'I John', chapter: 1, verse: 1, markup: 'That which' },
    ]);
  });
});
