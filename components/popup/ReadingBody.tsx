import type { CatalogueListing, CommentaryChapterView } from '../../lib/explanations/catalogue';
import { LIST_VIEW, type PopupView } from '../../lib/popup-view';
import { ArticleView } from '../ArticleView';
import { CatalogueList } from '../CatalogueList';
import { CommentaryView } from '../CommentaryView';
import { t } from '../i18n';
import { LoadStatus as Status } from '../LoadStatus';
import type { Loadable } from '../use-loadable';
import type { ViewContent } from './use-reading-data';

export interface ReadingBodyProps {
  readonly view: PopupView;
  readonly listing: Loadable<CatalogueListing>;
  readonly content: Loadable<ViewContent>;
  /** The block the reader was just sent to, highlighted for a moment. */
  readonly flash?: string;
  readonly onOpen: (view: PopupView, blockId?: string) => void;
}

/** The open view: the list, or an article or a commentary chapter with the way back to the list. */
export function ReadingBody({ view, listing, content, flash, onOpen }: ReadingBodyProps) {
  if (view.kind === 'list') return listing.status === 'ready' ? <CatalogueList listing={listing.value} onOpen={(v) => onOpen(v)} /> : <Status state={listing} />;
  const back = (
    <button type="button" class="back" onClick={() => onOpen(LIST_VIEW)}>
      <span aria-hidden="true">← </span>
      {t('popup.backToList')}
    </button>
  );
  if (view.kind === 'commentary') {
    const summary = listing.status === 'ready' ? listing.value.commentaries.find((c) => c.source === view.source) : undefined;
    if (!summary) return [back, <Status key="status" state={listing} />];
    return [back, <CommentaryView key="commentary" summary={summary} place={view} chapter={chapterOf(content)} flashBlockId={flash} onNavigate={(v) => onOpen(v)} />];
  }
  if (content.status === 'ready' && content.value.kind === 'article') return [back, <ArticleView key="article" article={content.value.article} flashBlockId={flash} />];
  return [back, <Status key="status" state={content} />];
}

/** A commentary view's content as its chapter; content of another kind cannot come for it, and reads as still loading. */
function chapterOf(content: Loadable<ViewContent>): Loadable<CommentaryChapterView> {
  if (content.status !== 'ready') return content;
  return content.value.kind === 'commentary' ? { status: 'ready', value: content.value.chapter } : { status: 'loading' };
}
