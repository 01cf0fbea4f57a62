/**
 * Turns one SWORD entry's OSIS markup into clean verse runs.
 *
 * A small tokenizer reads the XML-ish fragment (plus the two USFM leftovers
 * `\nd ` and `\+nd*` found in some KJV entries); a converter walks the tokens
 * with an element stack and keeps only what the UI shows:
 *   - text, with the words of Jesus (`<q who="Jesus">`, container or
 *     sID/eID milestones) and the KJV's added words (`<transChange
 *     type="added">`) as run kinds;
 *   - `<divineName>` in capitals;
 *   - the canonical Psalm title, returned separately when asked for.
 * Notes, headings, speakers, `¶` marks and everything after `<chapter eID>`
 * are dropped. Where a dropped element sat between two words with no space
 * (the WEB's notes do this ~400 times), a space is restored.
 */
import { makeRun, type Run, type RunKind } from '../../lib/bible/bible-data';

type Attrs = Record<string, string>;

export type Token =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'open'; readonly name: string; readonly attrs: Attrs }
  | { readonly kind: 'close'; readonly name: string }
  | { readonly kind: 'empty'; readonly name: string; readonly attrs: Attrs };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]);
}

const ATTR = /([A-Za-z_:][\w:.-]*)\s*=\s*"([^"]*)"/g;

function parseAttrs(source: string): Attrs {
  const attrs: Attrs = {};
  const rest = source.replace(ATTR, (_, name: string, value: string) => {
    attrs[name] = decode(value);
    return '';
  });
  if (rest.trim() !== '') throw new Error(`unreadable attributes: ${source}`);
  return attrs;
}

/** Splits an OSIS fragment into text and tag tokens. Throws on anything else. */
export function tokenize(markup: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let text = '';
  const flushText = () => {
    if (text) tokens.push({ kind: 'text', text: decode(text) });
    text = '';
  };
  while (i < markup.length) {
    const ch = markup[i];
    if (ch === '<') {
      const end = markup.indexOf('>', i);
      if (end < 0) throw new Error(`unterminated tag at ${markup.slice(i, i + 40)}`);
      const body = markup.slice(i + 1, end);
      flushText();
      let m: RegExpExecArray | null;
      if ((m = /^\/([A-Za-z][\w]*)\s*$/.exec(body))) {
        tokens.push({ kind: 'close', name: m[1] });
      } else if ((m = /^([A-Za-z][\w]*)([\s\S]*?)(\/?)$/.exec(body))) {
        const attrs = parseAttrs(m[2]);
        tokens.push(m[3] ? { kind: 'empty', name: m[1], attrs } : { kind: 'open', name: m[1], attrs });
      } else {
        throw new Error(`unreadable tag <${body}>`);
      }
      i = end + 1;
    } else if (ch === '\\') {
      // USFM character style left in some KJV entries: `\nd LORD\+nd*`.
      const rest = markup.slice(i);
      let m: RegExpExecArray | null;
      if ((m = /^\\nd\s?/.exec(rest))) {
        flushText();
        tokens.push({ kind: 'open', name: 'divineName', attrs: { 'x-usfm': 'nd' } });
        i += m[0].length;
      } else if ((m = /^\\\+?nd\*/.exec(rest))) {
        flushText();
        tokens.push({ kind: 'close', name: 'divineName' });
        i += m[0].length;
      } else {
        throw new Error(`unknown backslash code at ${rest.slice(0, 20)}`);
      }
    } else {
      text += ch;
      i++;
    }
  }
  flushText();
  return tokens;
}

/** Why a gap was left in the text: a dropped note or a block boundary. */
type BreakReason = 'note' | 'block';

type Segment = { readonly text: string; readonly kind: RunKind } | { readonly brk: BreakReason };

export interface ConvertOptions {
  /** Capture `<title canonical="true" type="psalm">` instead of dropping it. */
  readonly captureTitle?: boolean;
  /** State of `<q sID who="Jesus">` milestones carried over from the previous entry. */
  readonly inJesusMilestone?: boolean;
}

export interface ConvertStats {
  /** Spaces restored where a dropped note sat between two words. */
  noteSpaces: number;
  /** Spaces restored at other dropped elements (line and paragraph marks). */
  blockSpaces: number;
  /** Divine names whose text was not already in capitals. */
  divineNamesCapitalised: number;
  /** `\nd` … `\+nd*` USFM leftovers read as divine names. */
  usfmDivineNames: number;
  /** `¶` marks removed. */
  pilcrows: number;
}

export interface ConvertResult {
  readonly runs: Run[];
  readonly title?: Run[];
  /** Plain text found after `<chapter eID>` and dropped (colophons, glossary). */
  readonly afterChapterEnd: string;
  readonly inJesusMilestone: boolean;
  readonly stats: ConvertStats;
}

