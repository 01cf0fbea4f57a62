/**
 * Did the highlight paint anything? Two screenshots of the same words, with
 * the highlight and without it, compared pixel by pixel. Firefox decodes the
 * PNGs itself (in the page, on an OffscreenCanvas), so no image library is needed.
 */
import type { Page } from 'puppeteer-core';
import type { ViewportBox } from '../browser/in-page';

interface Pixels {
  readonly width: number;
  readonly height: number;
  /** RGBA, row by row. */
  readonly data: readonly number[];
}

async function decodePng(page: Page, png: Uint8Array): Promise<Pixels> {
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

function paintDifference(withHighlight: Pixels, without: Pixels): PaintDifference {
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

export interface Clip {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The words' box and a few pixels below it, where an underline may fall; `origin` is where the box's viewport starts in the page. */
export function underlineClip(box: ViewportBox, origin = { x: 0, y: 0 }): Clip {
  const x = Math.ceil(origin.x + box.left);
  const y = Math.ceil(origin.y + box.top);
  return { x, y, width: Math.floor(origin.x + box.right) - x - 1, height: Math.floor(origin.y + box.bottom) - y + 4 };
}

/** One screenshot per clip, taken one after another. */
export async function screenshots(page: Page, clips: readonly Clip[]): Promise<Uint8Array[]> {
  const shots: Uint8Array[] = [];
  for (const clip of clips) shots.push(await page.screenshot({ clip }));
  return shots;
}

/** What the highlight painted in each clip: its screenshots with the highlight, against the same clips' screenshots now. */
export async function paintSince(page: Page, clips: readonly Clip[], withHighlight: readonly Uint8Array[]): Promise<PaintDifference[]> {
  const without = await screenshots(page, clips);
  const differences: PaintDifference[] = [];
  for (const [i, shot] of without.entries()) differences.push(paintDifference(await decodePng(page, withHighlight[i]), await decodePng(page, shot)));
  return differences;
}
