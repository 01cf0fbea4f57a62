/**
 * The manifest keys the stores look at, per browser. Kept apart from
 * wxt.config.ts so the rules can be unit-tested and read in one place;
 * docs/store.md and ADR 5 explain each value.
 */
/**
 * The add-on ID on addons.mozilla.org. It never changes once published:
 * Firefox keys the reader's stored settings and articles by it.
 */
export const GECKO_ID = '{d45a2607-6de6-4156-b1aa-fb58e9c3bdc0}';

/** Firefox 140: the first with the CSS Custom Highlight API (and an ESR). */
export const FIREFOX_MIN_VERSION = '140.0';

/** Firefox for Android 142: the first that reads data_collection_permissions. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** Chrome 123: the card's colours use light-dark(). */
export const CHROME_MIN_VERSION = '123';

/** The Firefox-only highlight style (see platform/firefox-highlight.css). */
export const FIREFOX_HIGHLIGHT_CSS = {
  source: 'platform/firefox-highlight.css',
  dest: 'content-scripts/firefox-highlight.css',
} as const;

/** The keys one browser's store requires, to spread into the WXT manifest. */
export function storeManifest(browser: string): Record<string, unknown> {
  if (browser === 'firefox') {
    return {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: FIREFOX_MIN_VERSION,
          // Nothing leaves the reader's machine: no data is collected, so none is asked for.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
      },
    };
  }
  return { minimum_chrome_version: CHROME_MIN_VERSION };
}

/** Adds the Firefox highlight style after the content script's own CSS. */
export function withFirefoxHighlightFallback(manifest: { content_scripts?: Array<{ css?: string[] }> }): void {
  for (const script of manifest.content_scripts ?? []) {
    if (!script.css?.length) continue;
    if (!script.css.includes(FIREFOX_HIGHLIGHT_CSS.dest)) script.css.push(FIREFOX_HIGHLIGHT_CSS.dest);
  }
}

/** The permissions docs/store.md justifies, one by one. A new one must be justified there first. */
export const JUSTIFIED_PERMISSIONS = ['storage', 'activeTab', 'contextMenus'] as const;

/** Chrome Web Store limits on listing text taken from the manifest. */
const CHROME_NAME_MAX = 75;
const CHROME_DESCRIPTION_MAX = 132;

type AnyManifest = Record<string, unknown> & {
  manifest_version?: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: unknown;
  background?: { persistent?: boolean; service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } } };
};

/** What a store would reject or question in a built manifest; empty when it is ready. */
export function manifestProblems(manifest: AnyManifest, browser: 'chrome' | 'firefox'): string[] {
  const problems: string[] = [];
  const unjustified = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])].filter(
    (p) => !(JUSTIFIED_PERMISSIONS as readonly string[]).includes(p),
  );
  if (unjustified.length) problems.push(`permissions not justified in docs/store.md: ${unjustified.join(', ')}`);
  if (manifest.host_permissions?.length) problems.push(`host permissions are not needed and not justified: ${manifest.host_permissions.join(', ')}`);
  if (JSON.stringify(manifest.content_security_policy ?? '').match(/unsafe-eval|https?:/)) {
    problems.push('the content security policy allows eval or remote code');
  }
  if (manifest.background?.persistent === true) problems.push('the background is persistent; it must be an event page or a service worker');
  if (browser === 'chrome') {
    if (manifest.manifest_version !== 3) problems.push('the Chrome Web Store takes only Manifest V3');
    if (manifest.minimum_chrome_version !== CHROME_MIN_VERSION) problems.push(`minimum_chrome_version must be "${CHROME_MIN_VERSION}"`);
    if (String(manifest.name ?? '').length > CHROME_NAME_MAX) problems.push(`name is over ${CHROME_NAME_MAX} characters`);
    if (String(manifest.description ?? '').length > CHROME_DESCRIPTION_MAX) problems.push(`description is over ${CHROME_DESCRIPTION_MAX} characters`);
  } else {
    const gecko = manifest.browser_specific_settings?.gecko;
    if (gecko?.id !== GECKO_ID) problems.push(`browser_specific_settings.gecko.id must be ${GECKO_ID}`);
    if (gecko?.strict_min_version !== FIREFOX_MIN_VERSION) problems.push(`strict_min_version must be ${FIREFOX_MIN_VERSION}`);
    if (JSON.stringify(gecko?.data_collection_permissions?.required) !== '["none"]') {
      problems.push('data_collection_permissions must declare required: ["none"]');
    }
  }
  return problems;
}

export interface LintMessage {
  readonly code: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

/**
 * web-ext lint warns about every `innerHTML =` in the bundle. Two are
 * Preact's own: its renderer's `dangerouslySetInnerHTML` branch, which we
 * never use (docs/store.md). A warning is accepted only when the code at its
 * position is that branch; any other warning, error or notice is reported.
 */
export function unexpectedLintMessages(
  result: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] },
  sourceAt: (file: string, line: number, column: number) => string,
): LintMessage[] {
  const isPreactInnerHtml = (m: LintMessage) =>
    m.code === 'UNSAFE_VAR_ASSIGNMENT' &&
    !!m.file &&
    m.line !== undefined &&
    m.column !== undefined &&
    /\.innerHTML=\w+\.__html/.test(sourceAt(m.file, m.line, m.column));
  return [...result.errors, ...result.notices, ...result.warnings.filter((m) => !isPreactInnerHtml(m))];
}

/** The text around a 1-based line and 0-based column, as addons-linter reports positions. */
export function textAround(source: string, line: number, column: number, radius = 40): string {
  const text = source.split('\n')[line - 1] ?? '';
  return text.slice(Math.max(0, column - radius), column + radius);
}
