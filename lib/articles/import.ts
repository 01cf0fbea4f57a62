/**
 * Preparing a reader's article for import: pure checks and conversion, no
 * storage and no DOM of its own (HTML is parsed by an injected function).
 *
 * Checks, in this order, each with a message for the page:
 *  1. empty text (or an empty file);
 *  2. over 2 MB;
 *  3. binary (NUL bytes, a UTF-16 byte-order mark, or many control characters);
 *  4. not valid UTF-8;
 *  5. a file type we do not read (.md, .markdown, .txt, .html, .htm only);
 *  then the text is read (Markdown through the same reader as the bundled
 *  articles; .txt as plain paragraphs; HTML through `html.ts`), turned into
 *  escaped Markdown with front matter, and compiled from that Markdown, so
 *  the preview shows exactly what will be stored and read back;
 *  6. no Bible references found.
 * A title clash with a stored article is not an error: the result lists the
 * clashing articles so the page can offer "Replace" or "Keep both".
 */
import { formatRangeLabel, parseOsisList, versesOf } from '../bible/osis';
import type { BookNameLanguage } from '../bible/books';
import { compileArticle, slugify } from './compile';
import { tidyInlines, type DraftArticle, type DraftBlock } from './draft';
import { htmlToDraft } from './html';
import { readMarkdown } from './markdown';
import { draftToMarkdown } from './to-markdown';
import type { Article } from './types';

/** 2 MB: the most an imported file (or pasted text, as UTF-8) may weigh. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
const IMPORT_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm'] as const;
/** For `<input type="file" accept>`. */
export const IMPORT_ACCEPT = '.md,.markdown,.txt,.html,.htm';
/** Above this share of control characters a file is taken for binary. */
const CONTROL_SHARE = 0.1;
const MAX_TITLE_CHARS = 200;

export type ImportInput =
  | { readonly title?: string; readonly text: string }
  | { readonly title?: string; readonly fileName: string; readonly bytes: Uint8Array };

type ImportErrorCode = 'empty' | 'too-large' | 'binary' | 'invalid-utf8' | 'unsupported-type' | 'no-references';

/** The identity of an article already saved, for clash detection. */
export interface ArticleIdentity {
  readonly slug: string;
  readonly title: string;
}

/** What storage keeps for an imported article (platform/article-store.ts): the one shape of a saved article. */
export interface StoredArticle extends ArticleIdentity {
  /** ISO date of the import. */
  readonly date: string;
  /** The article as Markdown with front matter (title, slug, date). */
  readonly markdown: string;
  readonly refCount: number;
  readonly verseCount: number;
}

/** What "Undo" needs after a delete: the article and where it was. */
export interface DeletedArticle {
  readonly article: StoredArticle;
  readonly index: number;
}

export interface PreparedImport {
  readonly ok: true;
  readonly title: string;
  readonly slug: string;
  readonly date: string;
  /** The article as read, before its identity was written into front matter. */
  readonly draft: DraftArticle;
  /** Compiled from `markdown`, exactly as it will be read back from storage. */
  readonly article: Article;
  readonly markdown: string;
  /** Distinct passages cited. */
  readonly refCount: number;
  /** Distinct verses those passages cover. */
  readonly verseCount: number;
  /** Reader-facing labels of the distinct passages, in reading order ("Romans 8:34"). */
  readonly refs: readonly string[];
  /** Stored articles with the same title (ignoring case) or the same slug. */
  readonly clashes: readonly ArticleIdentity[];
}

export interface ImportFailure {
  readonly ok: false;
  readonly code: ImportErrorCode;
  readonly message: string;
  /** The same refusal as a key of the UI's messages and its substitutions. */
  readonly messageKey: string;
  readonly messageArgs: readonly string[];
}

export type ImportResult = PreparedImport | ImportFailure;

export interface ImportOptions {
  /** Parses HTML into an inert Document (the browser's DOMParser); needed for .html files only. */
  readonly parseHtml?: (html: string) => Document;
  /** The import date, "YYYY-MM-DD"; today (UTC) when absent. */
  readonly date?: string;
  /** Articles already saved, for clash detection. */
  readonly existing?: readonly ArticleIdentity[];
  /** Slugs that are never given to an imported article (the bundled articles'). */
  readonly reservedSlugs?: readonly string[];
  /** The language of the preview's reference labels (the UI's); English when absent. */
  readonly language?: BookNameLanguage;
}

/** A refusal: its English message, and the UI's message key (locales/*.yml, `import.errors.*`) with its substitutions. */
const fail = (code: ImportErrorCode, message: string, messageKey: string, messageArgs: readonly string[] = []): ImportFailure => ({
  ok: false,
  code,
  message,
  messageKey,
  messageArgs,
});

/**
 * "1.4 MB", "820 KB", "12 bytes": sizes as a reader would say them (1 MB =
 * 1,048,576 bytes, as the limit). Megabytes round up, so a file just over
 * the limit never reads as "2 MB".
 */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot).toLowerCase() : '';
}

