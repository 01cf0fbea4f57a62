// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { DraftArticle } from '../../../lib/articles/draft';
import { htmlToDraft } from '../../../lib/articles/html';
import { draftToMarkdown } from '../../../lib/articles/to-markdown';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const read = (html: string) => htmlToDraft(parse(html));
const allText = (draft: DraftArticle) =>
  draft.sections
    .flatMap((s) => [s.heading, ...s.blocks.flatMap((b) => [b.inlines, ...(b.items ?? [])].map((runs) => runs.map((r) => r.text).join('')))])
    .filter((text) => text !== '')
    .join('\n');

type Probe = typeof globalThis & { pwned?: unknown };

afterEach(() => {
  delete (globalThis as Probe).pwned;
});

describe('htmlToDraft', () => {
  it('keeps headings, paragraphs, blockquotes and lists as text, with bold and italic marks', () => {
    const draft = read(`<!doctype html><title>Page title</title>
      <h1>How <em>He</em> Intercedes</h1>
      <p>In <b>Romans 8:34</b>, Paul   writes
         that Christ <i>intercedes</i>.<br>A second line.</p>
      <h2>Quoted</h2>
      <blockquote><p>He is able to save.</p><p>— Hebrews 7:25</p></blockquote>
      <ol><li>One <strong>two</strong><ul><li>nested</li></ul></li><li><p>a paragraph item</p></li></ol>`);
    expect(draft.meta.title).toBe('How He Intercedes');
    expect(draft.sections).toEqual([
      {
        heading: '',
        blocks: [
          {
            kind: 'paragraph',
            inlines: [
              { text: 'In ' },
              { text: 'Romans 8:34', strong: true },
              { text: ', Paul writes that Christ ' },
              { text: 'intercedes', em: true },
              { text: '.\nA second line.' },
            ],
          },
        ],
      },
      {
        heading: 'Quoted',
        blocks: [
          { kind: 'quote', inlines: [{ text: 'He is able to save.\n— Hebrews 7:25' }] },
          { kind: 'list', inlines: [], items: [[{ text: 'One ' }, { text: 'two', strong: true }], [{ text: 'nested' }], [{ text: 'a paragraph item' }]], ordered: true },
        ],
      },
    ]);
  });

  it('takes the title from <title> when there is no h1, and reads loose text in containers as paragraphs', () => {
    const draft = read('<title> The   page </title><div>Loose text on John 3:16 <span>here</span><p>inner</p>after</div><section><h3>Sub</h3>text</section>');
    expect(draft.meta.title).toBe('The page');
    expect(draft.sections[0].blocks.map((b) => b.inlines.map((r) => r.text).join(''))).toEqual(['Loose text on John 3:16 here', 'inner', 'after']);
    expect(draft.sections[1]).toEqual({ heading: 'Sub', blocks: [{ kind: 'paragraph', inlines: [{ text: 'text' }] }] });
  });

  it('drops scripts, styles, templates, frames, objects, SVG, noscript, images, form controls and hidden content', () => {
    const draft = read(`<head><style>p { color: red }</style><script>globalThis.pwned = 'head'</script></head>
      <body onload="globalThis.pwned = 'onload'">
      <p onclick="globalThis.pwned = 'click'" style="color:red">Kept <img src="x" onerror="globalThis.pwned = 'img'" alt="ALT">text.</p>
      <script>globalThis.pwned = 'body'; document.title = 'pwned'</script>
      <template><p>TEMPLATE</p></template><noscript>NOSCRIPT</noscript>
      <svg><text>SVG</text></svg>
      <iframe srcdoc="<p>IFRAME</p>"></iframe><object data="x">OBJECT</object><embed src="x">
      <math><mi>MATH</mi></math><canvas>CANVAS</canvas><video>VIDEO</video>
      <form><textarea>TEXTAREA</textarea><button>BUTTON</button><select><option>OPTION</option></select></form>
      <p hidden>HIDDEN</p><div aria-hidden="true">ARIA-HIDDEN</div>
      <ul><li>item <script>globalThis.pwned = 'li'</script>one</li></ul></body>`);
    const text = allText(draft);
    expect(text).toBe('Kept text.\nitem one');
    const markdown = draftToMarkdown(draft);
    for (const word of ['script', 'onerror', 'onclick', 'onload', 'style', 'pwned', '<', 'ALT', 'src']) expect(markdown).not.toContain(word);
    expect((globalThis as Probe).pwned).toBeUndefined();
  });

  it('keeps the text of links and of inline elements but never an address or attribute', () => {
    const draft = read('<p>See <a href="javascript:alert(1)" title="T">the <u>letter</u></a> <code>code</code> <span style="x">here</span>.</p>');
    expect(allText(draft)).toBe('See the letter code here.');
    expect(draftToMarkdown(draft)).not.toContain('javascript');
  });

  it('reads entities and markup-like text as plain text', () => {
    const draft = read('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; *stars* # hash</p>');
    expect(allText(draft)).toBe('<script>alert(1)</script> & *stars* # hash');
  });

  it('gives an empty draft for a page with no readable text', () => {
    expect(read('<script>x()</script><style></style><img src=x>').sections).toEqual([]);
  });
});
