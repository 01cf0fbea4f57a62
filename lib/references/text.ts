/**
 * A whole plain text (what the CLI reads): its paragraphs are read one after
 * another, as the page reads its blocks, so the text before a cue gives it
 * context. A line starting with "#" is a heading. So is a paragraph of one
 * short line without digits that ends with a book's full name ("Hebrews",
 * "Sermon notes — Jonah"): it opens a section about that book; when the name
 * is also a word or first name ("Jonah", "Mark"), the book only stops cues
 * in that section, as an aside does.
 */
import { contextAfter, contextOfHeading, nameAtEnd, type DetectorContext } from './context';
import { findReferences, type DetectOptions, type ReferenceMatch } from './scan';

/** Longest line read as a heading when it has no "#". */
const HEADING_MAX_CHARS = 60;

interface Block {
  start: number;
  text: string;
  heading: boolean;
  /** A heading without digits that names a book which is also a word or name: its context. */
  context?: DetectorContext;
}

/** Paragraphs (separated by blank lines) and "#" heading lines, with their offsets. */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start >= 0) blocks.push({ start, text: text.slice(start, end), heading: false });
    start = -1;
  };
  for (let i = 0; i <= text.length; ) {
    const nl = text.indexOf('\n', i);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(i, lineEnd);
    if (line.trim() === '') flush();
    else if (line.trimStart().startsWith('#')) {
      flush();
      blocks.push({ start: i, text: line, heading: true });
    } else {
      if (start < 0) start = i;
      end = lineEnd;
    }
    if (nl < 0) break;
    i = nl + 1;
  }
  flush();
  for (const b of blocks) {
    if (b.heading || b.text.length > HEADING_MAX_CHARS || /[\n\d]/.test(b.text)) continue;
    const name = nameAtEnd(b.text.trim());
    if (!name?.full) continue;
    b.heading = true;
    if (name.ambiguous) b.context = { asides: [name.passage] };
  }
  return blocks;
}

export function findReferencesInText(text: string, options: Pick<DetectOptions, 'chapterOnlyAbbreviations'> = {}): ReferenceMatch[] {
  const out: ReferenceMatch[] = [];
  let context: DetectorContext | undefined;
  for (const block of blocksOf(text)) {
    const matches = findReferences(block.text, { ...options, context, heading: block.heading });
    for (const m of matches) out.push({ ...m, start: m.start + block.start, end: m.end + block.start });
    if (block.context) context = block.context;
    else context = block.heading ? contextOfHeading(block.text, matches) : contextAfter(matches, context);
  }
  return out;
}
