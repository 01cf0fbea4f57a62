// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { contextAfter, contextOfHeading, findReferences } from '../../../lib/references';
import { createPageScanner, MUTATION_BATCH_MS, type Detect } from '../../../hover/page-scanner';
import type { Highlighter } from '../../../hover/highlighter';

function fakeHighlighter(): Highlighter & { ranges: Set<Range> } {
  const ranges = new Set<Range>();
  return {
    ranges,
    add: (r) => void ranges.add(r),
    remove: (r) => void ranges.delete(r),
    clear: () => ranges.clear(),
    get size() {
      return ranges.size;
    },
  };
}

const detect: Detect = (text, context, heading) => {
  const matches = findReferences(text, { context, heading });
  return { matches, contextOut: heading ? contextOfHeading(text, matches) : contextAfter(matches, context) };
};

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const stops: Array<() => void> = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  document.body.textContent = '';
});

describe('page scanner', () => {
  it('finds references, including one split across elements, and maps the caret to them', () => {
    document.body.innerHTML = '<p id="a">Read <b>Romans</b> 8:34 and Heb 7:23–25; 4:16.</p>';
    const highlighter = fakeHighlighter();
    const scanner = createPageScanner(document, highlighter, detect);
    stops.push(scanner.stop);
    scanner.scanAll();
    expect([...highlighter.ranges].map((r) => r.toString())).toEqual(['Romans 8:34', 'Heb 7:23–25', '4:16']);
    const tail = document.getElementById('a')!.lastChild as Text;
    const at = tail.data.indexOf('4:16') + 1;
    expect(scanner.referenceAt(tail, at)?.match.osis).toBe('Heb.4.16');
    expect(scanner.referenceAt(tail, 0)?.match.osis).toBe('Rom.8.34');
    expect(scanner.referenceAt(tail, tail.data.indexOf('and') + 1)).toBeUndefined();
  });

  it('picks up added paragraphs and forgets removed ones', async () => {
    document.body.innerHTML = '<div id="box"><p>First: Romans 8:34.</p></div>';
    const highlighter = fakeHighlighter();
    const scanner = createPageScanner(document, highlighter, detect);
    stops.push(scanner.stop);
    scanner.scanAll();
    expect(scanner.count).toBe(1);
    const p = document.createElement('p');
    p.textContent = 'Later: Hebrews 4:16.';
    document.getElementById('box')!.append(p);
    await wait(MUTATION_BATCH_MS + 50);
    expect(scanner.count).toBe(2);
    p.remove();
    await wait(MUTATION_BATCH_MS + 50);
    expect(scanner.count).toBe(1);
    expect(highlighter.size).toBe(1);
  });

  it('resolves "(12:2)" and "v. 5" from the section heading and the last reference', () => {
    document.body.innerHTML = '<h2>Romans</h2><p>Be transformed (12:2).</p><h2>Hebrews</h2><p>Read Hebrews 4:16, then v. 15.</p><h2>Other</h2><p>Alone (3:4).</p>';
    const highlighter = fakeHighlighter();
    const scanner = createPageScanner(document, highlighter, detect);
    stops.push(scanner.stop);
    scanner.scanAll();
    const found = [...highlighter.ranges].map((r) => r.toString());
    expect(found).toEqual(['12:2', 'Hebrews 4:16', 'v. 15']);
    const para = document.querySelectorAll('p')[0].firstChild as Text;
    const ref = scanner.referenceAt(para, para.data.indexOf('12:2') + 1);
    expect(ref?.match).toMatchObject({ osis: 'Rom.12.2', contextual: true });
  });

  it('stops cleanly: no highlights left', () => {
    document.body.innerHTML = '<p>Romans 8:34</p>';
    const highlighter = fakeHighlighter();
    const scanner = createPageScanner(document, highlighter, detect);
    scanner.scanAll();
    scanner.stop();
    expect(highlighter.size).toBe(0);
  });
});
