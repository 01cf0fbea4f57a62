/**
 * Messages from the background worker to a tab's content script
 * (`toContent/...`): the keyboard commands and the context-menu item.
 * Validated like the `toBackground/...` ones (lib/messages.ts), because the
 * content script must never act on a message it does not understand.
 */

/** What a keyboard command asks the page to do. */
export type KeyCommand = 'show' | 'next' | 'previous';

const KEY_COMMANDS: readonly KeyCommand[] = ['show', 'next', 'previous'];

/**
 * A keyboard command. It goes to every frame of the active tab; only the
 * frame that has the keyboard focus acts on it.
 */
interface KeyCommandMessage {
  readonly type: 'toContent/keyCommand';
  readonly command: KeyCommand;
}

/** "Show the passage" from the context menu: preview the first reference in the selection (sent to the frame it was in). */
interface ShowSelectionMessage {
  readonly type: 'toContent/showSelection';
}

export type ToContentMessage = KeyCommandMessage | ShowSelectionMessage;

const isKeyCommand = (value: unknown): value is KeyCommand => (KEY_COMMANDS as readonly unknown[]).includes(value);

/** Returns the typed message, or a string that says what is wrong with it. */
export function parseToContentMessage(value: unknown): ToContentMessage | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'message must be an object';
  const { type } = value as Record<string, unknown>;
  switch (type) {
    case 'toContent/keyCommand': {
      const { command } = value as Record<string, unknown>;
      if (!isKeyCommand(command)) return `keyCommand: "command" must be one of ${KEY_COMMANDS.join(', ')}`;
      return { type, command };
    }
    case 'toContent/showSelection':
      return { type };
    default:
      return `unknown message type ${JSON.stringify(type)}`;
  }
}
