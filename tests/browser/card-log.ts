/**
 * Proving that no card opened, without waiting a fixed time: the page keeps
 * a log of every card label our host shows (read from its open shadow root,
 * never written to the page's DOM), and a test rests on a control reference
 * afterwards. Hit-testing handles pointer moves in order, so once the
 * control's card is up, any card the earlier rest would have opened is in
 * the log too.
 */
import type { Page } from '@playwright/test';

/** Starts the log: `window.__cardLog`, the labels of the cards shown, in order. */
export async function startCardLog(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { __cardLog: string[] }).__cardLog = log;
    let last = '';
    const read = () => {
      const host = [...document.documentElement.children].find((e) => e.shadowRoot?.querySelector('[data-part="card"]'));
      const label = host?.shadowRoot?.querySelector('[data-part="reference"]')?.textContent ?? '';
      if (label && label !== last) log.push(label);
      last = label;
      requestAnimationFrame(read);
    };
    read();
  });
}

/** The labels of the cards shown since `startCardLog`. */
export function cardLog(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { __cardLog: string[] }).__cardLog]);
}

/** The card host's state (`shown`, `hiding` during the hide grace, `hidden`), or null before the first card. */
export function cardState(page: Page): Promise<string | null> {
  return page.evaluate(
    () => ([...document.documentElement.children].find((e) => e.localName.startsWith('scripture-tooltip-')) as HTMLElement | undefined)?.dataset.state ?? null,
  );
}

/** Resolves once the page has drawn two more frames: pointer moves before it have been hit-tested. */
export function afterTwoFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}
