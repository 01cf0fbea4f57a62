// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectTextBlocks, rangeFor } from '../../../hover/text-blocks';
import { createPageCardHost } from '../../../hover/page-card-host';

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
        '<pre><code>Gen 1:1</code></pre><kbd>3:16</kbd><div contenteditable="false">Jude 3</div>',
    );
    const { host } = createPageCardHost(document, '');
    body.append(host);
    host.append('John 3:16 inside our host');
    expect(collectTextBlocks(body).map((b) => b.text)).toEqual(['Keep 1:1', 'Jude 3']);
    // A page element with a name like ours is the page's, and is read.
    body.insertAdjacentHTML('beforeend', '<scripture-tooltip>John 3:16</scripture-tooltip>');
    expect(collectTextBlocks(body).map((b) => b.text)).toEqual(['Keep 1:1', 'Jude 3', 'John 3:16']);
  });

  it('text directly in a shadow root flows in the shadow root', () => {
    const body = dom('<div id="h"></div>');
    const root = body.querySelector('#h')!.attachShadow({ mode: 'open' });
    root.append('See ', Object.assign(document.createElement('b'), { textContent: 'Jude' }), ' 3');
    const blocks = collectTextBlocks(root);
    expect(blocks.map((b) => [b.text, b.element === root])).toEqual([['See Jude 3', true]]);
  });

  it('splits a block that a child block interrupts', () => {
    const body = dom('<div>Romans <p>inner 1</p> 8:34</div>');
    expect(collectTextBlocks(body).map((b) => b.text)).toEqual(['inner 1', ' 8:34']);
  });
});
