// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { contextAfter, contextOfHeading, findReferences } from '../../../lib/references';
import { createPageScanner, type Detect } from '../../../hover/page-scanner';
import type { Highlighter } from '../../../hover/highlighter';
import { manualScheduler } from '../../../hover/idle-work';

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

/** The content script's detector, recording which texts it was asked to read. */
function recordingDetect(): Detect & { texts: string[] } {
  const texts: string[] = [];
  const detect: Detect = (text, context, heading) => {
    texts.push(text);
    const matches = findReferences(text, { context, heading });
    return { matches, contextOut: heading ? contextOfHeading(text, matches) : contextAfter(matches, context) };
  };
  return Object.assign(detect, { texts });
}

/** Mutation records arrive in a microtask; then the scheduler runs what they asked for. */
const settle = async (schedule: ReturnType<typeof manualScheduler>) => {
  await new Promise((r) => setTimeout(r, 0));
  schedule.drain();
};

const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  document.body.textContent = '';
});

function scan(html: string) {
  document.body.innerHTML = html;
  const highlighter = fakeHighlighter();
  const detect = recordingDetect();
  const schedule = manualScheduler();
  const scanner = createPageScanner(document, highlighter, detect, { schedule });
  stops.push(scanner.stop);
  schedule.drain();
  const found = () => [...highlighter.ranges].map((r) => r.toString()).sort();
  return { highlighter, detect, schedule, scanner, found };
}

