// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card, type CardProps } from '../../../components/Card';
import { cardFixtures } from '../../fixtures/components/card-fixtures';
import { useTestLocale } from '../setup/browser';

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
    expect(root.querySelector('[data-part="explanation-count"]')?.textContent).toBe('1 of 2');
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

  it('"Read in full" passes the explanation\'s block', () => {
    const onReadArticle = vi.fn();
    const root = mount({ ...cardFixtures.range, onReadArticle });
    (root.querySelector('[data-part="read-article"]') as HTMLButtonElement).click();
    expect(onReadArticle).toHaveBeenCalledWith({ slug: 'how-jesus-intercedes', blockId: 'priest--2' });
  });

  it('steps to the next explanation and back, by button and by arrow key, wrapping at the ends', () => {
    const onReadArticle = vi.fn();
    const root = mount({ ...cardFixtures.range, onReadArticle });
    const explanation = () => root.querySelector<HTMLElement>('[data-part="explanation"]')!;
    const count = () => root.querySelector('[data-part="explanation-count"]')?.textContent;
    act(() => root.querySelector<HTMLButtonElement>('[data-part="next-explanation"]')!.click());
    expect(count()).toBe('2 of 2');
    expect(explanation().dataset.source).toBe('mhcc');
    expect(explanation().querySelector('.explanation-source')?.textContent).toBe('A Commentary (fixture) · Hebrews 7:11–28');
    act(() => root.querySelector<HTMLButtonElement>('[data-part="read-article"]')!.click());
    expect(onReadArticle).toHaveBeenLastCalledWith({ slug: 'mhcc', blockId: 'heb-7-11-28', osis: 'Heb.7.11-Heb.7.28' });
    act(() => root.querySelector<HTMLButtonElement>('[data-part="next-explanation"]')!.click());
    expect(count()).toBe('1 of 2');
    const stepper = root.querySelector('.stepper')!;
    act(() => {
      stepper.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    });
    expect(count()).toBe('2 of 2');
    expect(root.querySelector('[data-part="explanation-count"]')?.getAttribute('aria-live')).toBe('polite');
  });

  it('a new list of explanations starts again at its best one', () => {
    const root = mount(cardFixtures.range);
    act(() => root.querySelector<HTMLButtonElement>('[data-part="next-explanation"]')!.click());
    const value = cardFixtures.range.explanation.value;
    act(() => render(<Card {...cardFixtures.range} explanation={{ status: 'ready', value: { explanations: [...value.explanations] } }} />, root));
    expect(root.querySelector('[data-part="explanation-count"]')?.textContent).toBe('1 of 2');
  });

  it('one explanation: no stepper; none: the reading view instead', () => {
    const value = cardFixtures.range.explanation.value;
    const one = mount({ ...cardFixtures.range, explanation: { status: 'ready', value: { explanations: value.explanations.slice(0, 1) } } });
    expect(one.querySelector('.stepper')).toBeNull();
    const none = mount({ ...cardFixtures.range, explanation: { status: 'ready', value: { explanations: [] } } });
    expect(none.querySelector('[data-part="explanation"]')).toBeNull();
    expect(none.querySelector('[data-part="read-article"]')?.textContent).toBe('Open the reading view');
  });
});

describe('Card in Spanish', () => {
  it('speaks the UI language: controls, counts, plural and verse numbers for screen readers', () => {
    useTestLocale('es');
    const root = mount(cardFixtures.range);
    expect(root.querySelector('[data-part="card"]')?.getAttribute('lang')).toBe('es');
    expect(root.querySelector('[data-part="read-article"]')?.textContent).toBe('Leer completo');
    expect(root.querySelector('[data-part="explanation-count"]')?.textContent).toBe('1 de 2');
    expect(root.querySelector('[data-part="next-explanation"]')?.getAttribute('aria-label')).toBe('Explicación siguiente');
    const hidden = [...root.querySelectorAll('[data-part="verse-text"] .visually-hidden')].map((n) => n.textContent);
    expect(hidden).toEqual(['versículo 23 ', 'versículo 24 ', 'versículo 25 ']);
    const truncated = mount(cardFixtures.truncated);
    expect(truncated.querySelector('.truncated')?.textContent).toBe('Se muestran 80 de 176 versículos.');
  });
});

describe('Card structure for assistive technology', () => {
  it('verse numbers are hidden superscripts read as "verse N"; no aria-label on them', () => {
    const root = mount(cardFixtures.range);
    const numbers = [...root.querySelectorAll('.verse-number')];
    expect(numbers.every((n) => n.getAttribute('aria-hidden') === 'true' && !n.hasAttribute('aria-label'))).toBe(true);
    expect(root.querySelector('.verse .visually-hidden')?.textContent).toBe('verse 23 ');
  });

  it('has no landmark inside, and its scrolling parts are focusable and named', () => {
    const root = mount(cardFixtures.range);
    expect(root.querySelector('section, header, footer, nav, main, aside, [role="region"]')).toBeNull();
    for (const selector of ['.card-body', '.excerpt']) {
      const el = root.querySelector<HTMLElement>(selector)!;
      expect(el.tabIndex, selector).toBe(0);
      expect(el.getAttribute('aria-label'), selector).toBeTruthy();
    }
  });
});