interface Frame {
  readonly name: string;
  readonly attrs: Attrs;
  /** Text inside is dropped. */
  readonly skip?: boolean;
  /** Text inside goes to the Psalm title. */
  readonly title?: boolean;
  readonly jesus?: boolean;
  readonly added?: boolean;
  readonly divine?: boolean;
  /** Remembers the text seen inside a divineName, to count mixed case. */
  seen?: string;
}

/** Containers whose text is dropped. */
const SKIPPED = new Set(['note', 'title', 'speaker', 'reference', 'rdg', 'catchWord']);
/** Containers that only carry their text through. */
const TRANSPARENT = new Set(['w', 'seg', 'foreign', 'name', 'hi']);
/** Block elements: dropped, but they separate words. Some span entries. */
const BLOCKS = new Set(['l', 'lg', 'lb', 'div', 'p', 'list', 'item', 'milestone', 'chapter']);
/** Blocks whose open and close tags may sit in different entries. */
const SPANNING = new Set(['l', 'lg', 'div', 'p', 'list', 'item']);

export function emptyStats(): ConvertStats {
  return { noteSpaces: 0, blockSpaces: 0, divineNamesCapitalised: 0, usfmDivineNames: 0, pilcrows: 0 };
}

/** Capitals for a divine name, keeping a possessive ’s as printed ("LORD’s"). */
function capitaliseDivineName(text: string): string {
  return text.toUpperCase().replace(/’S\b/g, '’s');
}

export function convertEntry(markup: string, options: ConvertOptions = {}): ConvertResult {
  const tokens = tokenize(markup);
  const stats = emptyStats();
  const stack: Frame[] = [];
  const verse: Segment[] = [];
  const title: Segment[] = [];
  let sawTitle = false;
  let inJesusMilestone = options.inJesusMilestone ?? false;
  let afterChapterEnd = '';
  let ended = false;

  const target = () => (stack.some((f) => f.title) ? title : verse);
  const skipping = () => stack.some((f) => f.skip);
  const pushBreak = (reason: BreakReason) => {
    if (!skipping()) target().push({ brk: reason });
  };

  for (const token of tokens) {
    if (ended) {
      if (token.kind === 'text') afterChapterEnd += token.text;
      continue;
    }
    switch (token.kind) {
      case 'text': {
        if (skipping()) break;
        let text = token.text;
        const pilcrows = text.match(/¶/g)?.length ?? 0;
        if (pilcrows) {
          stats.pilcrows += pilcrows;
          text = text.replace(/¶\s*/g, '');
        }
        const divine = stack.find((f) => f.divine);
        if (divine) {
          divine.seen = (divine.seen ?? '') + text;
          text = capitaliseDivineName(text);
        }
        const jesus = inJesusMilestone || stack.some((f) => f.jesus);
        const added = stack.some((f) => f.added);
        const kind: RunKind = jesus ? (added ? 'ji' : 'j') : added ? 'i' : '';
        target().push({ text, kind });
        break;
      }
      case 'open': {
        const { name, attrs } = token;
        if (name === 'title' && options.captureTitle && attrs.type === 'psalm' && attrs.canonical === 'true' && !skipping()) {
          if (sawTitle) throw new Error('two Psalm titles in one entry');
          sawTitle = true;
          verse.push({ brk: 'block' });
          stack.push({ name, attrs, title: true });
        } else if (SKIPPED.has(name)) {
          if (name === 'note') pushBreak('note');
          else pushBreak('block');
          stack.push({ name, attrs, skip: true });
        } else if (name === 'q') {
          if (attrs.who !== undefined && attrs.who !== 'Jesus') throw new Error(`q who="${attrs.who}"`);
          stack.push({ name, attrs, jesus: attrs.who === 'Jesus' });
        } else if (name === 'transChange') {
          if (attrs.type !== 'added') throw new Error(`transChange type="${attrs.type}"`);
          stack.push({ name, attrs, added: true });
        } else if (name === 'divineName') {
          if (attrs['x-usfm'] && !skipping()) stats.usfmDivineNames++;
          stack.push({ name, attrs, divine: true });
        } else if (TRANSPARENT.has(name)) {
          stack.push({ name, attrs });
        } else if (BLOCKS.has(name)) {
          pushBreak('block');
          stack.push({ name, attrs });
        } else {
          throw new Error(`unknown element <${name}>`);
        }
        break;
      }
      case 'close': {
        const { name } = token;
        let at = -1;
        for (let k = stack.length - 1; k >= 0; k--) {
          if (stack[k].name === name) {
            at = k;
            break;
          }
        }
        if (at < 0) {
          if (SPANNING.has(name)) {
            pushBreak('block');
            break;
          }
          throw new Error(`</${name}> without <${name}>`);
        }
        if (name !== 'divineName' && stack.slice(at + 1).some((f) => !SPANNING.has(f.name))) {
          throw new Error(`</${name}> closes open ${stack.slice(at + 1).map((f) => f.name).join(',')}`);
        }
        for (const f of stack.splice(at)) {
          if (f.divine && !stack.some((g) => g.skip) && !f.skip && f.seen !== undefined) {
            if (capitaliseDivineName(f.seen) !== f.seen) stats.divineNamesCapitalised++;
          }
        }
        if (BLOCKS.has(name)) pushBreak('block');
        break;
      }
      case 'empty': {
        const { name, attrs } = token;
        if (name === 'chapter' && attrs.eID) {
          ended = true;
          break;
        }
        if (name === 'q') {
          if (attrs.who !== undefined && attrs.who !== 'Jesus') throw new Error(`q who="${attrs.who}"`);
          if (attrs.who === 'Jesus' && attrs.sID) inJesusMilestone = true;
          else if (attrs.eID) inJesusMilestone = false;
          break;
        }
        if (BLOCKS.has(name) || SKIPPED.has(name) || name === 'note') {
          pushBreak('block');
          break;
        }
        if (TRANSPARENT.has(name)) break;
        throw new Error(`unknown empty element <${name}/>`);
      }
    }
  }
  const unclosed = stack.filter((f) => !SPANNING.has(f.name));
  if (unclosed.length > 0 && !ended) {
    throw new Error(`unclosed ${unclosed.map((f) => f.name).join(',')}`);
  }

  const runs = finalize(verse, stats);
  const titleRuns = sawTitle ? finalize(title, stats) : undefined;
  return {
    runs,
    title: titleRuns,
    afterChapterEnd: afterChapterEnd.replace(/\s+/g, ' ').trim(),
    inJesusMilestone,
    stats,
  };
}

