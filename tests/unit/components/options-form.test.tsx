// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsForm } from '../../../components/OptionsForm';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

function mount(node: preact.ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}

afterEach(() => {
  document.body.textContent = '';
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

  it('turns each explanation source on and off, and greys them out with explanations off', () => {
    const onChange = vi.fn();
    const root = mount(<OptionsForm settings={DEFAULT_SETTINGS} onChange={onChange} />);
    const henry = [...root.querySelectorAll<HTMLInputElement>('.sources input[role="switch"]')];
    expect(henry).toHaveLength(4);
    act(() => henry[2].click());
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, explanationSources: { ...DEFAULT_SETTINGS.explanationSources, mhcc: false } });
    const off = mount(<OptionsForm settings={{ ...DEFAULT_SETTINGS, showExplanations: false }} onChange={onChange} />);
    expect(off.querySelector<HTMLFieldSetElement>('fieldset.sources')?.disabled).toBe(true);
  });
});