/** Why these bytes are not text, or undefined when they may be. */
export function binaryReason(bytes: Uint8Array): 'utf16' | 'binary' | undefined {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return 'utf16';
  let controls = 0;
  for (const byte of bytes) {
    if (byte === 0) return 'binary';
    // Tab, line feed, form feed and carriage return are text.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) controls++;
  }
  return bytes.length > 0 && controls / bytes.length > CONTROL_SHARE ? 'binary' : undefined;
}

/** Plain text: paragraphs separated by blank lines; lines within one joined by a space. */
export function textToDraft(text: string): DraftArticle {
  const blocks: DraftBlock[] = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => tidyInlines([{ text: paragraph.replace(/\s+/g, ' ') }]))
    .filter((inlines) => inlines.length > 0)
    .map((inlines) => ({ kind: 'paragraph', inlines }));
  return { meta: {}, sections: blocks.length > 0 ? [{ heading: '', blocks }] : [] };
}

const hasText = (draft: DraftArticle) => draft.sections.some((s) => s.blocks.length > 0 || s.heading.trim() !== '');

function cleanTitle(title: string | undefined): string {
  const clean = (title ?? '').replace(/\s+/g, ' ').trim();
  return clean.length > MAX_TITLE_CHARS ? `${clean.slice(0, MAX_TITLE_CHARS - 1).trimEnd()}…` : clean;
}

/** A slug for a title; titles without Latin letters or digits get "article-" and a short hash. */
export function slugForTitle(title: string): string {
  const slug = slugify(title);
  if (slug !== 'section' || title.trim().toLowerCase() === 'section') return slug;
  let hash = 0x811c9dc5;
  for (const ch of title) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `article-${hash.toString(36)}`;
}

/** Same title ignoring case and spacing, or same slug. */
export function findClashes(existing: readonly ArticleIdentity[], title: string, slug: string): ArticleIdentity[] {
  const key = title.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  return existing.filter((a) => a.slug === slug || a.title.replace(/\s+/g, ' ').trim().toLocaleLowerCase() === key);
}

interface Identity {
  readonly title: string;
  readonly slug: string;
  readonly date: string;
  readonly summary?: string;
}

function build(draft: DraftArticle, identity: Identity, existing: readonly ArticleIdentity[], language: BookNameLanguage = 'en'): PreparedImport | ImportFailure {
  const markdown = draftToMarkdown({ meta: identity, sections: draft.sections });
  const article = compileArticle(readMarkdown(markdown), { source: 'imported', fallbackTitle: identity.title });
  const osisList: string[] = [];
  for (const section of article.sections) for (const block of section.blocks) for (const osis of block.refs) if (!osisList.includes(osis)) osisList.push(osis);
  if (osisList.length === 0) {
    return fail(
      'no-references',
      'No Bible references were found in this article, so it would never explain a passage. Write references the usual way, such as “Romans 8:34” or “1 Tim 2:5–6”, and import it again.',
      'import.errors.noReferences',
    );
  }
  const verses = new Set<string>();
  const labels: string[] = [];
  for (const osis of osisList) {
    const ranges = parseOsisList(osis) ?? [];
    for (const range of ranges) for (const verse of versesOf(range)) verses.add(verse);
    const label = ranges.map((range) => formatRangeLabel(range, language)).join(', ') || osis;
    if (!labels.includes(label)) labels.push(label);
  }
  return {
    ok: true,
    title: identity.title,
    slug: identity.slug,
    date: identity.date,
    draft,
    article,
    markdown,
    refCount: labels.length,
    verseCount: verses.size,
    refs: labels,
    clashes: findClashes(existing, identity.title, identity.slug),
  };
}

function unreserved(slug: string, reserved: readonly string[]): string {
  if (!reserved.includes(slug)) return slug;
  let n = 2;
  while (reserved.includes(`${slug}-${n}`)) n++;
  return `${slug}-${n}`;
}

/** The size check alone, so a page can refuse a huge file before reading it. */
export function checkFileSize(fileName: string, size: number): ImportFailure | undefined {
  return size > MAX_IMPORT_BYTES
    ? fail('too-large', `“${fileName}” is ${formatSize(size)}; an article can be at most 2 MB. Split it into smaller files.`, 'import.errors.fileTooLarge', [fileName, formatSize(size)])
    : undefined;
}

/**
 * The size check for pasted text, before anything else reads it. UTF-8 needs
 * at least one byte per UTF-16 unit and at most three, so only a text in
 * between is encoded to count its bytes.
 */
export function checkTextSize(text: string): ImportFailure | undefined {
  if (text.length * 3 <= MAX_IMPORT_BYTES) return undefined;
  const size = text.length > MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length;
  return size > MAX_IMPORT_BYTES ? fail('too-large', `The text is ${formatSize(size)}; an article can be at most 2 MB. Split it into smaller articles.`, 'import.errors.textTooLarge', [formatSize(size)]) : undefined;
}

