// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { useSearch, type PopupSearch } from '../../../../components/popup/use-search';
import { timedRoot } from '../timed-root';

const root = timedRoot();

let search: PopupSearch;
function Searching({ client }: { client: Parameters<typeof useSearch>[0] }) {
  search = useSearch(client);
  return null;
}

/** The reader types `query`, key by key, 50 ms apart. */
function type(query: string) {
  for (let i = 1; i <= query.length; i++) {
    act(() => search.setQuery(query.slice(0, i)));
    act(() => {
      vi.advanceTimersByTime(50);
    });
  }
}

describe('useSearch', () => {
  it('shows the results at once for a long enough query, and asks the worker once typing pauses', async () => {
    const client = { search: vi.fn(async (q: string) => [{ query: q }] as never) };
    act(() => render(<Searching client={client} />, root));
    type(' shepherd');
    expect(search.shown).toBe(true);
    expect(client.search).not.toHaveBeenCalled();
    await act(async () => {
      vi.advanceTimersByTime(150);
    });
    expect(client.search.mock.calls).toEqual([['shepherd']]);
    // The worker's answer, then Preact's render of it.
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(search.results).toEqual({ status: 'ready', value: [{ query: 'shepherd' }] });
  });

  it('a query shorter than two letters leaves the view and never reaches the worker', async () => {
    const client = { search: vi.fn(async () => []) };
    act(() => render(<Searching client={client} />, root));
    type(' p ');
    await act(async () => {
      vi.advanceTimersByTime(1000);
    });
    expect(search.shown).toBe(false);
    expect(client.search).not.toHaveBeenCalled();
  });
});
