import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileArticle } from '../../../lib/articles/compile';
import type { DraftArticle, DraftBlock } from '../../../lib/articles/draft';
import { readMarkdown } from '../../../lib/articles/markdown';
import { articleToDraft, draftToMarkdown, escapeLine, toMarkdown } from '../../../lib/articles/to-markdown';

/** readMarkdown's meta without the keys it leaves undefined. */
const clean = (draft: DraftArticle) => ({
  meta: Object.fromEntries(Object.entries(draft.meta).filter(([, v]) => v !== undefined)),
  sections: draft.sections,
});

const roundTrip = (draft: DraftArticle) => clean(readMarkdown(draftToMarkdown(draft)));

/** Text that Markdown would read as something else if it were not escaped. */
const TRICKY = [
  '# not a heading',
  '- not a list',
  '+ nor this',
  '* nor this one',
  '1. not ordered',
  '2) nor this',
  '1986. A year, not a list',
  '> not a quote',
  '*not em* _nor_ **this** __either__',
  '[a link](http://example.com) and ![an image](x.png)',
  '[ref]: http://example.com',
  '<b>tag</b> <script>alert(1)</script> <!-- comment -->',
  '&amp; &copy; &#65; &lt;',
  'a \\ backslash and a trailing one \\',
  '`code` ``more`` ~~deleted~~ ~single~',
  'a | table | row',
  '===',
  '---',
  '***',
  '* * *',
  'first line\n# second line\n- third\n=== fourth\n1. fifth',
  'Romans 8:34 and Hebrews 7:25 are two references',
  'He said "yes" and \'no\' — en–dash… ünïcödé 😀',
  'http://example.com www.example.org someone@example.com',
  '   ', // whitespace only: read back as no block at all
];

function draftWith(text: string): DraftArticle {
  const blocks: DraftBlock[] = [
    { kind: 'paragraph', inlines: [{ text }] },
    { kind: 'paragraph', inlines: [{ text: 'Before ' }, { text, strong: true }, { text: ' and ' }, { text, em: true }, { text: ' after' }] },
    { kind: 'quote', inlines: [{ text: `${text}\n— Hebrews 7:25` }] },
    { kind: 'list', inlines: [], items: [[{ text }], [{ text: 'two' }]] },
    { kind: 'list', inlines: [], items: [[{ text: 'a second list, not merged into the first' }]] },
    { kind: 'list', inlines: [], items: [[{ text }], [{ text: 'then' }]], ordered: true },
    { kind: 'list', inlines: [], items: [[{ text: 'another numbered list' }]], ordered: true },
    { kind: 'paragraph', inlines: [{ text: 'code: ' }, { text: 'a`b', code: true }, { text: ' ' }, { text: '`edge`', code: true }] },
  ];
  return {
    meta: { title: `Title "${text.replace(/\s+/g, ' ').trim() || 'x'}"`, slug: 'a-slug', date: '2026-11-26' },
    sections: [
      { heading: '', blocks },
      { heading: text.replace(/\s+/g, ' ').trim() || 'Heading', blocks: [{ kind: 'paragraph', inlines: [{ text: 'x' }] }] },
    ],
  };
}

/** What readMarkdown would make of the same draft: blocks whose text is only whitespace are gone. */
function expected(draft: DraftArticle) {
  return clean({
    meta: draft.meta,
    sections: draft.sections.map((s) => ({
      heading: s.heading,
      blocks: s.blocks
        .map((b) => ({
          ...b,
          inlines: b.inlines.filter((r) => r.text.trim() !== '' || b.inlines.length > 1),
          ...(b.items ? { items: b.items.filter((i) => i.some((r) => r.text.trim() !== '')) } : {}),
        }))
        .filter((b) => b.inlines.some((r) => r.text.trim() !== '') || (b.items?.length ?? 0) > 0),
    })),
  });
}

describe('draftToMarkdown', () => {
  it.each(TRICKY.filter((t) => t.trim() !== ''))('round-trips %j through readMarkdown unchanged', (text) => {
    const draft = draftWith(text);
    expect(roundTrip(draft)).toEqual(expected(draft));
  });

  it('writes quoted front matter and ## headings', () => {
    const md = draftToMarkdown({
      meta: { title: 'Grace: "free" & full', slug: 'grace', date: '2026-11-26' },
      sections: [{ heading: 'One', blocks: [{ kind: 'paragraph', inlines: [{ text: 'Text.' }] }] }],
    });
    expect(md).toBe('---\ntitle: "Grace: "free" & full"\nslug: "grace"\ndate: "2026-11-26"\n---\n\n## One\n\nText.\n');
    expect(readMarkdown(md).meta.title).toBe('Grace: "free" & full');
  });

  it('escapes only what Markdown would misread', () => {
    expect(escapeLine('Romans 8:34, (see) v. 2!')).toBe('Romans 8:34, (see) v. 2!');
    expect(escapeLine('- item')).toBe('\\- item');
    expect(escapeLine('12. twelve')).toBe('12\\. twelve');
    expect(escapeLine('a *b* <c>')).toBe('a \\*b\\* \\<c\\>');
  });

  it('keeps whitespace outside bold and italic marks', () => {
    const md = draftToMarkdown({ meta: {}, sections: [{ heading: '', blocks: [{ kind: 'paragraph', inlines: [{ text: 'a' }, { text: ' bold ', strong: true }, { text: 'b' }] }] }] });
    expect(md).toContain('a **bold** b');
  });

  it('round-trips the bundled article, compiled to the same blocks and references', () => {
    const source = readFileSync(new URL('../../../content/articles/how-jesus-intercedes.md', import.meta.url), 'utf8');
    const original = compileArticle(readMarkdown(source), { source: 'bundled' });
    const again = compileArticle(readMarkdown(toMarkdown(original)), { source: 'bundled' });
    expect(again).toEqual(original);
  });

  it('turns a compiled article back into a draft with its quote attributions', () => {
    const article = compileArticle(readMarkdown('---\ntitle: T\n---\n\n> He is able to save.\n> — Hebrews 7:25\n\nThis explains it.'), { source: 'imported' });
    const draft = articleToDraft(article);
    expect(draft.sections[0].blocks[0].inlines.map((r) => r.text).join('')).toBe('He is able to save.\n— Hebrews 7:25');
    expect(draft.sections[0].blocks[0].inlines.some((r) => 'ref' in r)).toBe(false);
  });
});
