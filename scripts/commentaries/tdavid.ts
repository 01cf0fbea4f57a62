/**
 * Spurgeon's Treasury of David: per psalm, Spurgeon's own overview and his
 * exposition, split where he heads a paragraph "Verse 5." / "Verses 1-4." /
 * "Ver. 17.". The quoted "Explanatory Notes and Quaint Sayings", the "Hints
 * to the Village Preacher" and the book lists are left out; their size is
 * measured for the report (docs/commentaries.md, "The Treasury of David").
 *
 * The module comes from a web edition. Section titles are `<title>`s, but
 * some are missing or sit in a paragraph, so the walk also knows the markers
 * that stand in for them ("HINTS TO PREACHERS." paragraphs, the "Psalms
 * 119:5*" links between the verses of Psalm 119). The exposition's verse
 * headings must rise through a psalm; where they do not, notes have slipped
 * in without their title, and the build fails unless fixes.ts says where
 * those notes start.
 */
import type { CommentaryBlock, CommentaryChapter } from '../../lib/commentaries/types';
import { blockId, verseHeading, type VerseCounts } from './blocks';
import { TDAVID_FIXES, type TdavidFix } from './fixes';
import type { DocEvent } from './osis-walk';

export interface PsalmsContent {
  readonly intro: readonly string[];
  readonly chapters: readonly CommentaryChapter[];
}

export interface TdavidReport {
  psalms: number;
  blocks: number;
  paragraphs: number;
  /** Characters of text left out, by section. */
  dropped: Record<DroppedSection, { paragraphs: number; chars: number }>;
  /** Paragraphs of the left-out sections, kept only to measure their size. */
  droppedText: Record<DroppedSection, string[]>;
  /** Psalms whose exposition starts before its first verse heading: that text joins the overview. */
  overviewFromExposition: string[];
  /** Psalm 119 stanza introductions without a heading, given their stanza's range. */
  stanzaIntros: string[];
  /** Paragraphs the web edition pasted twice, removed (fixes.ts, `repeated`). */
  copiesDropped: number;
  /** "Psalms 119:5*" link paragraphs removed. */
  verseLinks: number;
  fixesApplied: string[];
}

type DroppedSection = 'notes' | 'hints' | 'works' | 'translation';
type Section = 'preface' | 'overview' | 'exposition' | 'inserted notes' | DroppedSection;

const PSALM_TITLE = /^(?:Psalm (\d+) OVERVIEW|Psalms (\d+))$/;
const SECTION_TITLES: readonly [RegExp, Section][] = [
  [/^EXPOSITION\b/, 'exposition'],
  [/^EXPLANATORY NOTES AND QUAINT SAYINGS\.?$|^NOTES RELATING TO THE PSALM AS A WHOLE$/, 'notes'],
  [/^HINTS TO (?:THE )?(?:VILLAGE )?PREACHERS?\b/, 'hints'],
  [/^WORKS? UPON |^UPON ISRAEL IN THE WILDERNESS$/, 'works'],
  // Psalm 68: Delitzsch's version, printed in the middle of the exposition.
  [/^NEW TRANSLATION$|^HYMN OF WAR AND VICTORY IN THE STYLE OF DEBORAH$/, 'translation'],
];
/** Run-in sub-headings of the overview, kept as the opening words of the next paragraph. */
const OVERVIEW_LABELS = new Set(['TITLE.', 'DIVISION.', 'AUTHOR.', 'SUBJECT.']);
/** Paragraphs that stand in for a missing section title. */
const HINTS_MARKER = /^HINTS TO (?:THE )?(?:VILLAGE )?PREACHERS?\.?$/;
const NOTES_MARKER = /^EXPLANATORY NOTES AND QUAINT SAYINGS\.?$/;
/** Psalm 119's links to the next verse, left from the web edition. */
const VERSE_LINK = /^Psalms 119:\d+\*$/;
/**
 * "Verse 1.", "Verses 16, 17, 18.", "Verses 39 and 40.", "Ver. 17-24", "Ver 43.",
 * "Verse 3, "Thou…": the verse numbers, then an optional stop or comma.
 */
const VERSE_HEADING = /^(?:Verses?|Ver\.?) ?(\d+)((?:\s*(?:-|,|and)\s*\d+)*)(?:[.,:](?!\d)\s*|\s+|$)/;

