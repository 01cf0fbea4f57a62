/**
 * Accessibility in the real browser: axe finds no violation of any impact
 * (every rule it runs by default, best practices included) on the card, the
 * popup's views and the options page, in light and dark; every control shows
 * a focus ring of at least 2px at 3:1 against its surroundings; the card's
 * controls are touch-sized. Then the Spanish UI, from a browser set to Spanish.
 *
 * An axe run must have checked something: each asserts how many nodes passed
 * and, for the card, that the card's own nodes were among them (the card
 * lives in a shadow root, which axe enters).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { card, expect, highlightCount, hover, test } from './fixtures';

type Theme = 'auto' | 'light' | 'dark';

/** The card host's tag name starts so; the rest is random per page (hover/page-card-host.ts). */
const CARD_HOST_PREFIX = 'scripture-tooltip-';

async function setTheme(worker: Worker, theme: Theme) {
  await worker.evaluate((theme) => chrome.storage.sync.set({ settings: { theme } }), theme);
}

/** Runs axe on the page (or inside `include`), fails on any violation, and returns the results. */
async function audit(page: Page, what: string, include?: string) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  const checkedNodes = results.passes.reduce((sum, rule) => sum + rule.nodes.length, 0);
  // AXE_DEBUG=1 lists what axe left for review, with its reasons.
  if (process.env.AXE_DEBUG) {
    for (const r of results.incomplete) for (const n of r.nodes.slice(0, 4)) console.log(r.id, JSON.stringify(n.target), n.any.map((c) => c.message).join(' | '));
  }
  console.log(
    `[axe] ${what}: ${results.violations.length} violations; ${results.passes.length} rules passed on ${checkedNodes} nodes; ${results.incomplete.length} rules to review by hand (${results.incomplete.map((r) => r.id).join(', ') || 'none'})`,
  );
  const violations = results.violations.map((v) => ({ rule: v.id, impact: v.impact, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary}`) }));
  expect(violations, what).toEqual([]);
  expect(checkedNodes, `${what}: nodes axe checked`).toBeGreaterThan(20);
  return results;
}

/** The card's nodes among those axe passed: proof that the shadow root was checked. */
function cardNodesChecked(results: Awaited<ReturnType<AxeBuilder['analyze']>>, rule: string): number {
  return results.passes.find((r) => r.id === rule)?.nodes.filter((n) => JSON.stringify(n.target).includes(CARD_HOST_PREFIX)).length ?? 0;
}

async function showCard(page: Page, text: string, selector: string) {
  await expect.poll(() => highlightCount(page)).toBeGreaterThan(0);
  await hover(page, text, selector);
  await expect(card(page).locator('[data-part="verse-text"] .verse').first()).toBeVisible();
}

/**
 * axe lays out what it checks for colour from <body> down, and the card's
 * host sits after <body>: left there, every colour of the card comes back
 * "unable to determine". For the audit (only) the host moves to the end of
 * <body>; it is fixed-position, so the card looks exactly the same.
 */
async function auditCard(page: Page, what: string) {
  const host = await page.evaluate((prefix) => {
    const element = [...document.documentElement.children].find((e) => e.localName.startsWith(prefix))!;
    document.body.append(element);
    return element.localName;
  }, CARD_HOST_PREFIX);
  await expect(page.locator(`${host} [data-part="card"]`)).toBeVisible();
  const results = await audit(page, what, host);
  expect(cardNodesChecked(results, 'color-contrast'), `${what}: card text checked for contrast`).toBeGreaterThan(5);
  return results;
}

// Reduced motion: the card's entrance animation would be measured half-faded.
test.describe('axe finds nothing', () => {
  for (const [name, theme, scheme] of [
    ['light', 'light', 'light'],
    ['dark (the system’s)', 'auto', 'dark'],
    ['forced dark (on a light system)', 'dark', 'light'],
  ] as const) {
    test(`the card, ${name}`, async ({ worker, openFixture }) => {
      await setTheme(worker, theme);
      const page = await openFixture('explanations.html');
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await showCard(page, '1 Tim 2:5–6', '#seed');
      await expect(card(page).locator('[data-part="explanation-count"]')).toHaveText(/^1 of \d$/);
      await expect(card(page)).toHaveAttribute('data-theme', theme);
      const results = await auditCard(page, `card, ${name}`);
      expect(cardNodesChecked(results, 'button-name'), 'card buttons checked for names').toBeGreaterThanOrEqual(3);
    });
  }

  test('the card with a truncated passage and "Read more"', async ({ openFixture }) => {
    const page = await openFixture('long.html');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await showCard(page, 'Psalm 119', '#long');
    await expect(card(page).locator('[data-part="read-more"]')).toBeVisible();
    await auditCard(page, 'card, truncated passage');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the popup's list, article, search results and commentary, ${scheme}`, async ({ context, extensionId }) => {
      const popup = await context.newPage();
      await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(popup.locator('[data-part="catalogue"]')).toBeVisible();
      await audit(popup, `popup list, ${scheme}`);

      await popup.getByRole('button', { name: /How Jesus Intercedes/ }).click();
      await expect(popup.locator('[data-part="article"]')).toBeVisible();
      await audit(popup, `popup article, ${scheme}`);

      await popup.getByRole('searchbox', { name: 'Search articles and commentaries' }).fill('high priest');
      await expect(popup.locator('[data-part="search-results"] li').first()).toBeVisible();
      await expect(popup.getByRole('heading', { level: 1, name: 'Search results' })).toBeVisible();
      await audit(popup, `popup search results, ${scheme}`);

      await popup.goto(`chrome-extension://${extensionId}/popup.html?article=mhcc&ref=Rom.8.34`);
      await expect(popup.locator('[data-part="commentary"] .commentary-block').first()).toBeVisible();
      await audit(popup, `popup commentary, ${scheme}`);
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`the options page, ${scheme}, with the "Saved" status and an import preview`, async ({ context, extensionId }) => {
      const options = await context.newPage();
      await options.emulateMedia({ colorScheme: scheme });
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await options.locator('select[name="theme"]').selectOption('light');
      await expect(options.locator('#options-status')).toContainText('Saved');
      await audit(options, `options page, ${scheme}`);

      await options.getByLabel('Article text').fill('Grace for grace: Romans 8:34 and Hebrews 7:25.');
      await options.getByRole('button', { name: 'Import article' }).click();
      await expect(options.locator('[data-part="import-status"]')).toContainText('Found');
      await audit(options, `options page with a preview, ${scheme}`);
    });
  }
});

