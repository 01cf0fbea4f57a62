import cardCss from '../components/card.css?inline';
import { markCardHost } from './skip-rules';
import type { CardHost, CreateCardHost } from './card-view';

/** Keys typed in the card are the card's: the page's own shortcuts never see them. */
const CARD_KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/** Tests and tools find the host by this prefix of its tag name. */
const CARD_HOST_PREFIX = 'scripture-tooltip-';

/**
 * A custom-element name no page can have defined: the prefix and a random
 * suffix chosen when the card first opens. A page that defines
 * `<scripture-tooltip>` (and gives it a shadow root) cannot take our host.
 */
function hostTagName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return CARD_HOST_PREFIX + Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/**
 * The card's host: one element at the end of <html> (outside <body>, so the
 * page's body stays as it was) with an open shadow root holding the card's
 * styles and a container to render into. The same on web pages and on the
 * extension's own pages.
 */
export function createPageCardHost(doc: Document, css: string): CardHost {
  for (let attempt = 0; attempt < 3; attempt++) {
    const host = doc.createElement(hostTagName());
    // Should the name be taken after all, a page's element may arrive with its own shadow root: try another name.
    if (host.shadowRoot) continue;
    let shadow: ShadowRoot;
    try {
      shadow = host.attachShadow({ mode: 'open' });
    } catch {
      continue;
    }
    markCardHost(host);
    const style = doc.createElement('style');
    style.textContent = css;
    const container = doc.createElement('div');
    for (const type of CARD_KEY_EVENTS) container.addEventListener(type, (event) => event.stopPropagation());
    shadow.append(style, container);
    doc.documentElement.append(host);
    return { host, container };
  }
  throw new Error('The card could not be added to this page');
}

/** How the web pages and the popup make the card's host: the one above, with the card's own styles. */
export function cardHostIn(doc: Document): CreateCardHost {
  return async () => createPageCardHost(doc, cardCss);
}
