// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../lib/articles/markdown';
import {
  MAX_IMPORT_BYTES,
  binaryReason,
  checkTextSize,
  findClashes,
  formatSize,
  keepBoth,
  prepareImport,
  slugForTitle,
  textToDraft,
  toRecord,
  type ImportResult,
  type PreparedImport,
} from '../../../lib/articles/import';

const utf8 = (text: string) => new TextEncoder().encode(text);
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const DATE = '2026-11-26';

const ARTICLE = `In Philippians 4:13 Paul says he can do all things through Christ.

## Contentment

Philippians 4:11–12 tells how he learned to be content, and 2 Corinthians 12:9 says grace is enough.`;

function ok(result: ImportResult): PreparedImport {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message}`);
  return result;
}

function failure(result: ImportResult) {
  if (result.ok) throw new Error('expected a failure');
  return result;
}

describe('prepareImport: bad input, in the order of the checks', () => {
  it.each([
    ['nothing', { text: '' }],
    ['only spaces and line breaks', { text: '  \n\t \n' }],
  ])('empty text (%s) is refused', (_, input) => {
    const result = failure(prepareImport(input, { date: DATE }));
    expect(result.code).toBe('empty');
    expect(result.message).toMatch(/nothing to import/);
  });

  it('an empty file is refused, named', () => {
    const result = failure(prepareImport({ fileName: 'notes.md', bytes: new Uint8Array(0) }));
    expect(result).toMatchObject({ code: 'empty' });
    expect(result.message).toContain('“notes.md” is empty');
  });

  it('a file of 2 MB is accepted as far as size goes; one byte more is refused', () => {
    const body = `Philippians 4:13 ${'word '.repeat(MAX_IMPORT_BYTES)}`.slice(0, MAX_IMPORT_BYTES);
    expect(prepareImport({ fileName: 'big.txt', bytes: utf8(body) }, { date: DATE }).ok).toBe(true);
    const result = failure(prepareImport({ fileName: 'big.txt', bytes: utf8(`${body}x`) }));
    expect(result.code).toBe('too-large');
    expect(result.message).toBe('“big.txt” is 2.1 MB; an article can be at most 2 MB. Split it into smaller files.');
  });

  it('size is checked before anything else about the bytes (a huge binary file is "too large")', () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1);
    expect(failure(prepareImport({ fileName: 'x.png', bytes })).code).toBe('too-large');
  });

  it('pasted text: size is checked before anything else reads it (3.3 MB of spaces is "too large", not "empty")', () => {
    const result = failure(prepareImport({ text: ' '.repeat(3_300_000) }));
    expect(result.code).toBe('too-large');
    expect(result.message).toBe('The text is 3.2 MB; an article can be at most 2 MB. Split it into smaller articles.');
    // Exactly at the limit in UTF-8 (3-byte characters): accepted as far as size goes.
    expect(checkTextSize('€'.repeat(Math.floor(MAX_IMPORT_BYTES / 3)))).toBeUndefined();
    expect(checkTextSize(`${'€'.repeat(Math.floor(MAX_IMPORT_BYTES / 3))}xxx`)).toMatchObject({ code: 'too-large' });
  });

  it('pasted text over 2 MB (as UTF-8) is refused', () => {
    const result = failure(prepareImport({ text: 'é'.repeat(MAX_IMPORT_BYTES / 2 + 1) }));
    expect(result.code).toBe('too-large');
    expect(result.message).toMatch(/^The text is 2.1 MB;/);
  });

  it('a binary file (NUL bytes) is refused, even when named .md', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const result = failure(prepareImport({ fileName: 'picture.md', bytes: png }));
    expect(result.code).toBe('binary');
    expect(result.message).toContain('“picture.md” is not a text file');
  });

  it('a file full of control characters but no NUL is binary too', () => {
    const bytes = utf8(`Philippians 4:13 ${'\u0001\u0002\u0003'.repeat(20)}`);
    expect(failure(prepareImport({ fileName: 'odd.txt', bytes })).code).toBe('binary');
    expect(binaryReason(utf8('Tabs\tand\r\nline feeds\fare text'))).toBeUndefined();
  });

  it('UTF-16 text is named as such', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x52, 0x00, 0x6f, 0x00]);
    const result = failure(prepareImport({ fileName: 'utf16.txt', bytes }));
    expect(result.code).toBe('invalid-utf8');
    expect(result.message).toContain('UTF-16');
  });

  it('invalid UTF-8 (a Windows-1252 "é") is refused', () => {
    const bytes = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' and Philippians 4:13')]);
    const result = failure(prepareImport({ fileName: 'latin1.md', bytes }));
    expect(result.code).toBe('invalid-utf8');
    expect(result.message).toContain('not valid UTF-8');
  });

  it.each(['notes.pdf', 'notes.docx', 'notes', 'notes.md.exe', '.md'])('an unsupported file type (%s) is refused', (fileName) => {
    const result = failure(prepareImport({ fileName, bytes: utf8(ARTICLE) }));
    expect(result.code).toBe('unsupported-type');
    expect(result.message).toContain('.md');
  });

  it('a UTF-8 byte-order mark is fine', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(ARTICLE)]);
    expect(ok(prepareImport({ fileName: 'bom.md', bytes }, { date: DATE })).refCount).toBe(3);
  });

  it('an article without Bible references is refused', () => {
    const result = failure(prepareImport({ title: 'Thoughts', text: 'Grace is a gift. Nothing here cites a verse.' }));
    expect(result.code).toBe('no-references');
    expect(result.message).toContain('No Bible references were found');
  });

  it('HTML with nothing readable is "empty", not a crash', () => {
    const result = failure(prepareImport({ fileName: 'x.html', bytes: utf8('<script>alert(1)</script><img src=x>') }, { parseHtml }));
    expect(result.code).toBe('empty');
  });
});

describe('prepareImport: what a good import gives', () => {
  it('pasted Markdown: title from the field, references, verse count, Markdown with front matter', () => {
    const result = ok(prepareImport({ title: '  My   article ', text: ARTICLE }, { date: DATE }));
    expect(result.title).toBe('My article');
    expect(result.slug).toBe('my-article');
    expect(result.refs).toEqual(['Philippians 4:13', 'Philippians 4:11–12', '2 Corinthians 12:9']);
    expect(result.refCount).toBe(3);
    expect(result.verseCount).toBe(4);
    expect(result.markdown.startsWith('---\ntitle: "My article"\nslug: "my-article"\ndate: "2026-11-26"\n---\n')).toBe(true);
    expect(result.article.source).toBe('imported');
    expect(result.article.sections.map((s) => s.heading)).toEqual(['', 'Contentment']);
    expect(result.clashes).toEqual([]);
  });

  it('the article shown is the one that will be read back from storage', () => {
    const result = ok(prepareImport({ title: 'T', text: ARTICLE }, { date: DATE }));
    expect(readMarkdown(result.markdown).sections).toEqual(result.draft.sections);
    expect(toRecord(result)).toEqual({ slug: 't', title: 'T', date: DATE, markdown: result.markdown, refCount: 3, verseCount: 4 });
  });

  it('overlapping passages count their verses once', () => {
    const result = ok(prepareImport({ title: 'T', text: 'Romans 8:34 and Romans 8:33–35 and Romans 8:34 again.' }, { date: DATE }));
    expect(result.refs).toEqual(['Romans 8:34', 'Romans 8:33–35']);
    expect(result.verseCount).toBe(3);
  });

  it('without a typed title: front matter, then the first h1, then the file name', () => {
    expect(ok(prepareImport({ text: `---\ntitle: From front matter\nslug: fm\n---\n${ARTICLE}` }, { date: DATE }))).toMatchObject({ title: 'From front matter', slug: 'fm' });
    expect(ok(prepareImport({ text: `# From the heading\n\n${ARTICLE}` }, { date: DATE })).title).toBe('From the heading');
    expect(ok(prepareImport({ fileName: 'my_notes-on-grace.md', bytes: utf8(ARTICLE) }, { date: DATE })).title).toBe('my notes on grace');
    expect(ok(prepareImport({ text: ARTICLE }, { date: DATE })).title).toBe('Untitled article');
  });

  it('.txt is read as plain paragraphs: Markdown signs stay text', () => {
    const result = ok(prepareImport({ fileName: 'plain.txt', bytes: utf8('# Not a heading\r\nPhilippians 4:13 *is*\r\nhere.\r\n\r\n- not a list') }, { date: DATE }));
    expect(result.draft.sections[0].blocks.map((b) => b.inlines.map((r) => r.text).join(''))).toEqual(['# Not a heading Philippians 4:13 *is* here.', '- not a list']);
    expect(readMarkdown(result.markdown).sections).toEqual(result.draft.sections);
  });

  it('HTML goes through the injected parser and keeps text only', () => {
    const html = '<h1>Strength</h1><p onclick="x()">Philippians 4:13 <img src=x onerror="globalThis.pwned=1">says it.</p><script>globalThis.pwned=2</script>';
    const result = ok(prepareImport({ fileName: 'strength.html', bytes: utf8(html) }, { parseHtml, date: DATE }));
    expect(result.title).toBe('Strength');
    expect(result.markdown).toBe('---\ntitle: "Strength"\nslug: "strength"\ndate: "2026-11-26"\n---\n\nPhilippians 4:13 says it.\n');
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it('a bundled article’s slug is never taken', () => {
    const result = ok(prepareImport({ title: 'How Jesus Intercedes', text: ARTICLE }, { date: DATE, reservedSlugs: ['how-jesus-intercedes'] }));
    expect(result.slug).toBe('how-jesus-intercedes-2');
  });

  it('titles without Latin letters still get a stable slug', () => {
    expect(slugForTitle('Ῥωμαίους')).toMatch(/^article-[0-9a-z]+$/);
    expect(slugForTitle('Ῥωμαίους')).toBe(slugForTitle('Ῥωμαίους'));
    expect(slugForTitle('Ῥωμαίους')).not.toBe(slugForTitle('Ἑβραίους'));
  });

  it('textToDraft makes no block of blank text', () => {
    expect(textToDraft('\n\n  \n')).toEqual({ meta: {}, sections: [] });
  });

  it('sizes read the way a reader says them', () => {
    expect([formatSize(5), formatSize(2048), formatSize(2 * 1024 * 1024), formatSize(3 * 1024 * 1024 + 200_000)]).toEqual(['5 bytes', '2 KB', '2 MB', '3.2 MB']);
  });
});

describe('title clash', () => {
  const existing = [
    { slug: 'grace', title: 'Grace' },
    { slug: 'grace-2', title: 'Grace (2)' },
    { slug: 'other', title: 'Other' },
  ];

  it('same title ignoring case, or same slug, is a clash', () => {
    expect(ok(prepareImport({ title: 'GRACE', text: ARTICLE }, { existing })).clashes).toEqual([existing[0]]);
    expect(findClashes(existing, 'Grace!', 'grace')).toEqual([existing[0]]);
    expect(findClashes(existing, 'Other', 'x')).toEqual([existing[2]]);
    expect(findClashes(existing, 'New', 'new')).toEqual([]);
  });

  it('"Keep both" picks the first free "Title (n)" and a matching slug, with the same text', () => {
    const prepared = ok(prepareImport({ title: 'Grace', text: ARTICLE }, { existing, date: DATE }));
    const both = keepBoth(prepared, existing);
    expect(both).toMatchObject({ title: 'Grace (3)', slug: 'grace-3', clashes: [], refCount: 3 });
    expect(both.markdown).toContain('title: "Grace (3)"\nslug: "grace-3"');
    expect(readMarkdown(both.markdown).sections).toEqual(prepared.draft.sections);
  });
});
