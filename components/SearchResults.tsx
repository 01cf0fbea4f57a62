import type { SearchResult } from '../lib/explanations/types';

export function SearchResults({ results, onOpen }: { results: readonly SearchResult[]; onOpen: (r: SearchResult) => void }) {
  if (results.length === 0) return <p class="no-results" role="status">No matches.</p>;
  return (
    <ol class="search-results" data-part="search-results" aria-label="Search results">
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
