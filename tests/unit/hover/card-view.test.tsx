// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createCardView } from '../../../hover/card-view';
import { createPageCardHost } from '../../../hover/page-card-host';
import { cardFixtures } from '../../fixtures/components/card-fixtures';

function setup() {
  document.body.innerHTML = '<p id="p">See Hebrews 7:23–25 today.</p>';
  const text = document.getElementById('p')!.firstChild!;
  const anchor = document.createRange();
  anchor.setStart(text, 4);
  anchor.setEnd(text, 19);
  let created = 0;
  const view = createCardView(async () => {
    created++;
    return createPageCardHost(document, '');
  });
  const host = () => [...document.documentElement.children].find((e) => e.localName.startsWith('scripture-tooltip-')) as HTMLElement | undefined;
  const cardIn = () => host()?.shadowRoot?.querySelector('[data-part="card"]');
  return { view, anchor, host, cardIn, created: () => created };
}

afterEach(() => {
  for (const e of [...document.documentElement.children]) if (e.localName.startsWith('scripture-tooltip-')) e.remove();
  document.body.textContent = '';
});

describe('card view', () => {
  it('creates its host on the first show only, after <body>, and renders the card in its shadow root', async () => {
    const { view, anchor, host, cardIn, created } = setup();
    expect(host()).toBeUndefined();
    await view.show(cardFixtures.range, anchor);
    expect(created()).toBe(1);
    expect(host()?.previousElementSibling?.localName).toBe('body');
    expect(cardIn()?.querySelector('[data-part="reference"]')?.textContent).toBe('Hebrews 7:23–25');
    view.hide();
    await view.show(cardFixtures.range, anchor);
    expect(created()).toBe(1);
  });

  it('tells the page its state: shown, hiding during the grace, hidden', async () => {
    const { view, anchor, host, cardIn } = setup();
    await view.show(cardFixtures.range, anchor);
    expect(host()?.dataset.state).toBe('shown');
    view.setHiding(true);
    expect(host()?.dataset.state).toBe('hiding');
    view.setHiding(false);
    expect(host()?.dataset.state).toBe('shown');
    view.hide();
    expect(host()?.dataset.state).toBe('hidden');
    expect(cardIn()).toBeNull();
  });

  it('updates the shown card, knows its own host, and does not show a card hidden before its host existed', async () => {
    const { view, anchor, host, cardIn } = setup();
    await view.show(cardFixtures.loading, anchor);
    view.update(cardFixtures.range);
    expect(cardIn()?.querySelector('[data-part="explanation-count"]')?.textContent).toBe('1 of 2');
    expect(view.isCardNode(host()!)).toBe(true);
    expect(view.isCardNode(document.body)).toBe(false);
    view.hide();
    const pending = view.show(cardFixtures.range, anchor);
    view.hide();
    await pending;
    expect(cardIn()).toBeNull();
  });
});
