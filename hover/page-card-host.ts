import { CARD_HOST_TAG } from './skip-rules';
import type { CardHost } from './card-view';

/**
 * A card host for the extension's own pages (popup, options), where WXT's
 * content-script UI helpers do not apply: same element name, same open
 * shadow root, same styles.
 */
export function createPageCardHost(doc: Document, css: string): CardHost {
  const host = doc.createElement(CARD_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.documentElement.append(host);
  return { host, container };
}
