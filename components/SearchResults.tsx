import type { SearchResult } from '../lib/explanations/types';
import { t } from './i18n';
import { LoadStatus } from './LoadStatus';
import type { Loadable } from './use-loadable';

/** The search view's heading: the view has its own <h1>, as the list and reading views do. */
function SearchHeading() {
  return (
    <h1 class="list-heading" id="search-heading">
      {t('search.heading')}
    </h1>
  );
}

function SearchResults({ results, onOpen }: { results: readonly SearchResult[]; onOpen: (r: SearchResult) => void }) {
  if (results.length === 0)
    return (
      <p class="no-results" role="status">
        {t('search.noMatches')}
      </p>
    );
  return (
    <ol class="search-results" data-part="search-results" aria-labelledby="search-heading">
      {results.map((r) => (
        <li key={`${r.slug}/${r.blockId}`} data-source={r.source}>
          <button type="button" class="search-result" onClick={() => onOpen(r)}>
            <span class="search-result-where">
              {r.title}
              {r.sectionHeading && ` · ${r.sectionHeading}`}
            </span>
            <span class="search-result-text">
              {r.snippet.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}

/** The search view, in place of the reading view while the reader searches: its heading, then the results or why they are not there. */
export function SearchView({ results, onOpen }: { results: Loadable<readonly SearchResult[] | undefined>; onOpen: (r: SearchResult) => void }) {
  const found = results.status === 'ready' && results.value ? <SearchResults key="results" results={results.value} onOpen={onOpen} /> : <LoadStatus key="status" state={results} />;
  return [<SearchHeading key="heading" />, found];
}
