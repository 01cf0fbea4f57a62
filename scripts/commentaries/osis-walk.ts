/**
 * Walks a commentary module's OSIS text and turns it into a flat list of
 * document events: book starts, titles, paragraphs, table rows, list items
 * and poetry lines, each as clean plain text.
 *
 * Paragraphs are the `<div sID="genN" type="x-p"/> … <div eID="genN"/>`
 * milestone pairs. Their numbers run through the whole module in document
 * order, so the walk checks that every number is new and larger than the
 * last, and that every end matches a start: a block read twice or out of
 * order would fail here. Only the elements the two modules use are known;
 * anything else fails the build, so a new module release cannot slip markup
 * into the data unnoticed.
 */
import { tokenize, type Token } from '../bible/osis-markup';

export type DocEvent =
  | { readonly kind: 'book'; readonly osis: string }
  | { readonly kind: 'chapter'; readonly osisID: string }
  | { readonly kind: 'title'; readonly type: string; readonly text: string }
  /** `bold`: the text of a bold run that opens the paragraph, if any. */
  | { readonly kind: 'paragraph'; readonly id: number; readonly text: string; readonly bold?: string }
  | { readonly kind: 'row'; readonly cells: readonly string[] }
  | { readonly kind: 'item'; readonly text: string }
  | { readonly kind: 'line'; readonly text: string };

/** Collapses all whitespace (including no-break spaces) to single spaces and trims. */
function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const IGNORED_MILESTONES = new Set(['x-importer', 'x-usfm-toc1', 'x-usfm-toc2', 'x-usfm-toc3']);
const INLINE_HI = new Set(['bold', 'italic']);

/** Where a text is being collected: paragraph, title, cell, list item or poetry line. */
interface Capture {
  readonly what: 'paragraph' | 'title' | 'cell' | 'item' | 'line';
  readonly id?: string;
  readonly type?: string;
  text: string;
  /** Paragraphs: the bold run that opens it (open until the `</hi>` at `depth` closes it). */
  bold?: { text: string; open: boolean; depth: number };
}

class Walker {
  readonly events: DocEvent[] = [];
  private capture: Capture | undefined;
  private title: Capture | undefined;
  private row: string[] | undefined;
  private lastParagraph = 0;
  /** The last `genN` start number seen: they must rise through the document. */
  private lastGen = 0;
  private lastTitle = '';
  private readonly openDivs = new Set<string>();
  private readonly hiStack: string[] = [];

  fail(message: string): never {
    throw new Error(`${message} (after paragraph gen${this.lastParagraph}, title "${this.lastTitle}")`);
  }

  /** Checks that a `genN` start number is larger than every one before it. */
  private noteStart(id: string): void {
    const m = /^gen(\d+)$/.exec(id);
    if (!m) this.fail(`unexpected id ${id}`);
    const n = Number(m[1]);
    if (n <= this.lastGen) this.fail(`gen${n} after gen${this.lastGen}: out of order or repeated`);
    this.lastGen = n;
  }

  private target(): Capture | undefined {
    return this.title ?? this.capture;
  }

  text(text: string): void {
    const target = this.target();
    if (!target) {
      if (text.trim() !== '') this.fail(`text outside a paragraph: "${text.trim().slice(0, 60)}"`);
      return;
    }
    target.text += text;
    if (target.bold?.open) target.bold.text += text;
  }

  private startCapture(capture: Capture): void {
    if (this.capture) this.fail(`<${capture.what}> inside a ${this.capture.what}`);
    this.capture = capture;
  }

  private endCapture(what: Capture['what'], id?: string): Capture {
    const c = this.capture;
    if (!c || c.what !== what || c.id !== id) this.fail(`unexpected end of ${what} ${id ?? ''}`);
    if (this.hiStack.length) this.fail(`${what} ends inside <hi>`);
    this.capture = undefined;
    return c;
  }

  div(attrs: Record<string, string>): void {
    const { type, sID, eID } = attrs;
    if (type === 'x-milestone' && attrs.subType === 'x-preverse') return;
    const id = sID ?? eID;
    if (!id || (sID && eID)) this.fail(`<div type="${type}"> is not a milestone`);
    const m = /^gen(\d+)$/.exec(id);
    if (!m) this.fail(`unexpected div id ${id}`);
    if (sID) {
      this.noteStart(id);
      this.openDivs.add(id);
    } else {
      if (!this.openDivs.delete(id)) this.fail(`div ${id} ends without a start`);
    }
    switch (type) {
      case 'x-p':
        if (sID) {
          this.startCapture({ what: 'paragraph', id, text: '' });
          this.lastParagraph = Number(m[1]);
        } else {
          const c = this.endCapture('paragraph', id);
          const text = normaliseSpace(c.text);
          if (text) {
            const bold = c.bold ? normaliseSpace(c.bold.text) : '';
            this.events.push({ kind: 'paragraph', id: Number(m[1]), text, ...(bold ? { bold } : {}) });
          }
        }
        return;
      case 'introduction':
        return;
      case 'book':
        if (sID) {
          if (!attrs.osisID) this.fail('book div without osisID');
          this.events.push({ kind: 'book', osis: attrs.osisID });
        }
        return;
      default:
        this.fail(`unknown div type "${type}"`);
    }
  }

