/**
 * The underline must stay visibly distinct from a link's own underline, and
 * visible on dark pages, measured on screenshots: the same clip with our
 * highlight and without it (the page's registry is shared, so the test can
 * take it out and put it back); the rows that change are our decoration.
 */
import type { Page } from '@playwright/test';
import { expect, highlightCount, test } from './fixtures';

interface Measure {
  /** Rows our decoration changes. */
  ours: number[];
  /** Rows where the page's own underline runs (ink across most of the width) without ours. */
  theirs: number[];
  /** Luminance (0–255) of the changed pixels, and of the background. */
  inkLuminance: number;
  backgroundLuminance: number;
  changedPixels: number;
}

/** Screenshots of `selector`'s box (and a few px under it), with and without our highlight. */
async function shots(page: Page, selector: string): Promise<{ withUs: Buffer; without: Buffer }> {
  const box = (await page.locator(selector).boundingBox())!;
  const clip = { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.ceil(box.height) + 10 };
  const withUs = await page.screenshot({ clip });
  await page.evaluate(() => {
    (window as unknown as { __ours: unknown }).__ours = CSS.highlights.get('scripture-ref');
    CSS.highlights.delete('scripture-ref');
  });
  const without = await page.screenshot({ clip });
  await page.evaluate(() => CSS.highlights.set('scripture-ref', (window as unknown as { __ours: Highlight }).__ours));
  return { withUs, without };
}

/** Compares the two screenshots in a blank page's canvas. */
async function measure(analysis: Page, pair: { withUs: Buffer; without: Buffer }): Promise<Measure> {
  return analysis.evaluate(
    async ({ a, b }) => {
      const pixels = async (b64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height);
      };
      const withUs = await pixels(a);
      const without = await pixels(b);
      const { width, height } = withUs;
      const at = (d: ImageData, x: number, y: number) => [d.data[(y * width + x) * 4], d.data[(y * width + x) * 4 + 1], d.data[(y * width + x) * 4 + 2]];
      const luminance = ([r, g, b]: number[]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
      const distance = (p: number[], q: number[]) => Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]) + Math.abs(p[2] - q[2]);
      const background = at(without, 0, height - 1);
      const ours: number[] = [];
      const theirs: number[] = [];
      let ink = 0;
      let changed = 0;
      for (let y = 0; y < height; y++) {
        let rowChanged = 0;
        let rowInk = 0;
        for (let x = 0; x < width; x++) {
          const p = at(withUs, x, y);
          const q = at(without, x, y);
          if (distance(p, q) > 60) {
            rowChanged++;
            changed++;
            ink += luminance(p);
          }
          if (distance(q, background) > 60) rowInk++;
        }
        // A dotted line changes a good part of its rows (a repainted glyph edge, a few pixels).
        if (rowChanged > width * 0.15) ours.push(y);
        if (rowInk > width * 0.7) theirs.push(y);
      }
      return { ours, theirs, inkLuminance: changed ? ink / changed : 0, backgroundLuminance: luminance(background), changedPixels: changed };
    },
    { a: pair.withUs.toString('base64'), b: pair.without.toString('base64') },
  );
}

const gapBetween = (a: number[], b: number[]) => Math.min(...a.flatMap((y) => b.map((z) => Math.abs(y - z))));

test('the dotted underline stays apart from a link underline and visible on a dark page', async ({ openFixture, context }) => {
  const page = await openFixture('underline.html');
  await expect.poll(() => highlightCount(page)).toBe(5);
  const analysis = await context.newPage();
  for (const selector of ['#plain-ref', '#link', '#small-link', '#dark-ref', '#dark-link']) {
    const m = await measure(analysis, await shots(page, selector));
    // Visible: a decoration is drawn, and it stands out from the background.
    expect(m.changedPixels, selector).toBeGreaterThan(20);
    expect(Math.abs(m.inkLuminance - m.backgroundLuminance), selector).toBeGreaterThan(80);
    if (m.theirs.length > 0) {
      // Apart from the link's own underline: at least two clean pixel rows between them (one reads as a double line).
      expect(gapBetween(m.ours, m.theirs), `${selector}: ours at ${m.ours}, link underline at ${m.theirs}`).toBeGreaterThanOrEqual(3);
    }
    if (selector.endsWith('link')) {
      expect(m.theirs.length, `${selector} has a link underline`).toBeGreaterThan(0);
    }
  }
});
