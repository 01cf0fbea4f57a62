// @vitest-environment happy-dom
import { render } from 'preact';
import { useRef } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { useReadingPosition } from '../../../../components/popup/use-reading-position';
import { LIST_VIEW, type PopupView, type ReadingPosition } from '../../../../lib/popup-view';
import { timedRoot } from '../timed-root';

const root = timedRoot();

function Reading({ view, paused = false, onChange }: { view: PopupView; paused?: boolean; onChange: (position: ReadingPosition) => void }) {
  const box = useRef<HTMLElement>(null);
  useReadingPosition(box, view, paused, onChange);
  return <main ref={box} />;
}

const article: PopupView = { kind: 'article', slug: 'one' };
const box = () => root.querySelector('main')!;
/** The reader scrolls the box to `top`. */
const scroll = (top: number) => {
  box().scrollTop = top;
  box().dispatchEvent(new Event('scroll'));
};

describe('useReadingPosition', () => {
  it('tells where the reader is at once, and again when the view changes', () => {
    const onChange = vi.fn();
    act(() => render(<Reading view={LIST_VIEW} onChange={onChange} />, root));
    expect(onChange.mock.calls).toEqual([[{ view: LIST_VIEW, scrollTop: 0 }]]);
    act(() => render(<Reading view={{ ...LIST_VIEW }} onChange={onChange} />, root));
    expect(onChange).toHaveBeenCalledTimes(1);
    act(() => render(<Reading view={article} onChange={onChange} />, root));
    expect(onChange).toHaveBeenLastCalledWith({ view: article, scrollTop: 0 });
  });

  it('saves a burst of scrolling once per interval, with where the scroll stopped', () => {
    const onChange = vi.fn();
    act(() => render(<Reading view={article} onChange={onChange} />, root));
    onChange.mockClear();
    for (const top of [10, 50, 90, 130]) {
      scroll(top);
      vi.advanceTimersByTime(50);
    }
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(onChange.mock.calls).toEqual([[{ view: article, scrollTop: 130 }]]);
    scroll(400);
    vi.advanceTimersByTime(250);
    expect(onChange).toHaveBeenLastCalledWith({ view: article, scrollTop: 400 });
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('saves nothing while paused, and nothing after the view has gone', () => {
    const onChange = vi.fn();
    act(() => render(<Reading view={article} paused onChange={onChange} />, root));
    onChange.mockClear();
    scroll(200);
    vi.advanceTimersByTime(1000);
    expect(onChange).not.toHaveBeenCalled();
    act(() => render(<Reading view={article} onChange={onChange} />, root));
    scroll(300);
    act(() => render(null, root));
    vi.advanceTimersByTime(1000);
    expect(onChange).not.toHaveBeenCalled();
  });
});
