/**
 * Where the popup opens: "Read the full article" records the article and
 * block here (storage.session, so it never outlives the browser session),
 * and the popup reads it when it opens.
 */
import type { PopupTarget } from '../lib/popup-view';

export type { PopupTarget };

export const POPUP_TARGET_KEY = 'popupTarget';
/** storage.local: the article and scroll position the reader left the popup at. */
export const READING_POSITION_KEY = 'popupReading';

/** `popup.html?article=…&block=…` for opening the article (or commentary) in a tab. */
export function popupUrl(base: string, target: PopupTarget): string {
  const url = new URL(base);
  if (target.slug) url.searchParams.set('article', target.slug);
  if (target.blockId) url.searchParams.set('block', target.blockId);
  if (target.osis) url.searchParams.set('ref', target.osis);
  // The section anchor, so the tab opens at the right place even before the popup script runs.
  if (target.blockId) url.hash = target.blockId.split('--')[0];
  return url.toString();
}

export function targetFromUrl(href: string): PopupTarget | undefined {
  const params = new URL(href).searchParams;
  const slug = params.get('article') ?? undefined;
  if (!slug) return undefined;
  return { slug, blockId: params.get('block') ?? undefined, osis: params.get('ref') ?? undefined };
}