export function parseVerseHeading(text: string): { start: number; end: number; rest: string } | undefined {
  const m = VERSE_HEADING.exec(text);
  if (!m) return undefined;
  const numbers = [m[1], ...(m[2].match(/\d+/g) ?? [])].map(Number);
  const start = numbers[0];
  const end = numbers[numbers.length - 1];
  // Lists must be consecutive verses ("16, 17, 18"), ranges ascending.
  const isRange = /-/.test(m[2]);
  if (isRange ? numbers.length !== 2 || end < start : numbers.some((n, i) => n !== start + i)) return undefined;
  return { start, end, rest: text.slice(m[0].length).trim() };
}

interface Draft {
  psalm: number;
  overview: string[];
  /** An overview label waiting for its paragraph. */
  label?: string;
  blocks: { start: number; end: number; paragraphs: string[] }[];
  /** Where the exposition stands: the verses of the last heading. */
  last?: { start: number; end: number };
  /** The exposition section just started (Psalm 119 has one per verse). */
  sectionStart: boolean;
  /** Leaving out lines the web edition pasted twice (fixes.ts, `repeated`). */
  droppingCopies?: boolean;
}

function emptyDropped<T>(make: () => T): Record<DroppedSection, T> {
  return { notes: make(), hints: make(), works: make(), translation: make() };
}

class TdavidBuilder {
  readonly intro: string[] = [];
  readonly chapters: CommentaryChapter[] = [];
  readonly report: TdavidReport = {
    psalms: 0,
    blocks: 0,
    paragraphs: 0,
    dropped: emptyDropped(() => ({ paragraphs: 0, chars: 0 })),
    droppedText: emptyDropped(() => [] as string[]),
    overviewFromExposition: [],
    stanzaIntros: [],
    verseLinks: 0,
    copiesDropped: 0,
    fixesApplied: [],
  };
  private section: Section = 'preface';
  private draft: Draft | undefined;
  private milestones = 0;

  constructor(
    private readonly verses: readonly number[],
    private readonly fixes: readonly TdavidFix[],
  ) {}

  private fail(message: string): never {
    throw new Error(`TDavid ${this.draft ? `Ps ${this.draft.psalm}` : 'preface'} (${this.section}): ${message}`);
  }

  title(text: string): void {
    const psalm = PSALM_TITLE.exec(text);
    if (psalm) return this.startPsalm(Number(psalm[1] ?? psalm[2]));
    if (text === '' && this.section === 'preface' && !this.draft) return;
    if (OVERVIEW_LABELS.has(text)) {
      if (this.section === 'overview') {
        if (this.draft!.label) this.fail(`two labels: ${this.draft!.label} ${text}`);
        this.draft!.label = text;
        return;
      }
      // "TITLE." inside the notes: notes on the psalm's title, left out with them.
      if (this.section === 'notes' || this.section === 'hints') return;
    }
    for (const [pattern, section] of SECTION_TITLES) {
      if (!pattern.test(text)) continue;
      if (!this.draft) this.fail(`section "${text}" before the first psalm`);
      this.setSection(section);
      return;
    }
    this.fail(`unknown title "${text}"`);
  }

  private setSection(section: Section): void {
    if (this.draft?.label) this.fail(`label ${this.draft.label} without its paragraph`);
    this.section = section;
    if (section === 'exposition') this.draft!.sectionStart = true;
  }

  chapterMilestone(): void {
    this.milestones++;
  }

  private startPsalm(n: number): void {
    const previous = this.draft?.psalm ?? 0;
    if (n !== previous + 1) this.fail(`Psalm ${n} after Psalm ${previous}`);
    if (n > this.verses.length) this.fail(`Psalm ${n} is past the ${this.verses.length} psalms`);
    if (this.milestones !== n) this.fail(`${this.milestones} chapter milestones before Psalm ${n}`);
    this.endPsalm();
    this.draft = { psalm: n, overview: [], blocks: [], sectionStart: false };
    this.section = 'overview';
  }