  open(name: string, attrs: Record<string, string>): void {
    switch (name) {
      case 'title':
        if (this.title) this.fail('title inside a title');
        this.title = { what: 'title', type: attrs.type ?? '', text: '' };
        return;
      case 'hi': {
        if (!INLINE_HI.has(attrs.type)) this.fail(`unknown <hi type="${attrs.type}">`);
        const c = this.target();
        if (!c) this.fail('<hi> outside a paragraph');
        // A bold run that opens a paragraph is its heading ("Verses 3-5", "Verse 1.").
        if (c === this.capture && c.what === 'paragraph' && attrs.type === 'bold' && !c.bold && c.text.trim() === '') {
          c.bold = { text: '', open: true, depth: this.hiStack.length };
        }
        this.hiStack.push(attrs.type);
        return;
      }
      case 'reference':
        if (!this.target()) this.fail('<reference> outside a paragraph');
        return;
      case 'table':
      case 'list':
        if (this.capture) this.fail(`<${name}> inside a ${this.capture.what}`);
        return;
      case 'row':
        if (this.row) this.fail('row inside a row');
        this.row = [];
        return;
      case 'cell':
        if (!this.row) this.fail('cell outside a row');
        this.startCapture({ what: 'cell', text: '' });
        return;
      case 'item':
        this.startCapture({ what: 'item', text: '' });
        return;
      default:
        this.fail(`unknown element <${name}>`);
    }
  }

  close(name: string): void {
    switch (name) {
      case 'title': {
        const t = this.title;
        if (!t) this.fail('</title> without <title>');
        this.title = undefined;
        this.lastTitle = normaliseSpace(t.text);
        this.events.push({ kind: 'title', type: t.type ?? '', text: this.lastTitle });
        return;
      }
      case 'hi': {
        if (!this.hiStack.pop()) this.fail('</hi> without <hi>');
        const c = this.capture;
        if (c?.bold?.open && !this.title && this.hiStack.length === c.bold.depth) c.bold.open = false;
        return;
      }
      case 'reference':
      case 'table':
      case 'list':
        return;
      case 'row':
        if (!this.row) this.fail('</row> without <row>');
        this.events.push({ kind: 'row', cells: this.row });
        this.row = undefined;
        return;
      case 'cell':
        this.row!.push(normaliseSpace(this.endCapture('cell').text));
        return;
      case 'item':
        this.events.push({ kind: 'item', text: normaliseSpace(this.endCapture('item').text) });
        return;
      default:
        this.fail(`unknown element </${name}>`);
    }
  }

  empty(name: string, attrs: Record<string, string>): void {
    switch (name) {
      case 'div':
        this.div(attrs);
        return;
      case 'milestone':
        if (!IGNORED_MILESTONES.has(attrs.type)) this.fail(`unknown milestone type "${attrs.type}"`);
        return;
      case 'chapter':
        if (attrs.sID) this.events.push({ kind: 'chapter', osisID: attrs.osisID ?? attrs.sID });
        return;
      case 'lg':
        if (attrs.sID) this.noteStart(attrs.sID);
        return;
      case 'l':
        if (attrs.sID) this.noteStart(attrs.sID);
        if (attrs.sID) this.startCapture({ what: 'line', id: attrs.sID, text: '' });
        else this.events.push({ kind: 'line', text: normaliseSpace(this.endCapture('line', attrs.eID).text) });
        return;
      default:
        this.fail(`unknown element <${name}/>`);
    }
  }

  finish(): void {
    if (this.capture || this.title || this.row) this.fail('document ends inside an element');
    if (this.openDivs.size) this.fail(`divs never closed: ${[...this.openDivs].slice(0, 10).join(' ')}`);
  }
}

/** The module text as document events. Throws on markup it does not know. */
export function walkOsis(markup: string): DocEvent[] {
  const walker = new Walker();
  for (const token of tokenize(markup) as Token[]) {
    switch (token.kind) {
      case 'text':
        walker.text(token.text);
        break;
      case 'open':
        walker.open(token.name, token.attrs);
        break;
      case 'close':
        walker.close(token.name);
        break;
      case 'empty':
        walker.empty(token.name, token.attrs);
        break;
    }
  }
  walker.finish();
  return walker.events;
}
