import { describe, expect, it } from 'vitest';
import { compileArticle, markReferences, slugify } from '../../../lib/articles/compile';
import { readMarkdown } from '../../../lib/articles/markdown';

const compile = (md: string) => compileArticle(readMarkdown(md), { source: 'bundled' });

describe('slugify', () => {
  it('makes anchor ids', () => {
    expect(slugify('Why Christ’s Intercession Matters')).toBe('why-christs-intercession-matters');
    expect(slugify('!!!')).toBe('section');
  });
});

describe('compileArticle', () => {
  const article = compile(
    [
      '---',
      'title: Test Article',
      'slug: test-article',
      'summary: S',
      'date: 2026-01-01',
      '---',
      '## Part',
      '',
      'In Romans 8:34, Paul asks who condemns. See also Hebrews 7:25.',
      '',
      'Romans 8:34 and Hebrews 7:25 are two references that belong together, as are 1 John 2:1 and Hebrews 9:24.',
      '',
      '> Quoted words here.',
      '> — Hebrews 4:16',
      '',
      'This paragraph explains the quote without naming it.',
      '',
      'So does this one.',
      '',
      'Ephesians 1:13 starts something new.',
      '',
      '## Part',
      '',
      'Near the end, according to Romans 8:38–39, nothing separates us; Jude 24 agrees.',
    ].join('\n'),
  );

  it('reads the front matter and gives unique section ids', () => {
    expect([article.slug, article.title, article.summary, article.date]).toEqual(['test-article', 'Test Article', 'S', '2026-01-01']);
    expect(article.sections.map((s) => s.id)).toEqual(['part', 'part-2']);
  });

  it('records the references each block cites and its subject', () => {
    const [p1, p2, quote, e1, e2, p3] = article.sections[0].blocks;
    expect(p1.refs).toEqual(['Rom.8.34', 'Heb.7.25']);
    expect(p1.subject).toBe('Rom.8.34');
    expect(p2.refs).toHaveLength(4);
    expect(quote.kind).toBe('quote');
    expect(quote.attribution).toBe('Hebrews 4:16');
    expect(quote.subject).toBe('Heb.4.16');
    expect(quote.inlines.map((r) => r.text).join('')).toBe('Quoted words here.');
    expect(e1.explainsQuote).toBe('Heb.4.16');
    expect(e2.explainsQuote).toBe('Heb.4.16');
    expect(p3.explainsQuote).toBeUndefined();
  });

  it('takes "according to …" as the subject even when it is not first', () => {
    const block = article.sections[1].blocks[0];
    expect(block.subject).toBe('Rom.8.38-Rom.8.39');
  });

  it('marks reference runs in the text', () => {
    const refs = article.sections[0].blocks[0].inlines.filter((r) => r.ref);
    expect(refs.map((r) => [r.text, r.ref])).toEqual([
      ['Romans 8:34', 'Rom.8.34'],
      ['Hebrews 7:25', 'Heb.7.25'],
    ]);
  });
});

describe('compileArticle: context from a section heading', () => {
  it('reads a heading as the page does: its passage, even in parentheses, gives "v. 24" its book', () => {
    const article = compile('## A priest who does not die (Heb 7:23-24)\n\nAaron died on the mountain (Num 20:28). In v. 24 the writer turns to Christ.');
    const [block] = article.sections[0].blocks;
    expect(block.refs).toEqual(['Num.20.28', 'Heb.7.24']);
  });
});

describe('markReferences', () => {
  it('splits runs at reference boundaries across marks', () => {
    const out = markReferences(
      [{ text: 'See ' }, { text: 'Romans', strong: true }, { text: ' 8:34 now' }],
      [{ start: 4, end: 15, text: 'Romans 8:34', osis: 'Rom.8.34' }],
    );
    expect(out).toEqual([
      { text: 'See ' },
      { text: 'Romans', strong: true, ref: 'Rom.8.34' },
      { text: ' 8:34', ref: 'Rom.8.34' },
      { text: ' now' },
    ]);
  });
});
