/**
 * What the content script learns from the frame it runs in: the tab's site,
 * for the per-site switch, and whether the frame is too small to read yet.
 */
import { siteHostname } from '../lib/settings';

/** The parts of a frame's window read here (a `Window` has them); tests pass plain objects. */
export interface FrameView {
  readonly top: FrameView | null;
  readonly location: { readonly hostname: string; readonly ancestorOrigins?: Iterable<string> };
  readonly innerWidth: number;
  readonly innerHeight: number;
}

/** Frames smaller than this (tracking pixels, hidden helpers) are not read until they grow. */
const MIN_FRAME_SIDE_PX = 40;

/** The tab's site as this frame can know it (lib/settings.ts siteHostname says which wins). */
export function siteOfFrame(frame: FrameView): string {
  let topHostname: string | undefined;
  try {
    topHostname = frame.top?.location.hostname || undefined;
  } catch {
    // A cross-origin top: its origin is read from ancestorOrigins instead.
  }
  const ancestors = frame.location.ancestorOrigins;
  return siteHostname({ ownHostname: frame.location.hostname, topHostname, ancestorOrigins: ancestors ? [...ancestors] : undefined });
}

/** A frame inside the page that is still too small to hold prose; the top document never is. */
export function isTinyFrame(frame: FrameView): boolean {
  return frame !== frame.top && (frame.innerWidth < MIN_FRAME_SIDE_PX || frame.innerHeight < MIN_FRAME_SIDE_PX);
}
