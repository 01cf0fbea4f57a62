import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../lib/articles/types';
import { isActiveOn, withSite, type Settings } from '../lib/settings';
import { ArticleList, ArticleView } from './ArticleView';
import { Switch } from './Switch';

export interface PopupTarget {
  readonly slug?: string;
  readonly blockId?: string;
}

export interface PopupAppProps {
  readonly articles: readonly Article[];
  readonly settings: Settings;
  /** Host name of the tab the popup belongs to; undefined on extension pages. */
  readonly site?: string;
  readonly initialTarget?: PopupTarget;
  readonly onSettingsChange: (settings: Settings) => void;
}

/** How long a block the reader was sent to stays highlighted. */
export const FLASH_MS = 2000;

export function PopupApp(props: PopupAppProps) {
  const { articles, settings, site } = props;
  const single = articles.length === 1 ? articles[0].slug : undefined;
  const [slug, setSlug] = useState<string | undefined>(props.initialTarget?.slug ?? single);
  const [flash, setFlash] = useState<string | undefined>(props.initialTarget?.blockId);
  const article = articles.find((a) => a.slug === slug);

  useEffect(() => {
    if (!flash) return;
    document.getElementById(flash)?.scrollIntoView({ block: 'start' });
    const timer = setTimeout(() => setFlash(undefined), FLASH_MS);
    return () => clearTimeout(timer);
  }, [slug]);

  return (
    <div class="popup" data-theme={settings.theme}>
      <header class="popup-header">
        <span class="brand">Scripture Tooltips</span>
        <div class="switches">
          <Switch
            label="On this site"
            checked={site ? isActiveOn({ ...settings, enabled: true }, site) : false}
            disabled={!site || !settings.enabled}
            onChange={(on) => site && props.onSettingsChange(withSite(settings, site, on))}
          />
          <Switch label="Enabled" checked={settings.enabled} onChange={(on) => props.onSettingsChange({ ...settings, enabled: on })} />
        </div>
      </header>
      <main class="popup-main">
        {article ? (
          <>
            {articles.length > 1 && (
              <button type="button" class="back" onClick={() => setSlug(undefined)}>
                ← Back to list
              </button>
            )}
            <ArticleView article={article} flashBlockId={flash} />
          </>
        ) : (
          <ArticleList articles={articles} onOpen={setSlug} />
        )}
      </main>
    </div>
  );
}
