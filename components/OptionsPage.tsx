import type { Settings } from '../lib/settings';
import { ArticleImport, type ArticleStoreApi } from './ArticleImport';
import { t } from './i18n';
import { Licences } from './Licences';
import { OptionsForm } from './OptionsForm';
import type { SettingsStore } from '../platform/stores';
import { useSettings, type SaveState } from './use-settings';

export interface OptionsPageProps {
  readonly settingsStore: SettingsStore;
  readonly initialSettings: Settings;
  readonly articleStore: ArticleStoreApi;
  readonly parseHtml: (html: string) => Document;
  /** Slugs an import may not take (the bundled articles' and the commentaries'). */
  readonly reservedSlugs: readonly string[];
}

function statusText(save: SaveState): string {
  if (save.kind === 'saving') return t('options.saving');
  if (save.kind === 'saved') return t('options.saved');
  return save.kind === 'failed' ? save.message : '';
}

/** The options page: the settings, saved at once, then "Your articles" and the licences. */
export function OptionsPage(props: OptionsPageProps) {
  const { settings, save, change } = useSettings(props.settingsStore, props.initialSettings);
  return (
    <>
      <h1>{t('extName')}</h1>
      <OptionsForm settings={settings} status={statusText(save)} onChange={change} />
      <ArticleImport store={props.articleStore} parseHtml={props.parseHtml} reservedSlugs={props.reservedSlugs} />
      <Licences />
    </>
  );
}
