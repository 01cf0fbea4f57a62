import { CARD_HOST_TAG } from './skip-rules';
import type { CardHost } from './card-view';

/** Keys typed in the card are the card's: the page's own shortcuts never see them. */
const CARD_KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * The card's host: one element at the end of <html> (outside <body>, so the
 * page's body stays as it was) with an open shadow root holding the card's
 * styles and a container to render into. The same on web pages and on the
 * extension's own pages.
 */
export function createPageCardHost(doc: Document, css: string): CardHost {
  const host = doc.createElement(CARD_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  for (const type of CARD_KEY_EVENTS) container.addEventListener(type, (event) => event.stopPropagation());
  shadow.append(style, container);
  doc.documentElement.append(host);
  return { host, container };
}
