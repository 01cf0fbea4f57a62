// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../components/PopupApp';
import { compileArticle } from '../../../lib/articles/compile';
import { readMarkdown } from '../../../lib/articles/markdown';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { createExplanationCatalogue } from '../../../lib/explanations/catalogue';
import type { ReadingClient } from '../../../components/PopupApp';
import { fixtureReader } from '../../fixtures/commentaries/load';

const article = (slug: string, body: string) =>
  compileArticle(readMarkdown(`---\ntitle: Title ${slug}\nslug: ${slug}\n---\n${body}`), { source: 'bundled' });
const one = article('one', '## First\n\nIn Romans 8:34, Paul speaks of the high priest.\n\n## Second\n\nHebrews 4:16 invites us.');
const two = article('two', 'Only Jude 3 here.');

/** The worker's catalogue over fixtures, behind the same calls the popup makes. */
function readingClient(articles = [one, two], order: () => Settings['articleOrder'] = () => 'bundled-first'): ReadingClient {
  const catalogue = createExplanationCatalogue({
    loadArticles: async () => articles,
    commentaries: fixtureReader(),
    preferences: async () => ({ order: order(), sources: DEFAULT_SETTINGS.explanationSources }),
  });
  return {
    listCatalogue: () => catalogue.listing(),
    getArticle: (slug) => catalogue.article(slug),
    getCommentaryChapter: (source, book, chapter) => catalogue.chapter(source, book, chapter),
    search: (query) => catalogue.search(query),
  };
}

function mount(node: preact.ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}

/** Lets the fake worker answer and Preact render, until `ready` holds. */
async function until(ready: () => unknown) {
  await vi.waitFor(() => {
    if (!ready()) throw new Error('not yet');
  });
}

afterEach(() => {
  document.body.textContent = '';
});

