import type { SearchResult } from '../lib/explanations/types';
import { t } from './i18n';

/** The search view's heading: the view has its own <h1>, as the list and reading views do. */
export function SearchHeading() {
  return (
    <h1 class="list-heading" id="search-heading">
      {t('search.heading')}
    </h1>
  );
}

export function SearchResults({ results, onOpen }: { results: readonly SearchResult[]; onOpen: (r: SearchResult) => void }) {
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
