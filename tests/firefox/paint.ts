/**
 * Did the highlight paint anything? Two screenshots of the same words, with
 * the highlight and without it, compared pixel by pixel. Firefox decodes the
 * PNGs itself (in the page, on an OffscreenCanvas), so no image library is needed.
 */
import type { Page } from 'puppeteer-core';

export interface Pixels {
  readonly width: number;
  readonly height: number;
  /** RGBA, row by row. */
  readonly data: readonly number[];
}

export async function decodePng(page: Page, png: Uint8Array): Promise<Pixels> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return { width: bitmap.width, height: bitmap.height, data: [...context.getImageData(0, 0, bitmap.width, bitmap.height).data] };
  }, Buffer.from(png).toString('base64'));
}

const pixel = (image: Pixels, x: number, y: number) => image.data.slice((y * image.width + x) * 4, (y * image.width + x) * 4 + 3);
const isWarm = ([r, , b]: readonly number[]) => r - b >= 20;
const isDark = ([r, g, b]: readonly number[]) => 0.299 * r + 0.587 * g + 0.114 * b < 150;

export interface PaintDifference {
  /** Share of the pixels that turned amber (the wash), 0–1. */
  readonly washed: number;
  /** Rows with no dark pixel without the highlight and a run of them with it (the underline). */
  readonly underlineRows: number;
}

export function paintDifference(withHighlight: Pixels, without: Pixels): PaintDifference {
  if (withHighlight.width !== without.width || withHighlight.height !== without.height) throw new Error('screenshots differ in size');
  const { width, height } = without;
  let warm = 0;
  let underlineRows = 0;
  for (let y = 0; y < height; y++) {
    let darkWith = 0;
    let darkWithout = 0;
    for (let x = 0; x < width; x++) {
      const on = pixel(withHighlight, x, y);
      if (isWarm(on) && !isWarm(pixel(without, x, y))) warm++;
      if (isDark(on)) darkWith++;
      if (isDark(pixel(without, x, y))) darkWithout++;
    }
    // A dotted line covers about half of a row; a quarter is plenty to tell it from noise.
    if (darkWithout === 0 && darkWith >= width / 4) underlineRows++;
  }
  return { washed: warm / (width * height), underlineRows };
}
