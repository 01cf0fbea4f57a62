import type { Article } from '../../lib/articles/types';
import type { CatalogueListing, CommentaryChapterView } from '../../lib/explanations/catalogue';
import type { ReadingClient } from '../../lib/messages';
import type { PopupView } from '../../lib/popup-view';
import type { Settings } from '../../lib/settings';
import { useLoadable, type Loadable } from '../use-loadable';

export type { ReadingClient };

/** What the open view shows, once the worker has sent it. */
export type ViewContent = { kind: 'list' } | { kind: 'article'; article: Article } | { kind: 'commentary'; chapter: CommentaryChapterView };

async function loadView(client: ReadingClient, view: PopupView): Promise<ViewContent> {
  if (view.kind === 'article') return { kind: 'article', article: await client.getArticle(view.slug) };
  if (view.kind === 'commentary') return { kind: 'commentary', chapter: await client.getCommentaryChapter(view.source, view.book, view.chapter) };
  return { kind: 'list' };
}

/**
 * The list of articles and commentaries, and the open view's content, read
 * again when `version` is bumped (the reader's articles changed); the list
 * also when the article order changes (the worker sorts it by that setting).
 */
export function useReadingData(
  client: ReadingClient,
  view: PopupView,
  version: number,
  order: Settings['articleOrder'],
): { listing: Loadable<CatalogueListing>; content: Loadable<ViewContent> } {
  const listing = useLoadable(`listing#${version}#${order}`, () => client.listCatalogue());
  const content = useLoadable(`${JSON.stringify(view)}#${version}`, () => loadView(client, view));
  return { listing, content };
}
