// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleImport, type ArticleStoreApi } from '../../../components/ArticleImport';
import {
  deleteArticle,
  loadStoredArticles,
  restoreArticle,
  saveArticle,
  type StoredArticle,
} from '../../../platform/article-store';
import { DATE, TEXT, stored } from '../../fixtures/articles/imports';
import { fakeStoredItem } from '../../fixtures/platform/fake-stored-item';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** The imported-articles item, holding `initial`. */
const fakeArea = (initial: StoredArticle[] = []) => fakeStoredItem(initial);

const QUOTA = 'Resource::kQuotaBytes quota exceeded';

function storeOver(area: ReturnType<typeof fakeArea>): ArticleStoreApi {
  return {
    load: () => loadStoredArticles(area),
    save: (article, options) => saveArticle(article, options, area),
    remove: (slug) => deleteArticle(slug, area),
    restore: (deleted) => restoreArticle(deleted, area),
  };
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

async function mount(area = fakeArea(), extra: Partial<Parameters<typeof ArticleImport>[0]> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const download = vi.fn();
  render(<ArticleImport store={storeOver(area)} parseHtml={parseHtml} today={() => DATE} download={download} reservedSlugs={['how-jesus-intercedes']} {...extra} />, root);
  await flush();
  const byLabel = <T extends Element>(label: string) => {
    const span = [...root.querySelectorAll('label span')].find((s) => s.textContent === label);
    return span!.parentElement!.querySelector('input, textarea') as unknown as T;
  };
  const button = (name: string, scope: ParentNode = root) => [...scope.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  const type = async (label: string, value: string) => {
    const field = byLabel<HTMLInputElement>(label);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await flush();
  };
  const click = async (name: string, scope?: ParentNode) => {
    const b = button(name, scope);
    if (!b) throw new Error(`no button "${name}"`);
    b.click();
    await flush();
  };
  const chooseFile = (file: File) => {
    const input = byLabel<HTMLInputElement>('Article file');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
  };
  const status = () => root.querySelector('[role="status"]')?.textContent ?? '';
  const alert = () => root.querySelector('[role="alert"]')!.textContent ?? '';
  const listed = () => [...root.querySelectorAll('.saved li .saved-title')].map((e) => e.textContent);
  return { root, area, download, type, click, chooseFile, status, alert, listed, button, byLabel };
}

afterEach(() => {
  render(null, document.body);
  document.body.textContent = '';
});

describe('ArticleImport', () => {
  it('has the named controls, and no second role="status" at rest (the settings form has one)', async () => {
    const { byLabel, button, root } = await mount();
    expect(root.querySelectorAll('[role="status"]')).toHaveLength(0);
    expect(root.querySelectorAll('[aria-live="polite"]')).toHaveLength(1);
    expect(byLabel('Article title').tagName).toBe('INPUT');
    expect(byLabel('Article text').tagName).toBe('TEXTAREA');
    expect(byLabel<HTMLInputElement>('Article file').type).toBe('file');
    expect(byLabel<HTMLInputElement>('Article file').accept).toBe('.md,.markdown,.txt,.html,.htm');
    expect(button('Import article')).toBeDefined();
  });

  it('pasted text: preview with references and verses, then Save stores it and lists it', async () => {
    const ui = await mount(fakeArea([stored('Older')]));
    await ui.type('Article title', 'Strength');
    await ui.type('Article text', `${TEXT}\n\nAlso Philippians 4:11–12.`);
    await ui.click('Import article');
    const preview = ui.root.querySelector('.preview')!;
    expect(preview.querySelector('h3')!.textContent).toBe('Preview: “Strength”');
    expect(preview.querySelector('[data-part="coverage"]')!.textContent).toBe('2 references covering 3 verses:');
    expect([...preview.querySelectorAll('.refs li')].map((li) => li.textContent)).toEqual(['Philippians 4:13', 'Philippians 4:11–12']);
    expect(ui.area.writes).toBe(0);
    await ui.click('Save', preview);
    expect(ui.status()).toMatch(/^Saved “Strength”: 2 references covering 3 verses\./);
    expect(ui.listed()).toEqual(['Older', 'Strength']);
    const saved = (ui.area.value as StoredArticle[])[1];
    expect(saved).toMatchObject({ slug: 'strength', title: 'Strength', date: DATE, refCount: 2, verseCount: 3 });
    expect(ui.root.querySelector('.saved li[data-slug="strength"] time')!.getAttribute('datetime')).toBe(DATE);
    expect(ui.root.querySelector('.saved li[data-slug="strength"]')!.textContent).toContain('2 references');
    expect(ui.byLabel<HTMLTextAreaElement>('Article text').value).toBe('');
  });

  it('the preview takes the focus when it shows, and again when a failed save brings it back', async () => {
    const ui = await mount();
    await ui.type('Article text', TEXT);
    await ui.click('Import article');
    const heading = () => ui.root.querySelector('.preview h3');
    expect(document.activeElement).toBe(heading());
    ui.button('Import article')!.focus();
    ui.area.failNext = new Error(QUOTA);
    await ui.click('Save');
    expect(ui.alert()).toMatch(/storage for this extension is full/);
    expect(document.activeElement).toBe(heading());
  });

  it('Cancel saves nothing', async () => {
    const ui = await mount();
    await ui.type('Article text', TEXT);
    await ui.click('Import article');
    await ui.click('Cancel');
    expect(ui.root.querySelector('.preview')).toBeNull();
    expect(ui.area.writes).toBe(0);
    expect(ui.status()).toContain('Nothing was saved');
  });

  it.each([
    ['empty text', () => ({ text: '' }), /nothing to import/],
    ['no references', () => ({ text: 'Just some thoughts on grace.' }), /No Bible references were found/],
    ['a file over 2 MB', () => ({ file: new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'huge.md') }), /“huge.md” is 2.1 MB; an article can be at most 2 MB/],
    ['a binary file', () => ({ file: new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3])], 'paper.md') }), /“paper.md” is not a text file/],
    ['invalid UTF-8', () => ({ file: new File([new Uint8Array([0x52, 0x6f, 0x6d, 0xe9, 0x20])], 'latin1.txt') }), /“latin1.txt” is not valid UTF-8/],
    ['an unsupported type', () => ({ file: new File([TEXT], 'notes.rtf') }), /not a file type that can be imported/],
  ])('bad input: %s shows a clear message and leaves storage unchanged', async (_, input, message) => {
    const ui = await mount(fakeArea([stored('Kept')]));
    const before = structuredClone(ui.area.value);
    const { text, file } = input() as { text?: string; file?: File };
    if (text !== undefined) await ui.type('Article text', text);
    if (file) ui.chooseFile(file);
    await ui.click('Import article');
    expect(ui.alert()).toMatch(message);
    expect(ui.root.querySelector('.preview')).toBeNull();
    expect(ui.area.writes).toBe(0);
    expect(ui.area.value).toEqual(before);
    expect(ui.listed()).toEqual(['Kept']);
  });

  it('a paste over 2 MB is refused at once with the size, and the field keeps what it had', async () => {
    const ui = await mount();
    await ui.type('Article text', 'Already here.');
    const field = ui.byLabel<HTMLTextAreaElement>('Article text');
    const huge = 'Romans 8:28 and words. '.repeat(150_000);
    const paste = new Event('paste', { bubbles: true, cancelable: true }) as Event & { clipboardData: unknown };
    Object.defineProperty(paste, 'clipboardData', { value: { getData: (type: string) => (type === 'text/plain' ? huge : '') } });
    field.dispatchEvent(paste);
    await flush();
    expect(paste.defaultPrevented).toBe(true);
    expect(ui.alert()).toBe('The text is 3.3 MB; an article can be at most 2 MB. Split it into smaller articles. Nothing was pasted.');
    expect(field.value).toBe('Already here.');
    // A paste that fits goes through.
    const small = new Event('paste', { bubbles: true, cancelable: true }) as Event & { clipboardData: unknown };
    Object.defineProperty(small, 'clipboardData', { value: { getData: () => 'Jude 3.' } });
    field.dispatchEvent(small);
    expect(small.defaultPrevented).toBe(false);
  });

  it('text typed past 2 MB says so while typing, and the message goes when it fits again', async () => {
    const ui = await mount();
    await ui.type('Article text', 'x'.repeat(2 * 1024 * 1024 + 10));
    expect(ui.alert()).toMatch(/^The text is 2.1 MB; an article can be at most 2 MB/);
    await ui.type('Article text', 'Romans 8:28');
    expect(ui.alert()).toBe('');
  });

  it('storage quota exceeded: a clear message, nothing half-written, the preview stays to retry', async () => {
    const ui = await mount(fakeArea([stored('Kept')]));
    const before = structuredClone(ui.area.value);
    await ui.type('Article title', 'Big');
    await ui.type('Article text', TEXT);
    await ui.click('Import article');
    ui.area.failNext = new Error(QUOTA);
    await ui.click('Save');
    expect(ui.alert()).toMatch(/storage for this extension is full/);
    expect(ui.area.value).toEqual(before);
    expect(ui.listed()).toEqual(['Kept']);
    expect(ui.root.querySelector('.preview')).not.toBeNull();
    await ui.click('Save');
    expect(ui.listed()).toEqual(['Kept', 'Big']);
    expect(ui.alert()).toBe('');
  });

  it('title clash: offers Replace and Keep both', async () => {
    const ui = await mount(fakeArea([stored('Grace'), stored('Other')]));
    await ui.type('Article title', 'grace');
    await ui.type('Article text', TEXT);
    await ui.click('Import article');
    expect(ui.root.querySelector('.clash')!.textContent).toContain('An article called “Grace” is already saved');
    expect(ui.root.querySelector('.clash')!.textContent).toContain('“grace (2)”');
    expect(ui.button('Save')).toBeUndefined();
    await ui.click('Keep both');
    expect(ui.listed()).toEqual(['Grace', 'Other', 'grace (2)']);

    await ui.type('Article title', 'GRACE');
    await ui.type('Article text', `${TEXT} Romans 8:28.`);
    await ui.click('Import article');
    await ui.click('Replace');
    expect(ui.listed()).toEqual(['GRACE', 'Other', 'grace (2)']);
    expect(ui.status()).toMatch(/^Replaced “GRACE”/);
    expect((ui.area.value as StoredArticle[])[0]).toMatchObject({ slug: 'grace', refCount: 2 });
  });

  it('Delete then Undo: the list and storage follow', async () => {
    const ui = await mount(fakeArea([stored('A'), stored('B'), stored('C')]));
    await ui.click('Delete', ui.root.querySelector('.saved li[data-slug="b"]')!);
    expect(ui.listed()).toEqual(['A', 'C']);
    expect((ui.area.value as StoredArticle[]).map((a) => a.slug)).toEqual(['a', 'c']);
    expect(ui.status()).toContain('Deleted “B”.');
    await ui.click('Undo');
    expect(ui.listed()).toEqual(['A', 'B', 'C']);
    expect((ui.area.value as StoredArticle[]).map((a) => a.slug)).toEqual(['a', 'b', 'c']);
    expect(ui.status()).toBe('“B” is back.');
    expect(ui.button('Undo')).toBeUndefined();
  });

  it('Export hands the stored Markdown to the download, named after the slug', async () => {
    const ui = await mount(fakeArea([stored('A')]));
    await ui.click('Export');
    expect(ui.download).toHaveBeenCalledWith('a.md', stored('A').markdown);
  });

  it('an HTML file: only its text is kept and shown, nothing runs or is inserted', async () => {
    const ui = await mount();
    const html = `<title>T</title><h1>Strength <img src=x onerror="globalThis.pwned=1"></h1>
      <p onmouseover="globalThis.pwned=2">${TEXT}</p><script>globalThis.pwned=3</script><style>p{}</style>`;
    ui.chooseFile(new File([html], 'strength.html', { type: 'text/html' }));
    await ui.click('Import article');
    expect(ui.root.querySelector('.preview h3')!.textContent).toBe('Preview: “Strength”');
    expect(ui.root.querySelectorAll('img, script, style, [onerror], [onmouseover]')).toHaveLength(0);
    await ui.click('Save');
    const markdown = (ui.area.value as StoredArticle[])[0].markdown;
    expect(markdown).toBe(`---\ntitle: "Strength"\nslug: "strength"\ndate: "${DATE}"\n---\n\n${TEXT}\n`);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it('a bundled article’s slug is never taken by an import', async () => {
    const ui = await mount();
    await ui.type('Article title', 'How Jesus Intercedes');
    await ui.type('Article text', TEXT);
    await ui.click('Import article');
    await ui.click('Save');
    expect((ui.area.value as StoredArticle[])[0].slug).toBe('how-jesus-intercedes-2');
  });
});
