import { useState } from 'preact/hooks';
import type { SearchResult } from '../../lib/explanations/types';
import { useDebounced } from '../use-delayed';
import { useLoadable, type Loadable } from '../use-loadable';
import type { ReadingClient } from './use-reading-data';

/** A pause in typing before the query goes to the worker: one search per pause, not one per key. */
const SEARCH_DEBOUNCE_MS = 150;
/** A shorter query is not searched (the worker answers nothing for it): the view stays. */
const MIN_QUERY_LENGTH = 2;

export interface PopupSearch {
  readonly query: string;
  readonly setQuery: (query: string) => void;
  /** Whether the results replace the view: as soon as the query is long enough, before the worker answers. */
  readonly shown: boolean;
  /** The worker's results for the query once typing paused; undefined for a query too short. */
  readonly results: Loadable<readonly SearchResult[] | undefined>;
}

export function useSearch(client: Pick<ReadingClient, 'search'>): PopupSearch {
  const [query, setQuery] = useState('');
  const searching = useDebounced(query.trim(), SEARCH_DEBOUNCE_MS);
  const results = useLoadable(`search:${searching}`, async () => (searching.length >= MIN_QUERY_LENGTH ? client.search(searching) : undefined));
  return { query, setQuery, shown: query.trim().length >= MIN_QUERY_LENGTH, results };
}
