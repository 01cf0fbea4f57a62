import { browser } from 'wxt/browser';
import type { ToBackgroundMessage } from '../lib/messages';

/** The one way pages talk to the background worker. */
export const sendToBackground = (message: ToBackgroundMessage): Promise<unknown> => browser.runtime.sendMessage(message);
