/**
 * Says to screen readers which card opened: its label and the first words
 * of the passage (ADR 7). The live region lives in our card host's shadow
 * root, never in the page's DOM, beside (not inside) the card's container,
 * so hiding the card does not remove it.
 */
import type { CardProps } from '../components/Card';
import { cardAnnouncement } from '../lib/announcement';
import type { CardHost } from './card-view';

/** Present for screen readers, invisible and taking no room. */
const VISUALLY_HIDDEN = {
  position: 'fixed',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

export interface Announcer {
  /** Adds the live region to a newly created host. */
  attach(host: CardHost): CardHost;
  /** After each render of the card: announce it once its passage has settled. */
  cardRendered(props: CardProps | undefined): void;
}

export function createAnnouncer(): Announcer {
  let region: HTMLElement | undefined;
  let announcedFor: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const say = (text: string) => {
    if (!region) return;
    const target = region;
    // Emptied first and filled a moment later, so the same words said twice are heard twice.
    target.textContent = '';
    clearTimeout(timer);
    timer = setTimeout(() => (target.textContent = text), 50);
  };

  return {
    attach(host) {
      const doc = host.host.ownerDocument;
      region = doc.createElement('div');
      region.setAttribute('role', 'status');
      region.setAttribute('aria-live', 'polite');
      region.dataset.part = 'announcement';
      Object.assign(region.style, VISUALLY_HIDDEN);
      host.host.shadowRoot?.append(region);
      return host;
    },
    cardRendered(props) {
      if (!props) {
        announcedFor = undefined;
        return;
      }
      const { passage, label } = props;
      if (passage.status === 'loading' || announcedFor === label) return;
      announcedFor = label;
      say(passage.status === 'ready' ? cardAnnouncement(label, passage.value) : `${label}: ${passage.message}`);
    },
  };
}
