import { describe, expect, it } from 'vitest';
import { readMarkdown, splitFrontMatter } from '../../../lib/articles/markdown';

describe('splitFrontMatter', () => {
  it('reads key: value lines and strips quotes', () => {
    const { meta, body } = splitFrontMatter('---\ntitle: "A: B"\nslug: a-b\n---\nBody');
    expect(meta).toEqual({ title: 'A: B', slug: 'a-b' });
    expect(body).toBe('Body');
  });

  it('leaves text without front matter alone', () => {
    expect(splitFrontMatter('# Title\n\ntext').meta).toEqual({});
  });
});

describe('readMarkdown', () => {
  it('keeps the words of nested list items', () => {
    const draft = readMarkdown('- a\n  - nested Romans 8:34\n  - and more\n- b');
    const items = draft.sections[0].blocks[0].items?.map((i) => i.map((r) => r.text).join(''));
    expect(items).toEqual(['a: nested Romans 8:34; and more', 'b']);
  });

  it('makes sections, paragraphs, quotes and lists, and drops raw HTML', () => {
    const draft = readMarkdown(
      '# Own title\n\nIntro **bold** and *em*.\n\n## First part\n\n> Quoted line\n> — Hebrews 7:25\n\n- one\n- two <b>x</b>\n\n<script>alert(1)</script>\n\nAfter [a link](https://example.com) &amp; more.',
    );
    expect(draft.meta.title).toBe('Own title');
    expect(draft.sections.map((s) => s.heading)).toEqual(['', 'First part']);
    const [intro, first] = draft.sections;
    expect(intro.blocks[0].inlines).toEqual([{ text: 'Intro ' }, { text: 'bold', strong: true }, { text: ' and ' }, { text: 'em', em: true }, { text: '.' }]);
    expect(first.blocks.map((b) => b.kind)).toEqual(['quote', 'list', 'paragraph']);
    expect(first.blocks[0].inlines.map((r) => r.text).join('')).toBe('Quoted line\n— Hebrews 7:25');
    expect(first.blocks[1].items?.map((i) => i.map((r) => r.text).join(''))).toEqual(['one', 'two x']);
    const text = first.blocks[2].inlines.map((r) => r.text).join('');
    expect(text).toBe('After a link & more.');
    expect(JSON.stringify(draft)).not.toContain('script');
    expect(JSON.stringify(draft)).not.toContain('example.com');
  });
});
