import { isActiveOn, withSite, type Settings } from '../../lib/settings';
import { t } from '../i18n';
import { Switch } from '../Switch';

export interface PopupHeaderProps {
  readonly settings: Settings;
  /** Host name of the tab the popup belongs to; undefined on extension pages. */
  readonly site?: string;
  readonly query: string;
  readonly onQuery: (query: string) => void;
  readonly onSettingsChange: (settings: Settings) => void;
}

/**
 * The popup's name, its two switches and the search box. "On this site"
 * shows whether the site is on its own list, whatever the global switch
 * says, and can only be flipped while the extension is on.
 */
export function PopupHeader({ settings, site, query, onQuery, onSettingsChange }: PopupHeaderProps) {
  return (
    <header class="popup-header">
      <span class="brand">{t('extName')}</span>
      <div class="switches">
        <Switch
          label={t('popup.onThisSite')}
          checked={site ? isActiveOn({ ...settings, enabled: true }, site) : false}
          disabled={!site || !settings.enabled}
          onChange={(on) => site && onSettingsChange(withSite(settings, site, on))}
        />
        <Switch label={t('popup.enabled')} checked={settings.enabled} onChange={(on) => onSettingsChange({ ...settings, enabled: on })} />
      </div>
      <input
        type="search"
        class="search"
        aria-label={t('popup.searchLabel')}
        placeholder={t('popup.searchPlaceholder')}
        value={query}
        onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
      />
    </header>
  );
}
