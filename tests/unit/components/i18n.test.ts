// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { localizePage, t } from '../../../components/i18n';
import { useTestLocale } from '../setup/browser';

afterEach(() => {
  document.documentElement.lang = '';
  document.title = '';
});

describe('localizePage', () => {
  it('gives the page the UI\'s language and the title it is given', () => {
    localizePage(document, t('extName'));
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Scripture Tooltips');
  });

  it('follows the browser\'s language', () => {
    useTestLocale('es');
    localizePage(document, t('options.pageTitle'));
    expect(document.documentElement.lang).toBe('es');
    expect(document.title).toBe('Scripture Tooltips — Opciones');
  });
});