describe('page scanner', () => {
  it('finds references, including one split across elements, and maps the caret to them', () => {
    const { scanner, found } = scan('<p id="a">Read <b>Romans</b> 8:34 and Heb 7:23–25; 4:16.</p>');
    expect(found()).toEqual(['4:16', 'Heb 7:23–25', 'Romans 8:34']);
    const tail = document.getElementById('a')!.lastChild as Text;
    expect(scanner.referenceAt(tail, tail.data.indexOf('4:16') + 1)?.osis).toBe('Heb.4.16');
    expect(scanner.referenceAt(tail, 0)?.osis).toBe('Rom.8.34');
    expect(scanner.referenceAt(tail, tail.data.indexOf('and') + 1)).toBeUndefined();
  });

  it('reads an appended block alone, not the blocks around it, and forgets removed ones', async () => {
    const { detect, schedule, highlighter } = scan('<div id="box"><p>First: Romans 8:34.</p></div>');
    expect(highlighter.size).toBe(1);
    detect.texts.length = 0;
    const p = document.createElement('p');
    p.textContent = 'Later: Hebrews 4:16.';
    document.getElementById('box')!.append(p);
    await settle(schedule);
    expect(highlighter.size).toBe(2);
    expect(detect.texts).toEqual(['Later: Hebrews 4:16.']);
    p.remove();
    await settle(schedule);
    expect(highlighter.size).toBe(1);
  });

  it('reads a paragraph again when a block splits its text', async () => {
    const { schedule, found } = scan('<div id="d">See Romans 8:34 <span id="s">today</span></div>');
    expect(found()).toEqual(['Romans 8:34']);
    // A block between "Romans" and "8:34" cuts the reference in two.
    const text = document.getElementById('d')!.firstChild as Text;
    const rest = text.splitText(text.data.indexOf(' 8:34'));
    const block = document.createElement('p');
    block.textContent = 'Jude 3';
    rest.before(block);
    await settle(schedule);
    expect(found()).toEqual(['Jude 3']);
  });

  it('resolves "(12:2)" and "v. 5" from the section heading and the last reference', () => {
    const { scanner, found } = scan(
      '<h2>Romans</h2><p>Be transformed (12:2).</p><h2>Hebrews</h2><p>Read Hebrews 4:16, then v. 15.</p><h2>Other</h2><p>Alone (3:4).</p>',
    );
    expect(found()).toEqual(['12:2', 'Hebrews 4:16', 'v. 15']);
    const para = document.querySelectorAll('p')[0].firstChild as Text;
    expect(scanner.referenceAt(para, para.data.indexOf('12:2') + 1)).toMatchObject({ osis: 'Rom.12.2', contextual: true });
  });

  it('reads later blocks again when an inserted heading changes their context', async () => {
    const { schedule, scanner } = scan('<h2>Romans</h2><div id="body"><p id="a">Be transformed (12:2).</p></div>');
    const text = () => document.getElementById('a')!.firstChild as Text;
    expect(scanner.referenceAt(text(), text().data.indexOf('12:2') + 1)?.osis).toBe('Rom.12.2');
    const heading = document.createElement('h2');
    heading.textContent = 'Hebrews';
    document.getElementById('body')!.prepend(heading);
    await settle(schedule);
    expect(scanner.referenceAt(text(), text().data.indexOf('12:2') + 1)?.osis).toBe('Heb.12.2');
  });

  it('chains the context across blocks without references, and reads such a block again when it changes', async () => {
    const { schedule, scanner, found } = scan('<p>Read Romans 8:1.</p><p id="plain">Nothing to find here.</p><p>Then v. 28.</p><p id="b">Again v. 5.</p>');
    const verse = () => document.querySelectorAll('p')[2].firstChild as Text;
    expect(scanner.referenceAt(verse(), verse().data.indexOf('28'))?.osis).toBe('Rom.8.28');
    document.getElementById('plain')!.firstChild!.textContent = 'Now read Romans 9:1.';
    await settle(schedule);
    expect(found()).toEqual(['Romans 8:1', 'Romans 9:1', 'v. 28', 'v. 5']);
    expect(scanner.referenceAt(verse(), verse().data.indexOf('28'))?.osis).toBe('Rom.9.28');
    const five = document.getElementById('b')!.firstChild as Text;
    expect(scanner.referenceAt(five, five.data.indexOf('5'))?.osis).toBe('Rom.9.5');
  });

  it('a node moved elsewhere is highlighted once, where it now is', async () => {
    const { schedule, found } = scan('<div id="a"><p id="m">Moved: John 3:16.</p></div><div id="b"><p>Stays: Jude 3.</p></div>');
    document.getElementById('b')!.append(document.getElementById('m')!);
    await settle(schedule);
    expect(found()).toEqual(['John 3:16', 'Jude 3']);
  });

  it('reads open shadow roots, present at load or attached later', async () => {
    document.body.innerHTML = '<p>Light: Jude 3.</p><div id="early"></div>';
    document.getElementById('early')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Early: John 3:16.</p>';
    const highlighter = fakeHighlighter();
    const schedule = manualScheduler();
    const scanner = createPageScanner(document, highlighter, recordingDetect(), { schedule });
    stops.push(scanner.stop);
    schedule.drain();
    expect([...highlighter.ranges].map(String).sort()).toEqual(['Early: John 3:16.'.slice(7, 16), 'Jude 3']);
    const late = document.createElement('section');
    late.attachShadow({ mode: 'open' }).innerHTML = '<p>Late: Romans 8:28.</p>';
    document.body.append(late);
    await settle(schedule);
    expect(scanner.shadowRoots()).toHaveLength(2);
    expect([...highlighter.ranges].map(String).sort()).toEqual(['John 3:16', 'Jude 3', 'Romans 8:28']);
    // Text added inside a shadow root later is read too.
    const more = document.createElement('p');
    more.textContent = 'More: Hebrews 4:16.';
    late.shadowRoot!.append(more);
    await settle(schedule);
    expect(highlighter.size).toBe(4);
  });

  it('finds a shadow root attached later to an element already on the page (no mutation record), in the sweep after a change', async () => {
    const { schedule, scanner, highlighter } = scan('<p>Light: Jude 3.</p><div id="placeholder"></div><div id="other"></div>');
    const root = document.getElementById('placeholder')!.attachShadow({ mode: 'open' });
    root.append(Object.assign(document.createElement('p'), { textContent: 'Widget: John 3:16.' }));
    document.getElementById('other')!.append('a change elsewhere');
    await settle(schedule);
    // The sweep runs at most every 250 ms.
    await new Promise((r) => setTimeout(r, 300));
    schedule.drain();
    expect(scanner.shadowRoots()).toEqual([root]);
    expect([...highlighter.ranges].map(String).sort()).toEqual(['John 3:16', 'Jude 3']);
  });

  it('stops cleanly: no highlights left', () => {
    const { scanner, highlighter } = scan('<p>Romans 8:34</p>');
    scanner.stop();
    expect(highlighter.size).toBe(0);
  });
});
