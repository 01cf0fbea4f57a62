/**
 * The worker's side of the keyboard commands and the context-menu item, as
 * plain functions over an injected `sendToTab`, so they are tested in Node.
 * The manifest's `commands` (wxt.config.ts) name the same commands.
 */
import type { KeyCommand, ToContentMessage } from './content-messages';

/** Manifest command name → what it asks the page to do. */
const COMMAND_NAMES: Readonly<Record<string, KeyCommand>> = {
  'show-passage': 'show',
  'next-reference': 'next',
  'previous-reference': 'previous',
};

/** The context-menu item's id. */
export const SHOW_PASSAGE_MENU_ID = 'show-passage';

export interface TabLike {
  readonly id?: number;
}

export interface MenuClickLike {
  readonly menuItemId: string | number;
  readonly frameId?: number;
}

export interface CommandRouterDeps {
  /** `frameId` undefined: every frame of the tab. */
  readonly sendToTab: (tabId: number, message: ToContentMessage, frameId?: number) => Promise<unknown>;
  /** The active tab, when the command came without one. */
  readonly activeTab: () => Promise<TabLike | undefined>;
  readonly logError?: (where: string, message: string) => void;
}

/** The message a keyboard command sends; undefined for a command we do not have. */
export function messageForCommand(name: string): ToContentMessage | undefined {
  const command = Object.hasOwn(COMMAND_NAMES, name) ? COMMAND_NAMES[name] : undefined;
  return command ? { type: 'toContent/keyCommand', command } : undefined;
}

export function createCommandRouter(deps: CommandRouterDeps) {
  // A tab without our content script (the browser's own pages, the store) refuses the message: nothing to do there.
  const send = (tabId: number, message: ToContentMessage, frameId?: number) =>
    deps.sendToTab(tabId, message, frameId).then(
      () => true,
      (error: unknown) => {
        deps.logError?.('command', error instanceof Error ? error.message : String(error));
        return false;
      },
    );

  return {
    /** `commands.onCommand`: to every frame of the active tab (the focused frame acts). */
    async onCommand(name: string, tab?: TabLike): Promise<boolean> {
      const message = messageForCommand(name);
      if (!message) return false;
      const id = tab?.id ?? (await deps.activeTab())?.id;
      if (id === undefined || id < 0) return false;
      return send(id, message);
    },
    /** `contextMenus.onClicked`: to the frame where the selection was. */
    async onMenuClick(info: MenuClickLike, tab?: TabLike): Promise<boolean> {
      if (info.menuItemId !== SHOW_PASSAGE_MENU_ID || tab?.id === undefined || tab.id < 0) return false;
      return send(tab.id, { type: 'toContent/showSelection' }, info.frameId ?? 0);
    },
  };
}
