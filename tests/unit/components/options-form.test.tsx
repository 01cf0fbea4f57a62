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
      delay.dispatchEvent(new Event('input', { bubbles: true }));
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

  it('an empty or out-of-range delay shows why and saves nothing; the last good value stays', () => {
    const onChange = vi.fn();
    const root = mount(<OptionsForm settings={{ ...DEFAULT_SETTINGS, dwellMs: 400 }} onChange={onChange} />);
    const delay = root.querySelector<HTMLInputElement>('input[name="dwellMs"]')!;
    const typeDelay = (value: string) =>
      act(() => {
        delay.value = value;
        delay.dispatchEvent(new Event('input', { bubbles: true }));
      });
    const error = () => root.querySelector('[data-part="dwell-error"]')?.textContent ?? '';
    typeDelay('');
    expect(error()).toBe('Enter a delay from 0 to 3000 milliseconds. The delay stays at 400 ms.');
    expect(delay.getAttribute('aria-invalid')).toBe('true');
    expect(delay.getAttribute('aria-describedby')).toBe('dwell-error');
    typeDelay('5000');
    expect(error()).toBe('5000 ms is out of range. Enter a delay from 0 to 3000 milliseconds. The delay stays at 400 ms.');
    expect(onChange).not.toHaveBeenCalled();
    typeDelay('250');
    expect(error()).toBe('');
    expect(delay.hasAttribute('aria-invalid')).toBe(false);
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, dwellMs: 250 });
  });
});