const SPACE_BEFORE_GAP = /[\p{L}\p{N},;:.!?’”)\]]/u;
const SPACE_AFTER_GAP = /[\p{L}\p{N}“‘([]/u;

/**
 * Restores spaces at gaps, collapses whitespace, trims the verse, merges
 * neighbouring runs of the same kind and drops empty ones.
 */
function finalize(segments: readonly Segment[], stats: ConvertStats): Run[] {
  // 1. Restore a space where a dropped element glued two words together.
  const texts: { text: string; kind: RunKind }[] = [];
  let lastChar = '';
  let lastKind: RunKind = '';
  let gap: BreakReason | undefined;
  for (const seg of segments) {
    if ('brk' in seg) {
      // A note gap outranks a block gap for counting purposes.
      if (gap !== 'note') gap = seg.brk;
      continue;
    }
    if (seg.text === '') continue;
    const first = seg.text[0];
    if (
      gap &&
      lastChar !== '' &&
      SPACE_BEFORE_GAP.test(lastChar) &&
      SPACE_AFTER_GAP.test(first)
    ) {
      texts.push({ text: ' ', kind: lastKind === seg.kind ? seg.kind : '' });
      if (gap === 'note') stats.noteSpaces++;
      else stats.blockSpaces++;
    }
    gap = undefined;
    texts.push({ text: seg.text, kind: seg.kind });
    lastChar = seg.text[seg.text.length - 1];
    lastKind = seg.kind;
  }

  // 2. Collapse whitespace across segment boundaries and trim the verse.
  const out: { text: string; kind: RunKind }[] = [];
  let endsWithSpace = true; // at the start, a leading space is dropped
  for (const t of texts) {
    let text = t.text.replace(/\s+/g, ' ');
    if (endsWithSpace && text.startsWith(' ')) text = text.slice(1);
    if (text === '') continue;
    out.push({ text, kind: t.kind });
    endsWithSpace = text.endsWith(' ');
  }
  while (out.length > 0) {
    const last = out[out.length - 1];
    last.text = last.text.replace(/ +$/, '');
    if (last.text !== '') break;
    out.pop();
  }

  // 3. Merge neighbours of the same kind; a bare space between two runs of
  //    the same kind (a quotation closed and reopened around a note or a
  //    line break) joins them too.
  const merged: { text: string; kind: RunKind }[] = [];
  for (let k = 0; k < out.length; k++) {
    const t = out[k];
    const prev = merged[merged.length - 1];
    const next = out[k + 1];
    if (prev && prev.kind === t.kind) {
      prev.text += t.text;
    } else if (prev && next && t.kind === '' && t.text === ' ' && prev.kind === next.kind) {
      prev.text += t.text + next.text;
      k++;
    } else {
      merged.push({ ...t });
    }
  }
  return merged.map((t) => makeRun(t.kind, t.text));
}
