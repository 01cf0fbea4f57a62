/**
 * User settings: their defaults, and how stored values are read back.
 *
 * Settings are stored by platform/settings-store.ts (the fixed-size part in
 * `storage.sync`, the growing site list in `storage.local`). Whatever is stored (an
 * older version's shape, a hand-edited value, nothing at all) is read
 * through `normalizeSettings`, which keeps every valid field and falls back
 * to the default for the rest, so a bad value never disables the extension.
 */
import { TRANSLATIONS, type TranslationId } from './bible/bible-data';
import type { ArticleOrder } from './articles/explain';
import { EXPLANATION_SOURCES, type ExplanationSources } from './explanations/types';

export type Theme = 'auto' | 'light' | 'dark';

export interface Settings {
  /** Global switch. */
  readonly enabled: boolean;
  /** Host names where the user turned the extension off ("On this site"). */
  readonly disabledSites: readonly string[];
  readonly translation: TranslationId;
  /** Show the article's explanation under the passage in the card. */
  readonly showExplanations: boolean;
  /** How long the pointer rests on a reference before the card shows. */
  readonly dwellMs: number;
  readonly theme: Theme;
  /** Accept chapter-only references written with abbreviations ("Rom 8"). */
  readonly chapterOnlyAbbreviations: boolean;
  /** Whose explanation wins a tie: the reader's imported articles or the bundled ones. */
  readonly articleOrder: ArticleOrder;
  /** Which sources may explain a passage: our article, the reader's, each commentary. */
  readonly explanationSources: ExplanationSources;
}

export const SETTINGS_STORAGE_KEY = 'settings';

/**
 * 300 ms: long enough that a pointer sweeping across a page does not flash
 * cards, short enough to feel like a response to resting on the word. (MediaWiki
 * Page Previews waits 500 ms; our targets are short and deliberate.)
 */
const DEFAULT_DWELL_MS = 300;
export const DWELL_LIMITS = { min: 0, max: 3000 } as const;

/**
 * What the reader typed in the delay field: a whole number of milliseconds
 * within DWELL_LIMITS, or the reason it is not. Nothing is clamped or
 * guessed: the form keeps the last good value and shows the message.
 */
/** Why a typed delay was refused; the options page says it in the reader's language. */
export type DwellProblem = 'empty' | 'not-a-number' | 'out-of-range';

/** A delay as typed: whole milliseconds within DWELL_LIMITS, never clamped; otherwise what is wrong with it. */
export function parseDwellInput(raw: string): { ok: true; value: number } | { ok: false; problem: DwellProblem; input: string } {
  const input = raw.trim();
  if (input === '') return { ok: false, problem: 'empty', input };
  if (!/^-?\d+(\.\d+)?$/.test(input)) return { ok: false, problem: 'not-a-number', input };
  const value = Math.round(Number(input));
  if (value < DWELL_LIMITS.min || value > DWELL_LIMITS.max) return { ok: false, problem: 'out-of-range', input };
  return { ok: true, value };
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  translation: 'web',
  showExplanations: true,
  dwellMs: DEFAULT_DWELL_MS,
  theme: 'auto',
  chapterOnlyAbbreviations: false,
  articleOrder: 'mine-first',
  explanationSources: { bundled: true, imported: true, mhcc: true, tdavid: true },
};

const HOST_SHAPE = /^[a-z0-9.-]{1,253}(:\d{1,5})?$/;

/** Each source keeps a stored true/false; a missing or odd value means on, as a new source would be. */
function normalizeSources(raw: unknown): ExplanationSources {
  const stored = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return Object.fromEntries(
    EXPLANATION_SOURCES.map((source) => [source, typeof stored[source] === 'boolean' ? stored[source] : DEFAULT_SETTINGS.explanationSources[source]]),
  ) as unknown as ExplanationSources;
}

