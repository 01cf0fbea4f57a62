// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { useDebounced, useExpiring } from '../../../components/use-delayed';
import { timedRoot } from './timed-root';

const root = timedRoot();

/** Renders `value` and shows what useDebounced made of it. */
function Debounced({ value }: { value: string }) {
  return <p>{useDebounced(value, 100)}</p>;
}

let expire: (value: string | undefined) => void = () => {};
function Expiring({ initial }: { initial?: string }) {
  const [value, set] = useExpiring(initial, 100);
  expire = set;
  return <p>{value ?? '(none)'}</p>;
}

const shown = () => root.textContent;
const wait = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

describe('useDebounced', () => {
  it('takes a value once it has stayed the same for the delay', () => {
    act(() => render(<Debounced value="a" />, root));
    act(() => render(<Debounced value="ab" />, root));
    wait(99);
    expect(shown()).toBe('a');
    wait(1);
    expect(shown()).toBe('ab');
  });

  it('each change restarts the wait, so a steady stream of changes settles only at the end', () => {
    act(() => render(<Debounced value="a" />, root));
    for (const value of ['ab', 'abc', 'abcd']) {
      act(() => render(<Debounced value={value} />, root));
      wait(60);
    }
    expect(shown()).toBe('a');
    wait(40);
    expect(shown()).toBe('abcd');
  });
});

describe('useExpiring', () => {
  it('goes back to undefined after the delay', () => {
    act(() => render(<Expiring initial="block-1" />, root));
    wait(99);
    expect(shown()).toBe('block-1');
    wait(1);
    expect(shown()).toBe('(none)');
  });

  it('a new value lasts its own full delay', () => {
    act(() => render(<Expiring initial="block-1" />, root));
    wait(60);
    act(() => expire('block-2'));
    wait(60);
    expect(shown()).toBe('block-2');
    wait(40);
    expect(shown()).toBe('(none)');
  });

  it('sets no timer without a value', () => {
    act(() => render(<Expiring />, root));
    expect(vi.getTimerCount()).toBe(0);
  });
});
