import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createArticleSearch, type SearchResult } from '../lib/articles/search';
import type { Article } from '../lib/articles/types';
import type { PopupTarget } from '../extension/popup-target';
import { isActiveOn, withSite, type Settings } from '../lib/settings';
import { ArticleList, ArticleView } from './ArticleView';
import { Switch } from './Switch';

export type { PopupTarget };

/** Where the reader was, restored when the popup opens again. */
export interface ReadingPosition {
  readonly slug?: string;
  readonly scrollTop: number;
}

export interface PopupAppProps {
  readonly articles: readonly Article[];
  readonly settings: Settings;
  /** Host name of the tab the popup belongs to; undefined on extension pages. */
  readonly site?: string;
  /** Sent here by "Read the full article" or a search hit: wins over `restore`. */
  readonly initialTarget?: PopupTarget;
  readonly restore?: ReadingPosition;
  readonly onSettingsChange: (settings: Settings) => void;
  readonly onReadingChange?: (position: ReadingPosition) => void;
}

/** How long a block the reader was sent to stays highlighted. */
export const FLASH_MS = 2000;
/** Saving the scroll position at most this often. */
const SAVE_SCROLL_MS = 250;

function SearchResults({ results, onOpen }: { results: readonly SearchResult[]; onOpen: (r: SearchResult) => void }) {
  if (results.length === 0) return <p class="no-results" role="status">No matches.</p>;
  return (
    <ol class="search-results" data-part="search-results" aria-label="Search results">
      {results.map((r) => (
        <li key={`${r.slug}/${r.blockId}`}>
          <button type="button" class="search-result" onClick={() => onOpen(r)}>
            <span class="search-result-where">
              {r.articleTitle}
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

export function PopupApp(props: PopupAppProps) {
  const { articles, settings, site } = props;
  const single = articles.length === 1 ? articles[0].slug : undefined;
  const start = props.initialTarget?.slug ?? props.restore?.slug ?? single;
  const [slug, setSlug] = useState<string | undefined>(start);
  const [flash, setFlash] = useState<string | undefined>(props.initialTarget?.blockId);
  const [query, setQuery] = useState('');
  const main = useRef<HTMLElement>(null);
  const search = useMemo(() => createArticleSearch(articles), [articles]);
  const results = useMemo(() => (query.trim().length >= 2 ? search.search(query) : undefined), [search, query]);
  const article = articles.find((a) => a.slug === slug);

  // Open at the target block, else where the reader left off.
  useLayoutEffect(() => {
    if (results) return;
    const el = main.current;
    if (flash) document.getElementById(flash)?.scrollIntoView({ block: 'start' });
    else if (el && props.restore && props.restore.slug === slug && !props.initialTarget) el.scrollTop = props.restore.scrollTop;
  }, [slug, flash, results === undefined]);

  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash(undefined), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flash]);

  useEffect(() => props.onReadingChange?.({ slug, scrollTop: main.current?.scrollTop ?? 0 }), [slug]);
  useEffect(() => {
    const el = main.current;
    if (!el || !props.onReadingChange) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        if (!results) props.onReadingChange?.({ slug, scrollTop: el.scrollTop });
      }, SAVE_SCROLL_MS);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      el.removeEventListener('scroll', onScroll);
      if (timer) clearTimeout(timer);
    };
  }, [slug, results]);

  const openResult = (r: SearchResult) => {
    setQuery('');
    setSlug(r.slug);
    setFlash(r.blockId);
  };

  return (
    <div class="popup" data-theme={settings.theme}>
      <header class="popup-header">
        <span class="brand">Scripture Tooltips</span>
        <div class="switches">
          <Switch
            label="On this site"
            checked={site ? isActiveOn({ ...settings, enabled: true }, site) : false}
            disabled={!site || !settings.enabled}
            onChange={(on) => site && props.onSettingsChange(withSite(settings, site, on))}
          />
          <Switch label="Enabled" checked={settings.enabled} onChange={(on) => props.onSettingsChange({ ...settings, enabled: on })} />
        </div>
        <input
          type="search"
          class="search"
          aria-label="Search articles"
          placeholder="Search: intercede, rom 8, high priest…"
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </header>
      <main class="popup-main" ref={main}>
        {results ? (
          <SearchResults results={results} onOpen={openResult} />
        ) : article ? (
          <>
            {articles.length > 1 && (
              <button type="button" class="back" onClick={() => setSlug(undefined)}>
                ← Back to list
              </button>
            )}
            <ArticleView article={article} flashBlockId={flash} />
          </>
        ) : (
          <ArticleList articles={articles} onOpen={setSlug} />
        )}
      </main>
    </div>
  );
}