export function normalizeSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const pick = <T>(key: keyof Settings, valid: (v: unknown) => boolean): T =>
    (valid(value[key]) ? value[key] : DEFAULT_SETTINGS[key]) as T;
  const isBool = (v: unknown) => typeof v === 'boolean';
  const dwell = Number(value.dwellMs);
  return {
    enabled: pick('enabled', isBool),
    disabledSites: Array.isArray(value.disabledSites)
      ? [...new Set(value.disabledSites.filter((h): h is string => typeof h === 'string' && HOST_SHAPE.test(h)))]
      : [],
    translation: pick('translation', (v) => TRANSLATIONS.includes(v as TranslationId)),
    showExplanations: pick('showExplanations', isBool),
    dwellMs:
      Number.isFinite(dwell) && value.dwellMs !== null && value.dwellMs !== ''
        ? Math.round(Math.min(DWELL_LIMITS.max, Math.max(DWELL_LIMITS.min, dwell)))
        : DEFAULT_DWELL_MS,
    theme: pick('theme', (v) => v === 'auto' || v === 'light' || v === 'dark'),
    chapterOnlyAbbreviations: pick('chapterOnlyAbbreviations', isBool),
    articleOrder: pick('articleOrder', (v) => v === 'mine-first' || v === 'bundled-first'),
    explanationSources: normalizeSources(value.explanationSources),
  };
}

/** Whether the extension should decorate pages on this host. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname.toLowerCase());
}

/**
 * What a settings change asks of the tooltips on a page of `site`: start or
 * stop them (the extension turned on or off there), read the page again (a
 * setting that changes what counts as a reference), forget what the cards
 * showed (a setting that changes what they show), or nothing (the rest, such
 * as the delay and the theme, are read as each card opens). One answer per
 * change, so a rescan also forgets what the cards showed: a synced change can
 * bring both kinds at once.
 */
export type PageEffect = 'start' | 'stop' | 'rescan' | 'refresh' | 'none';

export function pageEffect(before: Settings, after: Settings, site: string): PageEffect {
  const wasOn = isActiveOn(before, site);
  const isOn = isActiveOn(after, site);
  if (wasOn !== isOn) return isOn ? 'start' : 'stop';
  return isOn ? shownEffect(before, after) : 'none';
}

/** What a settings change asks of tooltips that keep running: on a page where they stay on, or on an extension page's own text. */
export type ShownEffect = Extract<PageEffect, 'rescan' | 'refresh' | 'none'>;

export function shownEffect(before: Settings, after: Settings): ShownEffect {
  if (after.chapterOnlyAbbreviations !== before.chapterOnlyAbbreviations) return 'rescan';
  const shownDiffers =
    after.translation !== before.translation ||
    after.showExplanations !== before.showExplanations ||
    after.articleOrder !== before.articleOrder ||
    EXPLANATION_SOURCES.some((source) => after.explanationSources[source] !== before.explanationSources[source]);
  return shownDiffers ? 'refresh' : 'none';
}

/** Running tooltips, as a settings change reaches them (hover/scripture-tooltips.ts). */
export interface FollowsSettings {
  /** Read the page again. */
  rescan(): void;
  /** Forget what the cards showed. */
  refresh(): void;
}

/** Does what a change asks of running tooltips; a rescan forgets what the cards showed too (see PageEffect). */
export function followShownEffect(tooltips: FollowsSettings, effect: ShownEffect): void {
  if (effect === 'none') return;
  tooltips.refresh();
  if (effect === 'rescan') tooltips.rescan();
}

/**
 * The site a frame belongs to, for the per-site switch: the tab's site (the
 * host the popup's "On this site" names), so a comment widget from another
 * origin follows the page it is embedded in. `topHostname` when the top
 * document can be read (same origin, srcdoc, about:blank), else the last of
 * `ancestorOrigins` (Chromium), else the frame's own host.
 */
export function siteHostname(frame: { ownHostname: string; topHostname?: string; ancestorOrigins?: readonly string[] }): string {
  if (frame.topHostname) return frame.topHostname;
  const top = frame.ancestorOrigins?.[frame.ancestorOrigins.length - 1];
  if (top) {
    try {
      const host = new URL(top).hostname;
      if (host) return host;
    } catch {
      // An opaque origin ("null"): fall back to the frame's own host.
    }
  }
  return frame.ownHostname;
}

/** Turns the "On this site" switch for one host, returning new settings. */
export function withSite(settings: Settings, hostname: string, on: boolean): Settings {
  const host = hostname.toLowerCase();
  const others = settings.disabledSites.filter((h) => h !== host);
  return { ...settings, disabledSites: on ? others : [...others, host] };
}