  paragraph(text: string): void {
    if (VERSE_LINK.test(text)) {
      this.report.verseLinks++;
      // The link closes a verse's notes and hints in Psalm 119.
      if (this.section !== 'exposition') return;
      this.fail(`verse link "${text}" inside the exposition`);
    }
    const d = this.draft;
    switch (this.section) {
      case 'preface':
        if (text !== 'Preface') this.intro.push(text);
        return;
      case 'overview':
        d!.overview.push(d!.label ? `${d!.label} ${text}` : text);
        d!.label = undefined;
        return;
      case 'exposition':
        if (HINTS_MARKER.test(text)) return this.setSection('hints');
        if (NOTES_MARKER.test(text)) return this.setSection('notes');
        return this.exposition(d!, text);
      case 'translation':
      case 'inserted notes': {
        // The exposition goes on after the inserted text, at its next verse.
        const h = parseVerseHeading(text);
        if (h && d!.last && h.start === d!.last.end + 1) {
          this.section = 'exposition';
          return this.exposition(d!, text);
        }
        return this.drop(text);
      }
      default:
        if (HINTS_MARKER.test(text)) this.section = 'hints';
        return this.drop(text);
    }
  }

  private drop(text: string): void {
    const section: DroppedSection = this.section === 'inserted notes' ? 'notes' : (this.section as DroppedSection);
    this.report.dropped[section].paragraphs++;
    this.report.dropped[section].chars += text.length;
    this.report.droppedText[section].push(text);
  }

  private exposition(d: Draft, text: string): void {
    const current = d.blocks[d.blocks.length - 1];
    if (d.droppingCopies && !parseVerseHeading(text)) {
      if (!current.paragraphs.some((p) => p.startsWith(text))) this.fail(`"${text.slice(0, 60)}" is not a copy`);
      this.report.copiesDropped++;
      return;
    }
    d.droppingCopies = false;
    const fix = this.fixes.find(
      (f) => f.psalm === d.psalm && text.startsWith(f.opens) && (f.kind !== 'repeated' || current?.paragraphs.includes(text)),
    );
    if (fix) {
      this.report.fixesApplied.push(`Ps ${d.psalm}: ${fix.kind} "${fix.opens}"`);
      if (fix.kind === 'notes start' || fix.kind === 'inserted notes') {
        if (fix.kind === 'inserted notes' && !d.last) this.fail(`notes inserted before the first verse: "${fix.opens}"`);
        this.setSection(fix.kind === 'notes start' ? 'notes' : 'inserted notes');
        return this.drop(text);
      }
    }
    if (fix?.kind === 'repeated') {
      d.droppingCopies = true;
      this.report.copiesDropped++;
      return;
    }
    let heading = parseVerseHeading(text);
    if (fix?.kind === 'heading') {
      if (!heading || heading.start !== fix.was) this.fail(`fix for "${fix.opens}" does not match its heading`);
      heading = { ...heading, start: fix.verse, end: fix.verse };
    } else if (fix?.kind === 'missing heading') {
      if (heading) this.fail(`fix for "${fix.opens}": the paragraph has a heading`);
      heading = { start: fix.verse, end: fix.verse, rest: text };
    } else if (fix?.kind === 'same verse') {
      if (!heading || !d.last || heading.start !== d.last.start) this.fail(`fix for "${fix.opens}" does not match`);
      d.blocks[d.blocks.length - 1].paragraphs.push(heading.rest);
      return;
    }
    const sectionStart = d.sectionStart;
    d.sectionStart = false;
    if (!heading) {
      if (d.blocks.length && !sectionStart) {
        d.blocks[d.blocks.length - 1].paragraphs.push(text);
      } else if (d.psalm === 119 && sectionStart && d.last && d.last.end % 8 === 0) {
        // Psalm 119: an unheaded paragraph opening a new octave introduces that stanza.
        const start = d.last.end + 1;
        this.addBlock(d, start, Math.min(start + 7, this.verseCount(d)), text);
        this.report.stanzaIntros.push(`Ps 119:${start}-${start + 7}`);
      } else if (d.blocks.length === 0) {
        d.overview.push(text);
        if (!this.report.overviewFromExposition.includes(`Ps ${d.psalm}`)) this.report.overviewFromExposition.push(`Ps ${d.psalm}`);
      } else {
        this.fail(`paragraph without a verse heading opens an exposition section: "${text.slice(0, 60)}"`);
      }
      return;
    }
    const { start, end, rest } = heading;
    const verses = this.verseCount(d);
    if (start < 1 || end > verses) this.fail(`heading ${start}-${end} outside the psalm's ${verses} verses: "${text.slice(0, 60)}"`);
    const last = d.last;
    // A range that introduces a section ("Verses 1-4", then "Verse 1") may share its first verse.
    const rises = !last || start > last.start || (start === last.start && last.end > last.start && end < last.end);
    if (!rises) {
      this.fail(`heading ${start}-${end} after ${last!.start}-${last!.end}: notes without their title? "${text.slice(0, 70)}"`);
    }
    this.addBlock(d, start, end, rest);
  }