/** Checks and prepares an import; see the module comment for the order of the checks. */
export function prepareImport(input: ImportInput, options: ImportOptions = {}): ImportResult {
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  let text: string;
  let kind: 'markdown' | 'text' | 'html' = 'markdown';
  let fileTitle: string | undefined;

  if ('bytes' in input) {
    const name = input.fileName;
    const bytes = input.bytes;
    if (bytes.length === 0) return fail('empty', `“${name}” is empty: there is nothing to import.`, 'import.errors.fileEmpty', [name]);
    const tooLarge = checkFileSize(name, bytes.length);
    if (tooLarge) return tooLarge;
    const binary = binaryReason(bytes);
    if (binary === 'utf16') return fail('invalid-utf8', `“${name}” is saved as UTF-16 text. Save it as UTF-8 and import it again.`, 'import.errors.fileUtf16', [name]);
    if (binary) return fail('binary', `“${name}” is not a text file (it looks like an image, a PDF, a Word document or another binary file). Choose a .md, .txt or .html file.`, 'import.errors.fileBinary', [name]);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail('invalid-utf8', `“${name}” is not valid UTF-8 text (it may use an older encoding such as Windows-1252). Save it with the UTF-8 encoding and import it again.`, 'import.errors.fileInvalidUtf8', [name]);
    }
    if (text.trim() === '') return fail('empty', `“${name}” has no text in it: there is nothing to import.`, 'import.errors.fileNoText', [name]);
    const ext = extensionOf(name);
    if (!(IMPORT_EXTENSIONS as readonly string[]).includes(ext)) {
      return fail('unsupported-type', `“${name}” is not a file type that can be imported. Choose a Markdown (.md, .markdown), plain text (.txt) or HTML (.html, .htm) file.`, 'import.errors.fileType', [name]);
    }
    kind = ext === '.txt' ? 'text' : ext === '.html' || ext === '.htm' ? 'html' : 'markdown';
    fileTitle = name.replace(/\.[^.]*$/, '').replace(/[-_]+/g, ' ');
  } else {
    text = input.text ?? '';
    // Size first, before any other look at the text.
    const tooLarge = checkTextSize(text);
    if (tooLarge) return tooLarge;
    if (text.trim() === '') return fail('empty', 'There is nothing to import: paste the article’s text into “Article text”, or choose a file.', 'import.errors.nothingToImport');
  }

  let draft: DraftArticle;
  if (kind === 'html') {
    if (!options.parseHtml) throw new Error('prepareImport: an HTML file needs options.parseHtml');
    draft = htmlToDraft(options.parseHtml(text));
  } else if (kind === 'text') {
    draft = textToDraft(text);
  } else {
    draft = readMarkdown(text);
  }
  if (!hasText(draft)) return fail('empty', 'No article text was found: only markup, code or comments. Nothing was imported.', 'import.errors.noArticleText');

  const typedTitle = cleanTitle(input.title);
  const title = typedTitle || cleanTitle(draft.meta.title) || cleanTitle(fileTitle) || 'Untitled article';
  const ownSlug = !typedTitle && draft.meta.slug && /^[a-z0-9][a-z0-9-]*$/.test(draft.meta.slug) ? draft.meta.slug : undefined;
  const slug = unreserved(ownSlug ?? slugForTitle(title), options.reservedSlugs ?? []);
  return build(draft, { title, slug, date, ...(draft.meta.summary ? { summary: draft.meta.summary } : {}) }, options.existing ?? [], options.language);
}

/** The first free "Title (2)", "Title (3)", … and a matching slug. */
export function keepBothIdentity(prepared: ArticleIdentity, existing: readonly ArticleIdentity[], reservedSlugs: readonly string[] = []): ArticleIdentity {
  const base = prepared.title.replace(/\s\((\d+)\)$/, '');
  const baseSlug = slugForTitle(base);
  for (let n = 2; ; n++) {
    const title = `${base} (${n})`;
    const slug = `${baseSlug}-${n}`;
    if (findClashes(existing, title, slug).length === 0 && !reservedSlugs.includes(slug)) return { title, slug };
  }
}

/** "Keep both": the same article under the first free title "Title (2)", "Title (3)", …, so it clashes with nothing. */
export function keepBoth(prepared: PreparedImport, existing: readonly ArticleIdentity[], reservedSlugs: readonly string[] = []): PreparedImport {
  const { title, slug } = keepBothIdentity(prepared, existing, reservedSlugs);
  const summary = prepared.draft.meta.summary;
  // Cannot fail: the text, hence its references, is unchanged.
  return build(prepared.draft, { title, slug, date: prepared.date, ...(summary ? { summary } : {}) }, existing) as PreparedImport;
}

/** What to store for a prepared import. */
export function toRecord(prepared: PreparedImport): StoredArticle {
  return {
    slug: prepared.slug,
    title: prepared.title,
    date: prepared.date,
    markdown: prepared.markdown,
    refCount: prepared.refCount,
    verseCount: prepared.verseCount,
  };
}
