import { useEffect, useState } from 'preact/hooks';
import type { PopupTarget, ReadingPosition } from '../lib/popup-view';
import type { Settings } from '../lib/settings';
import type { ArticleStoreApi, SettingsStore } from '../platform/stores';
import { PopupApp, type ReadingClient } from './PopupApp';
import { usePageTooltips, type StartTooltips } from './use-page-tooltips';
import { useSettings } from './use-settings';

export interface PopupPageProps {
  readonly client: ReadingClient & { clear(): void };
  readonly settingsStore: SettingsStore;
  readonly initialSettings: Settings;
  /** Told of the reader's imports, so the list and the open article are read again. */
  readonly watchArticles: NonNullable<ArticleStoreApi['watch']>;
  readonly site?: string;
  readonly initialTarget?: PopupTarget;
  readonly restore?: ReadingPosition;
  readonly onReadingChange: (position: ReadingPosition) => void;
  /** Makes the popup's own references hoverable, with the settings now in force. */
  readonly startTooltips: StartTooltips;
}

/**
 * The popup: the reading view with its switches. A switch the browser
 * refuses to save goes back to what is stored, and the reader is told why.
 */
export function PopupPage(props: PopupPageProps) {
  const { client } = props;
  const { settings, save, change } = useSettings(props.settingsStore, props.initialSettings);
  const [catalogueVersion, setCatalogueVersion] = useState(0);
  usePageTooltips(props.startTooltips, settings);
  useEffect(() => {
    client.clear();
  }, [settings]);
  useEffect(() => {
    const stop = new AbortController();
    props.watchArticles(() => {
      client.clear();
      setCatalogueVersion((n) => n + 1);
    }, stop.signal);
    return () => stop.abort();
  }, []);
  return (
    <>
      <p class="save-error" role="alert" data-part="save-error" hidden={save.kind !== 'failed'}>
        {save.kind === 'failed' ? save.message : ''}
      </p>
      <PopupApp
        client={client}
        catalogueVersion={catalogueVersion}
        settings={settings}
        site={props.site}
        initialTarget={props.initialTarget}
        restore={props.restore}
        onReadingChange={props.onReadingChange}
        onSettingsChange={change}
      />
    </>
  );
}
