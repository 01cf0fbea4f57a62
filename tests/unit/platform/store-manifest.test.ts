import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHROME_MIN_VERSION,
  FIREFOX_HIGHLIGHT_CSS,
  FIREFOX_MIN_VERSION,
  GECKO_ID,
  manifestProblems,
  storeManifest,
  textAround,
  unexpectedLintMessages,
  withFirefoxHighlightFallback,
} from '../../../scripts/store-manifest';

const base = {
  manifest_version: 3,
  name: 'Scripture Tooltips',
  description: 'Bible references on any page.',
  permissions: ['storage', 'activeTab'],
  content_scripts: [{ matches: ['<all_urls>'], js: ['content-scripts/content.js'], css: ['content-scripts/content.css'] }],
};

describe('store manifest keys', () => {
  it('gives Firefox an ID, a minimum version and "no data collected"; Chrome its minimum version', () => {
    const firefox = { ...base, ...storeManifest('firefox') };
    const chrome = { ...base, ...storeManifest('chrome') };
    expect(manifestProblems(firefox, 'firefox')).toEqual([]);
    expect(manifestProblems(chrome, 'chrome')).toEqual([]);
    expect(firefox).toMatchObject({
      browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['none'] } } },
    });
    expect(chrome).toMatchObject({ minimum_chrome_version: CHROME_MIN_VERSION });
    expect(chrome).not.toHaveProperty('browser_specific_settings');
  });

  it('names what a store would reject', () => {
    expect(manifestProblems({ ...base, manifest_version: 2 }, 'chrome')).toEqual([
      'the Chrome Web Store takes only Manifest V3',
      `minimum_chrome_version must be "${CHROME_MIN_VERSION}"`,
    ]);
    expect(manifestProblems({ ...base, permissions: ['storage', 'tabs'], host_permissions: ['<all_urls>'] }, 'firefox')).toEqual(
      expect.arrayContaining([
        'permissions not justified in docs/store.md: tabs',
        'host permissions are not needed and not justified: <all_urls>',
        `browser_specific_settings.gecko.id must be ${GECKO_ID}`,
        'data_collection_permissions must declare required: ["none"]',
      ]),
    );
    expect(manifestProblems({ ...base, ...storeManifest('firefox'), background: { persistent: true, scripts: ['b.js'] } }, 'firefox')).toEqual([
      'the background is persistent; it must be an event page or a service worker',
    ]);
    expect(manifestProblems({ ...base, ...storeManifest('chrome'), content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } }, 'chrome')).toEqual([
      'the content security policy allows eval or remote code',
    ]);
    expect(manifestProblems({ ...base, ...storeManifest('chrome'), description: 'x'.repeat(133) }, 'chrome')).toEqual(['description is over 132 characters']);
  });

  it('adds the Firefox highlight style after the content CSS, once', () => {
    const manifest = structuredClone({ ...base, manifest_version: 3 as const, version: '1' });
    withFirefoxHighlightFallback(manifest);
    withFirefoxHighlightFallback(manifest);
    expect(manifest.content_scripts[0].css).toEqual(['content-scripts/content.css', FIREFOX_HIGHLIGHT_CSS.dest]);
    expect(readFileSync(FIREFOX_HIGHLIGHT_CSS.source, 'utf8')).toMatch(/::highlight\(scripture-ref\)\s*\{\s*background-color:/);
  });
});

describe('web-ext lint verdict', () => {
  const preact = 'u==`dangerouslySetInnerHTML`?d=m:0;d?(s||(e.innerHTML=d.__html),t.__k=[]):0';
  const ours = 'el.innerHTML=userText;';
  const warning = (file: string) => ({ code: 'UNSAFE_VAR_ASSIGNMENT', file, line: 1, column: 40, message: 'Unsafe assignment to innerHTML' });
  const sources: Record<string, string> = { 'content.js': preact, 'popup.js': ours };
  const sourceAt = (file: string, line: number, column: number) => textAround(sources[file], line, column);

  it("accepts only Preact's dangerouslySetInnerHTML branch", () => {
    expect(unexpectedLintMessages({ errors: [], notices: [], warnings: [warning('content.js')] }, sourceAt)).toEqual([]);
  });

  it('reports an innerHTML of our own, and every error and notice', () => {
    const error = { code: 'ADDON_ID_REQUIRED', message: 'The add-on ID is required' };
    const notice = { code: 'SOMETHING', message: 'A notice' };
    expect(unexpectedLintMessages({ errors: [error], notices: [notice], warnings: [warning('content.js'), warning('popup.js')] }, sourceAt)).toEqual([
      error,
      notice,
      warning('popup.js'),
    ]);
  });
});
