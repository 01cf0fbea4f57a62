import { useEffect, useRef } from 'preact/hooks';
import { followShownEffect, shownEffect, type FollowsSettings, type Settings } from '../lib/settings';

/** An extension page's tooltips: told of each settings change that matters, stopped with the page. */
type PageTooltips = FollowsSettings & { stop(): void };

/** Makes a page's references hoverable, reading the settings through the getter it is given, until stopped. */
export type StartTooltips = (settings: () => Settings) => PageTooltips;

/**
 * The tooltips of an extension page's own text: started once the page has
 * rendered, always reading the settings of the latest render (a switch
 * flipped in the popup applies to the next card), stopped with the page.
 * A change that alters what counts as a reference reads the page again, and
 * one that alters what the cards show forgets what they showed, as on web
 * pages (hover/page-lifecycle.ts); the page's own text stays hoverable
 * whether or not the extension is on for the tab's site.
 */
export function usePageTooltips(start: StartTooltips, settings: Settings): void {
  const current = useRef(settings);
  current.current = settings;
  const tooltips = useRef<PageTooltips>(undefined);
  const followed = useRef(settings);
  useEffect(() => {
    const started = start(() => current.current);
    tooltips.current = started;
    return () => started.stop();
  }, []);
  useEffect(() => {
    const effect = shownEffect(followed.current, settings);
    followed.current = settings;
    if (tooltips.current) followShownEffect(tooltips.current, effect);
  }, [settings]);
}
