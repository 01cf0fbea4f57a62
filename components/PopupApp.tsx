import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { DataClient } from '../hover/data-client';
import type { SearchResult } from '../lib/explanations/types';
import { LIST_VIEW, sameView, viewForTarget, type PopupTarget, type PopupView, type ReadingPosition } from '../lib/popup-view';
import { isActiveOn, withSite, type Settings } from '../lib/settings';
import { ArticleView } from './ArticleView';
import { CatalogueList } from './CatalogueList';
import { CommentaryView } from './CommentaryView';
import { SearchHeading, SearchResults } from './SearchResults';
import { t } from './i18n';
import { Switch } from './Switch';
import { LoadStatus as Status } from './LoadStatus';
import { useLoadable, type Loadable } from './use-loadable';
import type { Article } from '../lib/articles/types';
import type { CommentaryChapterView } from '../lib/explanations/catalogue';

/** What the reading view asks the worker for. */
export type ReadingClient = Pick<DataClient, 'listCatalogue' | 'getArticle' | 'getCommentaryChapter' | 'search'>;

export interface PopupAppProps {
  readonly client: ReadingClient;
  /** Bumped when the reader's articles change, so the list and the article are read again. */
  readonly catalogueVersion?: number;
  readonly settings: Settings;
  /** Host name of the tab the popup belongs to; undefined on extension pages. */
  readonly site?: string;
  /** Sent here by "Read in full" or a search hit: wins over `restore`. */
  readonly initialTarget?: PopupTarget;
  readonly restore?: ReadingPosition;
  readonly onSettingsChange: (settings: Settings) => void;
  readonly onReadingChange?: (position: ReadingPosition) => void;
}

/** How long a block the reader was sent to stays highlighted. */
const FLASH_MS = 2000;
/** Saving the scroll position at most this often. */
const SAVE_SCROLL_MS = 250;
/** A pause in typing before the query goes to the worker. */
const SEARCH_DEBOUNCE_MS = 150;

function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

const viewKey = (view: PopupView, version: number) => `${JSON.stringify(view)}#${version}`;

type ViewContent = { kind: 'list' } | { kind: 'article'; article: Article } | { kind: 'commentary'; chapter: CommentaryChapterView };

async function loadView(client: ReadingClient, view: PopupView): Promise<ViewContent> {
  if (view.kind === 'article') return { kind: 'article', article: await client.getArticle(view.slug) };
  if (view.kind === 'commentary') return { kind: 'commentary', chapter: await client.getCommentaryChapter(view.source, view.book, view.chapter) };
  return { kind: 'list' };
}

export function PopupApp(props: PopupAppProps) {
  const { client, settings, site } = props;
  const version = props.catalogueVersion ?? 0;
  const [view, setView] = useState<PopupView>(() => (props.initialTarget ? viewForTarget(props.initialTarget) : (props.restore?.view ?? LIST_VIEW)));
  const [flash, setFlash] = useState<string | undefined>(props.initialTarget?.blockId);
  const [query, setQuery] = useState('');
  const searching = useDebounced(query.trim(), SEARCH_DEBOUNCE_MS);
  const main = useRef<HTMLElement>(null);

  const listing = useLoadable(`listing#${version}`, () => client.listCatalogue());
  const content = useLoadable(viewKey(view, version), () => loadView(client, view));
  const results = useLoadable(`search:${searching}`, async () => (searching.length >= 2 ? client.search(searching) : undefined));
  const showResults = query.trim().length >= 2;

  // Where to scroll once the view has rendered: the target block, else where
  // the reader left off, else the top. It waits for the view's data, since an
  // article or a commentary chapter arrives after the first render.
  const pendingScroll = useRef<{ blockId?: string; scrollTop: number } | undefined>({
    blockId: props.initialTarget?.blockId,
    scrollTop: !props.initialTarget && props.restore && sameView(props.restore.view, view) ? props.restore.scrollTop : 0,
  });
  useLayoutEffect(() => {
    const el = main.current;
    const pending = pendingScroll.current;
    if (!pending || !el || showResults || content.status === 'loading') return;
    const block = pending.blockId ? document.getElementById(pending.blockId) : null;
    // A commentary chapter renders once the list of commentaries is there too.
    if (pending.blockId && !block && listing.status === 'loading') return;
    if (block) block.scrollIntoView({ block: 'start' });
    else el.scrollTop = pending.scrollTop;
    pendingScroll.current = undefined;
  });

  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash(undefined), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flash]);

  useEffect(() => props.onReadingChange?.({ view, scrollTop: main.current?.scrollTop ?? 0 }), [JSON.stringify(view)]);
  useEffect(() => {
    const el = main.current;
    if (!el || !props.onReadingChange) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        if (!showResults) props.onReadingChange?.({ view, scrollTop: el.scrollTop });
      }, SAVE_SCROLL_MS);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      el.removeEventListener('scroll', onScroll);
      if (timer) clearTimeout(timer);
    };
  }, [JSON.stringify(view), showResults]);

  const open = (next: PopupView, blockId?: string) => {
    pendingScroll.current = { blockId, scrollTop: 0 };
    setView(next);
    setFlash(blockId);
  };
  const openResult = (r: SearchResult) => {
    setQuery('');
    open(viewForTarget(r), r.blockId);
  };

  const body = () => {
    if (showResults) {
      const found = results.status === 'ready' && results.value ? <SearchResults key="results" results={results.value} onOpen={openResult} /> : <Status key="status" state={results} />;
      return [<SearchHeading key="heading" />, found];
    }
    if (view.kind === 'list') return listing.status === 'ready' ? <CatalogueList listing={listing.value} onOpen={(v) => open(v)} /> : <Status state={listing} />;
    const back = (
      <button type="button" class="back" onClick={() => open(LIST_VIEW)}>
        <span aria-hidden="true">← </span>
        {t('popup.backToList')}
      </button>
    );
    if (view.kind === 'commentary') {
      const summary = listing.status === 'ready' ? listing.value.commentaries.find((c) => c.source === view.source) : undefined;
      if (!summary) return [back, <Status key="status" state={listing} />];
      const chapter: Loadable<CommentaryChapterView> =
        content.status !== 'ready' ? content : content.value.kind === 'commentary' ? { status: 'ready', value: content.value.chapter } : { status: 'loading' };
      return [back, <CommentaryView key="commentary" summary={summary} place={view} chapter={chapter} flashBlockId={flash} onNavigate={(v) => open(v)} />];
    }
    if (content.status === 'ready' && content.value.kind === 'article') return [back, <ArticleView key="article" article={content.value.article} flashBlockId={flash} />];
    return [back, <Status key="status" state={content} />];
  };

  return (
    <div class="popup" data-theme={settings.theme}>
      <header class="popup-header">
        <span class="brand">{t('extName')}</span>
        <div class="switches">
          <Switch
            label={t('popup.onThisSite')}
            checked={site ? isActiveOn({ ...settings, enabled: true }, site) : false}
            disabled={!site || !settings.enabled}
            onChange={(on) => site && props.onSettingsChange(withSite(settings, site, on))}
          />
          <Switch label={t('popup.enabled')} checked={settings.enabled} onChange={(on) => props.onSettingsChange({ ...settings, enabled: on })} />
        </div>
        <input
          type="search"
          class="search"
          aria-label={t('popup.searchLabel')}
          placeholder={t('popup.searchPlaceholder')}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </header>
      <main class="popup-main" ref={main}>
        {body()}
      </main>
    </div>
  );
}