/** What the browser shows around the focused control, read from the page. */
interface FocusRing {
  readonly control: string;
  readonly style: string;
  readonly width: number;
  readonly contrast: number;
}

/** Tabs through the page (into the card's shadow root too) and reads each focused control's ring. */
async function focusRings(page: Page, tabs: number): Promise<FocusRing[]> {
  const rings: FocusRing[] = [];
  for (let i = 0; i < tabs; i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return null;
      const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r, g, b]: number[]) =>
        [r, g, b].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, c, k) => sum + c * [0.2126, 0.7152, 0.0722][k], 0);
      // The colour behind the ring: the first opaque background from the control's parent up.
      let behind = 'rgb(255, 255, 255)';
      for (let node: Element | null = el.parentElement ?? (el.getRootNode() as ShadowRoot).host; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
        const bg = getComputedStyle(node).backgroundColor;
        if (rgb(bg).length === 3 || (rgb(bg)[3] ?? 0) === 1) {
          behind = bg;
          break;
        }
      }
      const style = getComputedStyle(el);
      const [a, b] = [luminance(rgb(style.outlineColor)), luminance(rgb(behind))].sort((x, y) => y - x);
      const name = el.getAttribute('data-part') ?? el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 30);
      return { control: `${el.tagName.toLowerCase()} ${name}`, style: style.outlineStyle, width: parseFloat(style.outlineWidth), contrast: Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100 };
    });
    if (ring) rings.push(ring);
  }
  return rings;
}

function expectVisibleRings(rings: FocusRing[], what: string, atLeast: number) {
  console.log(`[focus] ${what}: ${rings.length} stops, thinnest ${Math.min(...rings.map((r) => r.width))}px, lowest contrast ${Math.min(...rings.map((r) => r.contrast))}:1`);
  expect(rings.length, `${what}: controls reached`).toBeGreaterThanOrEqual(atLeast);
  for (const ring of rings) {
    expect(ring.style, `${what}: ${ring.control}`).not.toBe('none');
    expect(ring.width, `${what}: ${ring.control}`).toBeGreaterThanOrEqual(2);
    expect(ring.contrast, `${what}: ${ring.control}`).toBeGreaterThanOrEqual(3);
  }
}

