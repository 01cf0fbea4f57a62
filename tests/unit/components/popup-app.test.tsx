// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../components/PopupApp';
import { OptionsForm } from '../../../components/OptionsForm';
import { compileArticle } from '../../../lib/articles/compile';
import { readMarkdown } from '../../../lib/articles/markdown';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

const article = (slug: string, body: string) =>
  compileArticle(readMarkdown(`---\ntitle: Title ${slug}\nslug: ${slug}\n---\n${body}`), { source: 'bundled' });
const one = article('one', '## First\n\nIn Romans 8:34, Paul speaks of the high priest.\n\n## Second\n\nHebrews 4:16 invites us.');
const two = article('two', 'Only Jude 3 here.');

function mount(node: preact.ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}

afterEach(() => {
  document.body.textContent = '';
});

describe('PopupApp', () => {
  it('opens the only article directly, with a table of contents', () => {
    const root = mount(<PopupApp articles={[one]} settings={DEFAULT_SETTINGS} onSettingsChange={() => {}} />);
    expect(root.querySelector('[data-part="article"] h1')?.textContent).toBe('Title one');
    expect([...root.querySelectorAll('.toc a')].map((a) => a.getAttribute('href'))).toEqual(['#first', '#second']);
    expect(root.querySelector('.back')).toBeNull();
  });

  it('lists several articles, and goes back to the list', () => {
    const root = mount(<PopupApp articles={[one, two]} settings={DEFAULT_SETTINGS} onSettingsChange={() => {}} />);
    const buttons = root.querySelectorAll<HTMLButtonElement>('.article-link');
    expect(buttons).toHaveLength(2);
    act(() => buttons[1].click());
    expect(root.querySelector('[data-part="article"]')?.getAttribute('data-slug')).toBe('two');
    act(() => root.querySelector<HTMLButtonElement>('.back')!.click());
    expect(root.querySelectorAll('.article-link')).toHaveLength(2);
  });

  it('searches and marks the hits', () => {
    const root = mount(<PopupApp articles={[one, two]} settings={DEFAULT_SETTINGS} onSettingsChange={() => {}} />);
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    act(() => {
      input.value = 'high priest';
      input.dispatchEvent(new Event('input'));
    });
    expect(root.querySelector('[data-part="search-results"] mark')?.textContent?.toLowerCase()).toBe('high priest');
  });

  it('the global switch saves the setting; "On this site" is off without a site', () => {
    const onSettingsChange = vi.fn();
    const root = mount(<PopupApp articles={[one]} settings={DEFAULT_SETTINGS} onSettingsChange={onSettingsChange} />);
    const [site, global] = root.querySelectorAll<HTMLInputElement>('input[role="switch"]');
    expect(site.disabled).toBe(true);
    act(() => global.click());
    expect(onSettingsChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, enabled: false });
  });

  it('"On this site" turns the current host off', () => {
    const onSettingsChange = vi.fn();
    const root = mount(<PopupApp articles={[one]} settings={DEFAULT_SETTINGS} site="example.com" onSettingsChange={onSettingsChange} />);
    const [site] = root.querySelectorAll<HTMLInputElement>('input[role="switch"]');
    expect(site.checked).toBe(true);
    act(() => site.click());
    expect(onSettingsChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] });
  });
});

describe('OptionsForm', () => {
  it('changes the translation and the delay', () => {
    const onChange = vi.fn();
    const root = mount(<OptionsForm settings={DEFAULT_SETTINGS} onChange={onChange} />);
    const select = root.querySelector<HTMLSelectElement>('select[name="translation"]')!;
    act(() => {
      select.value = 'kjv';
      select.dispatchEvent(new Event('change'));
    });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, translation: 'kjv' });
    const delay = root.querySelector<HTMLInputElement>('input[name="dwellMs"]')!;
    act(() => {
      delay.value = '500';
      delay.dispatchEvent(new Event('change'));
    });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, dwellMs: 500 });
  });
});
