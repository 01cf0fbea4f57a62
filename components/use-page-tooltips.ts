import { useEffect, useRef } from 'preact/hooks';
import type { Settings } from '../lib/settings';

/** Makes a page's references hoverable, reading the settings through the getter it is given, until stopped. */
export type StartTooltips = (settings: () => Settings) => { stop(): void };

/**
 * The tooltips of an extension page's own text: started once the page has
 * rendered, always reading the settings of the latest render (a switch
 * flipped in the popup applies to the next card), stopped with the page.
 */
export function usePageTooltips(start: StartTooltips, settings: Settings): void {
  const current = useRef(settings);
  current.current = settings;
  useEffect(() => {
    const tooltips = start(() => current.current);
    return () => tooltips.stop();
  }, []);
}
