// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card, type CardProps } from '../../../components/Card';
import { cardFixtures } from '../../fixtures/components/card-fixtures';

function mount(props: CardProps) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<Card {...props} />, root);
  return root;
}

afterEach(() => {
  document.body.textContent = '';
});

describe('Card', () => {
  it('loading: keeps the test contract while the passage loads', () => {
    const root = mount(cardFixtures.loading);
    expect(root.querySelector('[data-part="card"]')).not.toBeNull();
    expect(root.querySelector('[data-part="reference"]')?.textContent).toBe('Romans 8:34');
    expect(root.querySelector('[data-part="verse-text"]')?.textContent).toBe('Loading…');
    expect(root.querySelector('[data-part="explanation"]')).toBeNull();
  });

  it('ready: verse numbers for a range, words of Jesus and added words as elements', () => {
    const root = mount(cardFixtures.range);
    const text = root.querySelector('[data-part="verse-text"]')!;
    expect([...text.querySelectorAll('.verse-number')].map((n) => n.textContent)).toEqual(['23', '24', '25']);
    expect(text.querySelector('.woj')?.textContent).toBe('I am the way');
    expect(text.querySelector('em.added')?.textContent).toBe('is');
    expect(root.querySelector('[data-part="explanation"] mark')?.textContent).toBe('Hebrews 7:23–25');
    expect(root.querySelector('[data-part="explanation"]')?.textContent).toContain('1 more explanation');
  });

  it('absent verse: shows the note instead of an empty line', () => {
    const root = mount(cardFixtures.absent);
    expect(root.querySelector('.absent')?.textContent).toBe('This verse is not in the World English Bible text.');
  });

  it('truncated passage: says how many verses are shown and offers the rest', () => {
    const onReadMore = vi.fn();
    const root = mount({ ...cardFixtures.truncated, onReadMore });
    expect(root.querySelector('.truncated')?.textContent).toBe('Showing 80 of 176 verses.');
    (root.querySelector('[data-part="read-more"]') as HTMLButtonElement).click();
    expect(onReadMore).toHaveBeenCalledOnce();
    expect(mount(cardFixtures.range).querySelector('[data-part="read-more"]')).toBeNull();
  });

  it('error and contextual: says what went wrong, marks a reference read from context', () => {
    const root = mount(cardFixtures.error);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('missing');
    expect(root.querySelector('[data-part="reference"]')?.textContent).toBe('Romans 8:28 (from context)');
  });

  it('"Read the full article" passes the explanation\'s block', () => {
    const onReadArticle = vi.fn();
    const root = mount({ ...cardFixtures.range, onReadArticle });
    (root.querySelector('[data-part="read-article"]') as HTMLButtonElement).click();
    expect(onReadArticle).toHaveBeenCalledWith({ slug: 'how-jesus-intercedes', blockId: 'priest--2' });
  });
});
