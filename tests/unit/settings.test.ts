import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, normalizeSettings, pageEffect, parseDwellInput, shownEffect, siteHostname, withSite, type Settings } from '../../lib/settings';

describe('normalizeSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces invalid ones', () => {
    const settings = normalizeSettings({
      enabled: false,
      translation: 'niv',
      dwellMs: '450',
      theme: 'dark',
      showExplanations: 'yes',
      disabledSites: ['example.com', 42, 'bad host!', 'example.com'],
    });
    expect(settings.enabled).toBe(false);
    expect(settings.translation).toBe('web');
    expect(settings.dwellMs).toBe(450);
    expect(settings.theme).toBe('dark');
    expect(settings.showExplanations).toBe(true);
    expect(settings.disabledSites).toEqual(['example.com']);
  });

  it('clamps the dwell delay', () => {
    expect(normalizeSettings({ dwellMs: -5 }).dwellMs).toBe(0);
    expect(normalizeSettings({ dwellMs: 99999 }).dwellMs).toBe(3000);
    expect(normalizeSettings({ dwellMs: 'abc' }).dwellMs).toBe(300);
  });
});

describe('per-site switch', () => {
  it('turns one host off and on again', () => {
    const off = withSite(DEFAULT_SETTINGS, 'Example.com', false);
    expect(isActiveOn(off, 'example.com')).toBe(false);
    expect(isActiveOn(off, 'other.org')).toBe(true);
    expect(isActiveOn(withSite(off, 'example.com', true), 'example.com')).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'other.org')).toBe(false);
  });
});

describe('explanation sources', () => {
  it('keeps each stored switch, and turns on a source that was never stored', () => {
    expect(normalizeSettings({}).explanationSources).toEqual({ bundled: true, imported: true, mhcc: true, tdavid: true });
    expect(normalizeSettings({ explanationSources: { mhcc: false, tdavid: 'no', gill: false } }).explanationSources).toEqual({
      bundled: true,
      imported: true,
      mhcc: false,
      tdavid: true,
    });
    expect(normalizeSettings({ explanationSources: [false] }).explanationSources.bundled).toBe(true);
  });
});

describe('parseDwellInput', () => {
  it('accepts whole milliseconds within 0–3000', () => {
    expect(parseDwellInput('450')).toEqual({ ok: true, value: 450 });
    expect(parseDwellInput(' 0 ')).toEqual({ ok: true, value: 0 });
    expect(parseDwellInput('3000')).toEqual({ ok: true, value: 3000 });
    expect(parseDwellInput('250.4')).toEqual({ ok: true, value: 250 });
  });

  it('refuses empty, out-of-range and non-numbers with the reason, never clamping', () => {
    expect(parseDwellInput('')).toEqual({ ok: false, problem: 'empty', input: '' });
    expect(parseDwellInput('5000')).toEqual({ ok: false, problem: 'out-of-range', input: '5000' });
    expect(parseDwellInput('-5')).toEqual({ ok: false, problem: 'out-of-range', input: '-5' });
    expect(parseDwellInput('1e3')).toEqual({ ok: false, problem: 'not-a-number', input: '1e3' });
  });
});

describe('siteHostname', () => {
  it('is the tab\'s site: the top document, else the last ancestor origin, else the frame itself', () => {
    expect(siteHostname({ ownHostname: '', topHostname: 'example.org' })).toBe('example.org');
    expect(siteHostname({ ownHostname: 'widget.example.com', ancestorOrigins: ['https://mid.example.net', 'https://blog.example.org'] })).toBe('blog.example.org');
    expect(siteHostname({ ownHostname: 'widget.example.com', ancestorOrigins: ['null'] })).toBe('widget.example.com');
    expect(siteHostname({ ownHostname: 'widget.example.com' })).toBe('widget.example.com');
  });
});

describe('pageEffect', () => {
  const site = 'example.com';
  const on: Settings = DEFAULT_SETTINGS;
  const effect = (change: Partial<Settings>, before: Settings = on) => pageEffect(before, { ...before, ...change }, site);

  it('starts and stops with the global switch', () => {
    expect(effect({ enabled: false })).toBe('stop');
    expect(effect({ enabled: true }, { ...on, enabled: false })).toBe('start');
  });

  it('starts and stops with this site\'s switch, whatever the case of its name, and not with another site\'s', () => {
    expect(pageEffect(on, withSite(on, site, false), site)).toBe('stop');
    expect(pageEffect(withSite(on, site, false), on, site)).toBe('start');
    expect(pageEffect(on, withSite(on, site, false), 'Example.COM')).toBe('stop');
    expect(pageEffect(on, withSite(on, 'other.org', false), site)).toBe('none');
  });

  it('rescans when what counts as a reference changes', () => {
    expect(effect({ chapterOnlyAbbreviations: true })).toBe('rescan');
    expect(effect({ chapterOnlyAbbreviations: false }, { ...on, chapterOnlyAbbreviations: true })).toBe('rescan');
  });

  it('a rescan wins over a refresh when one change brings both', () => {
    expect(effect({ chapterOnlyAbbreviations: true, translation: 'kjv' })).toBe('rescan');
  });

  it('refreshes when what the cards show changes', () => {
    expect(effect({ translation: 'kjv' })).toBe('refresh');
    expect(effect({ showExplanations: false })).toBe('refresh');
    expect(effect({ articleOrder: 'bundled-first' })).toBe('refresh');
    expect(effect({ explanationSources: { ...on.explanationSources, mhcc: false } })).toBe('refresh');
    expect(effect({ explanationSources: { ...on.explanationSources, imported: false } })).toBe('refresh');
  });

  it('does nothing for what each card reads as it opens, or for no change', () => {
    expect(effect({ dwellMs: 900 })).toBe('none');
    expect(effect({ theme: 'dark' })).toBe('none');
    expect(effect({})).toBe('none');
    expect(effect({ explanationSources: { ...on.explanationSources } })).toBe('none');
  });

  it('does nothing while the tooltips stay off, whatever else changed', () => {
    const off = { ...on, enabled: false };
    expect(effect({ translation: 'kjv', chapterOnlyAbbreviations: true }, off)).toBe('none');
    expect(pageEffect(withSite(on, site, false), { ...withSite(on, site, false), showExplanations: false }, site)).toBe('none');
  });

  it('starts rather than refreshes when the switch and the translation change together', () => {
    expect(effect({ enabled: true, translation: 'kjv' }, { ...on, enabled: false })).toBe('start');
    expect(effect({ enabled: false, chapterOnlyAbbreviations: true })).toBe('stop');
  });
});

describe('shownEffect', () => {
  it("is what pageEffect asks of tooltips that keep running, whatever the switches say (an extension page's own text)", () => {
    const off = { ...DEFAULT_SETTINGS, enabled: false };
    expect(shownEffect(off, { ...off, chapterOnlyAbbreviations: true })).toBe('rescan');
    expect(shownEffect(DEFAULT_SETTINGS, { ...off, translation: 'kjv' })).toBe('refresh');
    expect(shownEffect(DEFAULT_SETTINGS, withSite(off, 'example.com', false))).toBe('none');
  });
});
