import { browser } from 'wxt/browser';
import type { ToBackgroundMessage } from '../lib/messages';

/** The one way pages talk to the background worker. */
export const sendToBackground = (message: ToBackgroundMessage): Promise<unknown> => browser.runtime.sendMessage(message);

/** Answers a message from the worker: a promise of the reply, or undefined to leave it unanswered. */
export type WorkerMessageListener = (message: unknown) => Promise<unknown> | undefined;

/** And the one way they hear from it, until `signal` aborts (the content script's context went). */
export function listenToWorker(onMessage: WorkerMessageListener, signal: AbortSignal): void {
  if (signal.aborted) return;
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
}