describe('PopupApp', () => {
  const app = (props: Partial<Parameters<typeof PopupApp>[0]> = {}) => (
    <PopupApp client={readingClient()} settings={DEFAULT_SETTINGS} onSettingsChange={() => {}} {...props} />
  );

  it('lists the articles and the commentaries, opens one, and goes back', async () => {
    const root = mount(app());
    await until(() => root.querySelector('[data-part="commentary-list"]'));
    const buttons = root.querySelectorAll<HTMLButtonElement>('[data-part="article-list"] .article-link');
    expect([...buttons].map((b) => b.querySelector('.article-link-title')?.textContent)).toEqual(['Title one', 'Title two']);
    act(() => buttons[1].click());
    await until(() => root.querySelector('[data-part="article"]'));
    expect(root.querySelector('[data-part="article"]')?.getAttribute('data-slug')).toBe('two');
    act(() => root.querySelector<HTMLButtonElement>('.back')!.click());
    await until(() => root.querySelector('[data-part="catalogue"]'));
  });

  it('lists the articles again in the new order when the article order changes', async () => {
    const mine = { ...article('mine', 'Mine on Jude 3.'), source: 'imported' as const };
    let order: Settings['articleOrder'] = 'bundled-first';
    const client = readingClient([one, mine], () => order);
    const titles = () => [...root.querySelectorAll('[data-part="article-list"] .article-link-title')].map((t) => t.textContent);
    const root = mount(app({ client, settings: { ...DEFAULT_SETTINGS, articleOrder: order } }));
    await until(() => titles().length === 2);
    expect(titles()).toEqual(['Title one', 'Title mine']);
    order = 'mine-first';
    act(() => render(app({ client, settings: { ...DEFAULT_SETTINGS, articleOrder: order } }), root));
    await until(() => titles()[0] === 'Title mine');
    expect(titles()).toEqual(['Title mine', 'Title one']);
  });

  it('opens an article with its table of contents, blocks marked for the card', async () => {
    const root = mount(app({ initialTarget: { slug: 'one' } }));
    await until(() => root.querySelector('[data-part="article"] h1'));
    expect([...root.querySelectorAll('.toc a')].map((a) => a.getAttribute('href'))).toEqual(['#first', '#second']);
    expect(root.querySelector('[data-block]')?.getAttribute('data-block')).toBe('first--1');
  });

  it('opens a commentary at the target chapter and block, and steps between chapters', async () => {
    const root = mount(app({ initialTarget: { slug: 'mhcc', blockId: 'rom-8-31-39', osis: 'Rom.8.31-Rom.8.39' } }));
    await until(() => root.querySelector('[data-part="commentary"]'));
    const view = root.querySelector<HTMLElement>('[data-part="commentary"]')!;
    expect([view.dataset.slug, view.dataset.book, view.dataset.chapter]).toEqual(['mhcc', 'Rom', '8']);
    expect(root.querySelector('#rom-8-31-39')?.classList.contains('flash')).toBe(true);
    expect(root.querySelector('#rom-8-31-39 h2')?.textContent).toBe('Romans 8:31–39');
    const [previous, next] = root.querySelectorAll<HTMLButtonElement>('.chapter-step');
    expect(previous.disabled).toBe(false);
    act(() => next.click());
    await until(() => root.querySelector('[data-part="commentary"]')?.getAttribute('data-chapter') === '9');
    await until(() => root.querySelector('[role="alert"]'));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Fixture Commentary A has no comment on Romans 9.');
  });

  it('chooses a book and a chapter', async () => {
    const root = mount(app({ initialTarget: { slug: 'mhcc', blockId: 'rom-8-31-39', osis: 'Rom.8.31' } }));
    await until(() => root.querySelector('[data-part="commentary"]'));
    const [book] = root.querySelectorAll<HTMLSelectElement>('.chapter-nav select');
    expect([...book.options].map((o) => o.value)).toEqual(['Ps', 'Rom', 'Jude']);
    act(() => {
      book.value = 'Jude';
      book.dispatchEvent(new Event('change'));
    });
    await until(() => root.querySelector('#jude-1-1-25'));
  });

  it('searches the articles and commentaries through the worker, and opens a hit at its block', async () => {
    const root = mount(app());
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    act(() => {
      input.value = 'ps 23';
      input.dispatchEvent(new Event('input'));
    });
    await until(() => root.querySelectorAll('[data-part="search-results"] li').length === 4);
    const hits = root.querySelectorAll<HTMLLIElement>('[data-part="search-results"] li');
    expect([...hits].map((li) => li.dataset.source)).toEqual(['mhcc', 'tdavid', 'tdavid', 'tdavid']);
    act(() => hits[2].querySelector('button')!.click());
    await until(() => root.querySelector('#ps-23-1.flash'));
    act(() => {
      input.value = 'high priest';
      input.dispatchEvent(new Event('input'));
    });
    await until(() => root.querySelector('[data-part="search-results"] mark'));
    expect(root.querySelector('[data-part="search-results"] mark')?.textContent?.toLowerCase()).toBe('high priest');
  });

  it('reopens where the reader left off', async () => {
    const onReadingChange = vi.fn();
    const root = mount(app({ restore: { view: { kind: 'commentary', source: 'tdavid', book: 'Ps', chapter: 23 }, scrollTop: 0 }, onReadingChange }));
    await until(() => root.querySelector('#ps-23-overview'));
    expect(onReadingChange).toHaveBeenCalledWith({ view: { kind: 'commentary', source: 'tdavid', book: 'Ps', chapter: 23 }, scrollTop: 0 });
  });

  it('the global switch saves the setting; "On this site" is off without a site', () => {
    const onSettingsChange = vi.fn();
    const root = mount(app({ onSettingsChange }));
    const [site, global] = root.querySelectorAll<HTMLInputElement>('input[role="switch"]');
    expect(site.disabled).toBe(true);
    act(() => global.click());
    expect(onSettingsChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, enabled: false });
  });

  it('"On this site" turns the current host off', () => {
    const onSettingsChange = vi.fn();
    const root = mount(app({ site: 'example.com', onSettingsChange }));
    const [site] = root.querySelectorAll<HTMLInputElement>('input[role="switch"]');
    expect(site.checked).toBe(true);
    act(() => site.click());
    expect(onSettingsChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] });
  });
});
