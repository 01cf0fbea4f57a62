// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectTextBlocks, rangeFor } from '../../../hover/text-blocks';

function dom(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('collectTextBlocks', () => {
  it('joins inline elements into one block and maps offsets back to nodes', () => {
    const body = dom('<p id="a">See <b>Romans</b> 8:34 today.</p><p>No digits here</p><p>2 more</p>');
    const blocks = collectTextBlocks(body);
    expect(blocks.map((b) => b.text)).toEqual(['See Romans 8:34 today.', '2 more']);
    const range = rangeFor(blocks[0], 4, 15);
    expect(range.toString()).toBe('Romans 8:34');
    expect(range.startContainer.textContent).toBe('Romans');
  });

  it('skips form fields, editable text, code and our own card', () => {
    const body = dom(
      '<p>Keep 1:1</p><textarea>Rom 1:1</textarea><div contenteditable="true"><p>Acts 2:38</p></div>' +
        '<pre><code>Gen 1:1</code></pre><kbd>3:16</kbd><scripture-tooltip>John 3:16</scripture-tooltip><div contenteditable="false">Jude 3</div>',
    );
    expect(collectTextBlocks(body).map((b) => b.text)).toEqual(['Keep 1:1', 'Jude 3']);
  });

  it('splits a block that a child block interrupts', () => {
    const body = dom('<div>Romans <p>inner 1</p> 8:34</div>');
    expect(collectTextBlocks(body).map((b) => b.text)).toEqual(['inner 1', ' 8:34']);
  });
});