  private addBlock(d: Draft, start: number, end: number, first: string): void {
    d.blocks.push({ start, end, paragraphs: first ? [first] : [] });
    d.last = { start, end };
  }

  private verseCount(d: Draft): number {
    return this.verses[d.psalm - 1];
  }

  line(text: string): void {
    if (this.section === 'exposition' && this.draft?.blocks.length && !this.draft.droppingCopies) this.draft.blocks[this.draft.blocks.length - 1].paragraphs.push(text);
    else if (this.section === 'exposition' || this.section === 'overview') this.fail(`poetry line outside a block: "${text}"`);
    else this.drop(text);
  }

  item(text: string): void {
    if (this.section === 'exposition' || this.section === 'overview') this.fail(`list item in the ${this.section}: "${text}"`);
    this.drop(text);
  }

  endPsalm(): void {
    const d = this.draft;
    if (!d) return;
    if (d.label) this.fail(`label ${d.label} without its paragraph`);
    if (d.overview.length === 0) this.fail('no overview');
    if (d.blocks.length === 0) this.fail('no exposition');
    const verses = this.verseCount(d);
    const blocks: CommentaryBlock[] = [
      { id: `ps-${d.psalm}-overview`, startVerse: 1, endVerse: verses, heading: 'Overview', paragraphs: d.overview },
    ];
    for (const b of d.blocks) {
      if (b.paragraphs.length === 0) this.fail(`heading ${b.start}-${b.end} without text`);
      blocks.push({
        id: blockId('Ps', d.psalm, b.start, b.end),
        startVerse: b.start,
        endVerse: b.end,
        heading: verseHeading(b.start, b.end),
        paragraphs: b.paragraphs,
      });
    }
    const ids = new Set(blocks.map((b) => b.id));
    if (ids.size !== blocks.length) this.fail('two blocks with the same verses');
    this.chapters.push({ chapter: d.psalm, outline: [], blocks });
    this.report.psalms++;
    this.report.blocks += blocks.length;
    this.report.paragraphs += blocks.reduce((n, b) => n + b.paragraphs.length, 0);
    this.draft = undefined;
  }
}

/**
 * The psalms found in the walked module text, with the given fixes. Throws on
 * anything unexpected; the psalms must start at Psalm 1 but may stop early,
 * so a fragment can be tested on its own.
 */
export function buildTdavidPsalms(
  events: readonly DocEvent[],
  counts: VerseCounts,
  fixes: readonly TdavidFix[] = [],
): { psalms: PsalmsContent; report: TdavidReport } {
  const b = new TdavidBuilder(counts.Ps, fixes);
  let books = 0;
  for (const e of events) {
    switch (e.kind) {
      case 'book':
        if (e.osis !== 'Ps' || ++books > 1) throw new Error(`TDavid: unexpected book ${e.osis}`);
        break;
      case 'title':
        b.title(e.text);
        break;
      case 'chapter':
        b.chapterMilestone();
        break;
      case 'paragraph':
        b.paragraph(e.text);
        break;
      case 'line':
        b.line(e.text);
        break;
      case 'item':
        b.item(e.text);
        break;
      default:
        throw new Error(`TDavid: unexpected ${e.kind}`);
    }
  }
  b.endPsalm();
  const { report } = b;
  const unused = fixes.filter((f) => !report.fixesApplied.some((a) => a === `Ps ${f.psalm}: ${f.kind} "${f.opens}"`));
  if (unused.length) throw new Error(`TDavid: fixes not applied: ${unused.map((f) => `Ps ${f.psalm} "${f.opens}"`).join(', ')}`);
  if (report.fixesApplied.length !== fixes.length) throw new Error('TDavid: a fix applied more than once');
  report.paragraphs += b.intro.length;
  return { psalms: { intro: b.intro, chapters: b.chapters }, report };
}

/** The Psalms from the walked TDavid module text. Throws on anything unexpected. */
export function buildTdavid(events: readonly DocEvent[], counts: VerseCounts): { psalms: PsalmsContent; report: TdavidReport } {
  const result = buildTdavidPsalms(events, counts, TDAVID_FIXES);
  if (result.report.psalms !== counts.Ps.length) throw new Error(`TDavid: ${result.report.psalms} psalms, expected ${counts.Ps.length}`);
  return result;
}
