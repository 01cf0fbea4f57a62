/**
 * The card view with what the keyboard, touch and screen-reader routes add,
 * without changing how the card session builds the card:
 *  - props for one reference only (a tapped link's "Follow the link"),
 *    merged into every render of that reference's card;
 *  - focus moved into the card once it has rendered, when a command opened it;
 *  - a hook after every render, for the announcer.
 */
import type { CardProps } from '../components/Card';
import type { CardView } from './card-view';

export interface CardExtras extends CardView {
  /** Props added to the card shown at `anchor`, until it hides. */
  addTo(anchor: Range, extra: Partial<CardProps>): void;
  /** The next card shown takes the focus (opened by a keyboard command). */
  focusOnShow(): void;
}

/** `afterRender(props)` after each show and update; `afterRender(undefined)` after hide. */
export function withCardExtras(card: CardView, container: () => HTMLElement | undefined, afterRender: (props: CardProps | undefined) => void): CardExtras {
  let extra: { anchor: Range; props: Partial<CardProps> } | undefined;
  let shownAt: Range | undefined;
  let focusWanted = false;
  const merge = (props: CardProps) => (extra && extra.anchor === shownAt ? { ...props, ...extra.props } : props);

  return {
    ...card,
    async show(props, anchor) {
      shownAt = anchor;
      const focus = focusWanted;
      focusWanted = false;
      await card.show(merge(props), anchor);
      if (shownAt !== anchor) return;
      afterRender(props);
      if (focus) container()?.querySelector<HTMLElement>('[data-part="card"]')?.focus();
    },
    update(props) {
      card.update(merge(props));
      afterRender(props);
    },
    hide() {
      extra = undefined;
      shownAt = undefined;
      card.hide();
      afterRender(undefined);
    },
    addTo(anchor, props) {
      extra = { anchor, props };
    },
    focusOnShow() {
      focusWanted = true;
    },
  };
}
