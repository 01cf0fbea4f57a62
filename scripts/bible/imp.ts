/**
 * Reads SWORD's `mod2imp` export: every key is a line `$$$Book C:V` followed
 * by that key's raw OSIS markup (normally one line, occasionally several).
 */

export interface ImpEntry {
  /** SWORD's English book name ("I Samuel", "Revelation of John"). */
  readonly book: string;
  readonly chapter: number;
  readonly verse: number;
  readonly markup: string;
}

const KEY = /^(.+) (\d+):(\d+)$/;

/**
 * Parses an imp export into verse-keyed entries, in file order. Keys without
 * a chapter:verse ("[ Module Heading ]") are skipped; book (0:0) and chapter
 * (C:0) introductions are kept, with chapter or verse 0.
 */
export function parseImp(text: string): ImpEntry[] {
  const entries: ImpEntry[] = [];
  let current: { book: string; chapter: number; verse: number; lines: string[] } | undefined;
  const flush = () => {
    if (current) {
      entries.push({
        book: current.book,
        chapter: current.chapter,
        verse: current.verse,
        markup: current.lines.join('\n'),
      });
    }
    current = undefined;
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('$$$')) {
      flush();
      const m = KEY.exec(line.slice(3));
      if (m) current = { book: m[1], chapter: Number(m[2]), verse: Number(m[3]), lines: [] };
      continue;
    }
    current?.lines.push(line);
  }
  flush();
  // mod2imp ends the last entry with a newline; drop trailing empty lines.
  return entries.map((e) => ({ ...e, markup: e.markup.replace(/\n+$/, '') }));
}

/** Entries grouped by SWORD book name, then keyed "C:V". */
export function groupByBook(entries: readonly ImpEntry[]): Map<string, Map<string, ImpEntry>> {
  const books = new Map<string, Map<string, ImpEntry>>();
  for (const e of entries) {
    let book = books.get(e.book);
    if (!book) books.set(e.book, (book = new Map()));
    book.set(`${e.chapter}:${e.verse}`, e);
  }
  return books;
}