test.describe('focus rings and touch targets', () => {
  test('every control of the card has a 2px ring at 3:1, and its buttons are at least 44 × 44', async ({ openFixture }) => {
    const page = await openFixture('explanations.html');
    await page.locator('#link').focus();
    await expect(card(page).locator('[data-part="next-explanation"]')).toBeVisible();
    const rings = await focusRings(page, 5);
    expectVisibleRings(rings, 'card', 5);
    expect(rings.map((r) => r.control)).toEqual(expect.arrayContaining([expect.stringContaining('next-explanation'), expect.stringContaining('read-article')]));
    for (const part of ['previous-explanation', 'next-explanation', 'read-article']) {
      const box = (await card(page).locator(`[data-part="${part}"]`).boundingBox())!;
      expect(Math.min(box.width, box.height), part).toBeGreaterThanOrEqual(44);
    }
  });

  test('"Read more" is at least 44 × 44', async ({ openFixture }) => {
    const page = await openFixture('long.html');
    await showCard(page, 'Psalm 119', '#long');
    const box = (await card(page).locator('[data-part="read-more"]').boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`every control of the popup and the options page has a 2px ring at 3:1, ${scheme}`, async ({ context, extensionId }) => {
      const popup = await context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(popup.locator('[data-part="catalogue"]')).toBeVisible();
      expectVisibleRings(await focusRings(popup, 8), `popup, ${scheme}`, 6);

      const options = await context.newPage();
      await options.emulateMedia({ colorScheme: scheme });
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(options.locator('select[name="theme"]')).toBeVisible();
      expectVisibleRings(await focusRings(options, 16), `options, ${scheme}`, 14);
    });
  }
});

test.describe('in a browser set to Spanish', () => {
  test.use({ uiLanguage: 'es' });

  test('the card speaks Spanish: "Romanos 8:34", its controls, and the verse numbers', async ({ openFixture }) => {
    const page = await openFixture('references.html');
    await expect.poll(() => highlightCount(page)).toBeGreaterThanOrEqual(5);
    await hover(page, '8:34', '#plain');
    await expect(card(page).locator('[data-part="reference"]')).toHaveText('Romanos 8:34');
    await expect(card(page)).toHaveAttribute('lang', 'es');
    await expect(card(page)).toHaveAttribute('aria-label', 'Romanos 8:34');
    // The Bible text itself stays English, and says so.
    await expect(card(page).locator('[data-part="verse-text"]')).toHaveAttribute('lang', 'en');
    await expect(card(page).locator('[data-part="verse-text"]')).toContainText('It is Christ who died');
    await page.keyboard.press('Escape');

    const notes = await openFixture('explanations.html');
    await showCard(notes, '1 Tim 2:5–6', '#seed');
    await expect(card(notes).locator('[data-part="reference"]')).toHaveText('1 Timoteo 2:5–6');
    await expect(card(notes).locator('[data-part="read-article"]')).toHaveText('Leer completo');
    await expect(card(notes).locator('[data-part="explanation-count"]')).toHaveText(/^1 de \d$/);
    await expect(card(notes).locator('.verse .visually-hidden').first()).toHaveText('versículo 5');
  });

  test('the popup and the options page speak Spanish', async ({ context, extensionId }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.locator('html')).toHaveAttribute('lang', 'es');
    await expect(popup.getByRole('heading', { level: 1, name: 'Artículos' })).toBeVisible();
    await expect(popup.getByRole('switch', { name: 'Activado' })).toBeVisible();
    await popup.getByRole('searchbox', { name: 'Buscar en artículos y comentarios' }).fill('high priest');
    await expect(popup.getByRole('heading', { level: 1, name: 'Resultados de la búsqueda' })).toBeVisible();

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options).toHaveTitle('Scripture Tooltips — Opciones');
    await expect(options.getByRole('heading', { name: 'Configuración' })).toBeVisible();
    await options.getByRole('switch', { name: 'Mostrar las referencias bíblicas en las páginas web' }).uncheck();
    await expect(options.locator('#options-status')).toHaveText('Guardado. Las pestañas abiertas ya usan la nueva configuración.');
    await options.getByLabel('Texto del artículo').fill('Romanos: Romans 8:34.');
    await options.getByRole('button', { name: 'Importar artículo' }).click();
    await expect(options.locator('[data-part="coverage"]')).toHaveText('1 referencia que abarca 1 versículo:');
    await expect(options.locator('[data-part="refs"] li')).toHaveText(['Romanos 8:34']);
  });
});
