import { describe, expect, it } from 'vitest';
import { parseToContentMessage } from '../../lib/content-messages';
import { createCommandRouter, messageForCommand, SHOW_PASSAGE_MENU_ID } from '../../lib/commands';
import type { ToContentMessage } from '../../lib/content-messages';

describe('toContent messages', () => {
  it('accepts the three keyboard commands and the context-menu message', () => {
    for (const command of ['show', 'next', 'previous'] as const) {
      expect(parseToContentMessage({ type: 'toContent/keyCommand', command })).toEqual({ type: 'toContent/keyCommand', command });
    }
    expect(parseToContentMessage({ type: 'toContent/showSelection', extra: 1 })).toEqual({ type: 'toContent/showSelection' });
  });

  it('says what is wrong with a malformed message', () => {
    expect(parseToContentMessage(null)).toBe('message must be an object');
    expect(parseToContentMessage(['toContent/showSelection'])).toBe('message must be an object');
    expect(parseToContentMessage({ type: 'toContent/keyCommand', command: 'jump' })).toBe('keyCommand: "command" must be one of show, next, previous');
    expect(parseToContentMessage({ type: 'toContent/keyCommand' })).toMatch(/"command" must be one of/);
    expect(parseToContentMessage({ type: 'toBackground/getPassage' })).toBe('unknown message type "toBackground/getPassage"');
  });
});

function router(activeTabId?: number, fail = false) {
  const sent: Array<{ tabId: number; message: ToContentMessage; frameId?: number }> = [];
  const errors: string[] = [];
  const r = createCommandRouter({
    sendToTab: async (tabId, message, frameId) => {
      if (fail) throw new Error('Could not establish connection. Receiving end does not exist.');
      sent.push({ tabId, message, ...(frameId !== undefined ? { frameId } : {}) });
    },
    activeTab: async () => (activeTabId === undefined ? undefined : { id: activeTabId }),
    logError: (_where, message) => errors.push(message),
  });
  return { r, sent, errors };
}

describe('command router (worker)', () => {
  it('maps each manifest command to its message, and nothing else', () => {
    expect(messageForCommand('show-passage')).toEqual({ type: 'toContent/keyCommand', command: 'show' });
    expect(messageForCommand('next-reference')).toEqual({ type: 'toContent/keyCommand', command: 'next' });
    expect(messageForCommand('previous-reference')).toEqual({ type: 'toContent/keyCommand', command: 'previous' });
    expect(messageForCommand('toString')).toBeUndefined();
    expect(messageForCommand('_execute_action')).toBeUndefined();
  });

  it('sends a command to every frame of the tab it came with, else of the active tab', async () => {
    const { r, sent } = router(7);
    expect(await r.onCommand('next-reference', { id: 3 })).toBe(true);
    expect(await r.onCommand('show-passage')).toBe(true);
    expect(sent).toEqual([
      { tabId: 3, message: { type: 'toContent/keyCommand', command: 'next' } },
      { tabId: 7, message: { type: 'toContent/keyCommand', command: 'show' } },
    ]);
  });

  it('does nothing without a tab or for an unknown command', async () => {
    const { r, sent } = router(undefined);
    expect(await r.onCommand('show-passage')).toBe(false);
    expect(await r.onCommand('unknown', { id: 1 })).toBe(false);
    expect(await r.onCommand('show-passage', { id: -1 })).toBe(false);
    expect(sent).toEqual([]);
  });

  it('sends the menu item to the frame where the selection was', async () => {
    const { r, sent } = router();
    expect(await r.onMenuClick({ menuItemId: SHOW_PASSAGE_MENU_ID, frameId: 5 }, { id: 2 })).toBe(true);
    expect(await r.onMenuClick({ menuItemId: SHOW_PASSAGE_MENU_ID }, { id: 2 })).toBe(true);
    expect(await r.onMenuClick({ menuItemId: 'other', frameId: 5 }, { id: 2 })).toBe(false);
    expect(await r.onMenuClick({ menuItemId: SHOW_PASSAGE_MENU_ID, frameId: 5 })).toBe(false);
    expect(sent).toEqual([
      { tabId: 2, message: { type: 'toContent/showSelection' }, frameId: 5 },
      { tabId: 2, message: { type: 'toContent/showSelection' }, frameId: 0 },
    ]);
  });

  it('a tab without the content script is logged, not thrown', async () => {
    const { r, errors } = router(4, true);
    expect(await r.onCommand('show-passage')).toBe(false);
    expect(errors).toEqual(['Could not establish connection. Receiving end does not exist.']);
  });
});
