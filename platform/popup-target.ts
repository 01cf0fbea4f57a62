/**
 * Where the popup opens: "Read in full" records the article (or commentary)
 * and block (storage.session, so it never outlives the browser session), and
 * the popup takes it when it opens; else it reopens where the reader left it.
 */
import { readingPositionFrom, type PopupTarget, type ReadingPosition } from '../lib/popup-view';
import { popupTarget, readingPosition, type StoredItem } from './storage-items';

export type { PopupTarget };

/** A target older than this was not meant for this opening of the popup. */
export const TARGET_MAX_AGE_MS = 60_000;

/** Records where the popup should open next (the worker, before it opens the popup). */
export async function recordPopupTarget(target: PopupTarget, item: StoredItem<unknown> = popupTarget(), now = Date.now()): Promise<void> {
  await item.setValue({ ...target, at: now });
}

/** The recorded target, once: it is removed as it is read, and ignored when stale. */
export async function takePopupTarget(item: StoredItem<unknown> = popupTarget(), now = Date.now()): Promise<PopupTarget | undefined> {
  const stored = (await item.getValue()) as (PopupTarget & { at?: number }) | null;
  await item.removeValue();
  if (!stored || typeof stored !== 'object' || now - (stored.at ?? 0) >= TARGET_MAX_AGE_MS) return undefined;
  const { slug, blockId, osis } = stored;
  return { ...(slug ? { slug } : {}), ...(blockId ? { blockId } : {}), ...(osis ? { osis } : {}) };
}

export async function loadReadingPosition(item: StoredItem<unknown> = readingPosition()): Promise<ReadingPosition | undefined> {
  return readingPositionFrom(await item.getValue());
}

export function saveReadingPosition(position: ReadingPosition, item: StoredItem<unknown> = readingPosition()): Promise<void> {
  return item.setValue(position);
}

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
