import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';

/** A root to render timed hooks into: fake timers in each test, and after it the root emptied (effects cleaned up) and real timers back. */
export function timedRoot(): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    act(() => render(null, root));
    vi.useRealTimers();
  });
  return root;
}
