/**
 * The popup's reading view: the header (switches, search) over the list, an
 * article or a commentary chapter, or the search results. It opens where
 * "Read in full" pointed or where the reader left off, and reports where the
 * reader is so the next opening can return there.
 */
import { useRef, useState } from 'preact/hooks';
import type { SearchResult } from '../lib/explanations/types';
import { openingPlace, viewForTarget, type PopupTarget, type PopupView, type ReadingPosition } from '../lib/popup-view';
import type { Settings } from '../lib/settings';
import { PopupHeader } from './popup/PopupHeader';
import { ReadingBody } from './popup/ReadingBody';
import { usePendingScroll } from './popup/use-pending-scroll';
import { useReadingData, type ReadingClient } from './popup/use-reading-data';
import { useReadingPosition } from './popup/use-reading-position';
import { useSearch } from './popup/use-search';
import { SearchView } from './SearchResults';
import { useExpiring } from './use-delayed';

export type { ReadingClient };

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

/** How long a block the reader was sent to stays highlighted: long enough to catch the eye after the jump, gone before it distracts. */
const FLASH_MS = 2000;

export function PopupApp(props: PopupAppProps) {
  const { client, settings } = props;
  const [opening] = useState(() => openingPlace(props.initialTarget, props.restore));
  const [view, setView] = useState<PopupView>(opening.view);
  const [flash, setFlash] = useExpiring(opening.blockId, FLASH_MS);
  const search = useSearch(client);
  const { listing, content } = useReadingData(client, view, props.catalogueVersion ?? 0, settings.articleOrder);
  const main = useRef<HTMLElement>(null);
  const scrollTo = usePendingScroll(main, opening, { viewShown: !search.shown && content.status !== 'loading', moreComing: listing.status === 'loading' });
  useReadingPosition(main, view, search.shown, props.onReadingChange);

  const open = (next: PopupView, blockId?: string) => {
    scrollTo({ blockId, scrollTop: 0 });
    setView(next);
    setFlash(blockId);
  };
  const openResult = (r: SearchResult) => {
    search.setQuery('');
    open(viewForTarget(r), r.blockId);
  };

  return (
    <div class="popup" data-theme={settings.theme}>
      <PopupHeader settings={settings} site={props.site} query={search.query} onQuery={search.setQuery} onSettingsChange={props.onSettingsChange} />
      <main class="popup-main" ref={main}>
        {search.shown ? (
          <SearchView results={search.results} onOpen={openResult} />
        ) : (
          <ReadingBody view={view} listing={listing} content={content} flash={flash} onOpen={open} />
        )}
      </main>
    </div>
  );
}
