import { useEffect, useState } from 'preact/hooks';
import { DWELL_LIMITS, parseDwellInput, type Settings, type Theme } from '../lib/settings';
import { EXPLANATION_SOURCES, type ExplanationSource } from '../lib/explanations/types';
import type { TranslationId } from '../lib/bible/passage';
import { Switch } from './Switch';

export interface OptionsFormProps {
  readonly settings: Settings;
  readonly status?: string;
  readonly onChange: (settings: Settings) => void;
}

const SOURCE_LABELS: Record<ExplanationSource, string> = {
  bundled: 'Our article (bundled)',
  imported: 'Your articles',
  mhcc: 'Matthew Henry’s Concise Commentary',
  tdavid: 'The Treasury of David (Spurgeon, Psalms)',
};

/**
 * The delay field: what the reader types is kept as typed; a valid delay is
 * saved at once, anything else shows why and keeps the last good value.
 */
function DelayField({ value, onValid }: { value: number; onValid: (value: number) => void }) {
  const [draft, setDraft] = useState(String(value));
  const [message, setMessage] = useState('');
  // A change saved elsewhere (another options tab) shows here unless the reader is correcting the field.
  useEffect(() => {
    if (!message) setDraft(String(value));
  }, [value]);
  const check = (raw: string) => {
    setDraft(raw);
    const parsed = parseDwellInput(raw);
    if (!parsed.ok) return setMessage(`${parsed.message} The delay stays at ${value.toLocaleString('en')} ms.`);
    setMessage('');
    if (parsed.value !== value) onValid(parsed.value);
  };
  return (
    <label class="field">
      <span>Delay before the card shows (milliseconds)</span>
      <input
        type="number"
        name="dwellMs"
        min={DWELL_LIMITS.min}
        max={DWELL_LIMITS.max}
        step={50}
        value={draft}
        aria-invalid={message ? 'true' : undefined}
        aria-describedby={message ? 'dwell-error' : undefined}
        onInput={(e) => check((e.currentTarget as HTMLInputElement).value)}
      />
      {message && (
        <span id="dwell-error" class="field-error" role="alert" data-part="dwell-error">
          {message}
        </span>
      )}
    </label>
  );
}

/** The settings. Every change is saved at once and reaches open tabs live. */
export function OptionsForm({ settings, status, onChange }: OptionsFormProps) {
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  return (
    <form class="options" onSubmit={(e) => e.preventDefault()} aria-describedby="options-status">
      <h2>Settings</h2>
      <Switch label="Show Bible references on web pages" checked={settings.enabled} onChange={(enabled) => set({ enabled })} />
      <label class="field">
        <span>Translation</span>
        <select
          name="translation"
          value={settings.translation}
          onChange={(e) => set({ translation: (e.currentTarget as HTMLSelectElement).value as TranslationId })}
        >
          <option value="web">World English Bible (WEB)</option>
          <option value="kjv">King James Version (KJV)</option>
        </select>
      </label>
      <Switch
        label="Show explanations in the card"
        checked={settings.showExplanations}
        onChange={(showExplanations) => set({ showExplanations })}
      />
      <fieldset class="field sources" disabled={!settings.showExplanations}>
        <legend>Explain passages from</legend>
        {EXPLANATION_SOURCES.map((source) => (
          <Switch
            key={source}
            label={SOURCE_LABELS[source]}
            checked={settings.explanationSources[source]}
            onChange={(on) => set({ explanationSources: { ...settings.explanationSources, [source]: on } })}
          />
        ))}
      </fieldset>
      <DelayField value={settings.dwellMs} onValid={(dwellMs) => set({ dwellMs })} />
      <label class="field">
        <span>Theme</span>
        <select name="theme" value={settings.theme} onChange={(e) => set({ theme: (e.currentTarget as HTMLSelectElement).value as Theme })}>
          <option value="auto">Follow the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <Switch
        label="Recognise chapter-only references written with abbreviations (“Rom 8”)"
        checked={settings.chapterOnlyAbbreviations}
        onChange={(chapterOnlyAbbreviations) => set({ chapterOnlyAbbreviations })}
      />
      <label class="field">
        <span>When several articles explain a passage</span>
        <select
          name="articleOrder"
          value={settings.articleOrder}
          onChange={(e) => set({ articleOrder: (e.currentTarget as HTMLSelectElement).value as Settings['articleOrder'] })}
        >
          <option value="mine-first">Show my articles first</option>
          <option value="bundled-first">Show the bundled articles first</option>
        </select>
      </label>
      {settings.disabledSites.length > 0 && (
        <div class="field">
          <span>Turned off on</span>
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                {site}{' '}
                <button type="button" onClick={() => set({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}>
                  Turn back on
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p id="options-status" class="status" role="status" aria-live="polite">
        {status}
      </p>
    </form>
  );
}

/** Licences and attribution of the bundled texts. */
export function Licences() {
  return (
    <section class="licences" aria-labelledby="licences-heading">
      <h2 id="licences-heading">Bible texts, commentaries and licences</h2>
      <p>
        <strong>World English Bible (WEB)</strong>: public domain. “World English Bible” is a trademark of eBible.org; the text is
        shipped unchanged, from the SWORD module engWEB2015eb as packaged by Debian.
      </p>
      <p>
        <strong>King James Version (KJV)</strong>: public domain outside the United Kingdom; in the UK, rights are vested in the
        Crown (Letters Patent). From the SWORD module engKJV2006eb as packaged by Debian.
      </p>
      <h3>Commentaries</h3>
      <p>
        <strong>Matthew Henry’s Concise Commentary on the Whole Bible</strong> (Matthew Henry, 1706–1721, condensed edition):
        public domain. From the SWORD module MHCC as packaged by Debian (sword-comm-mhcc).
      </p>
      <p>
        <strong>The Treasury of David</strong> (C. H. Spurgeon, 1865–1885), his overviews and verse-by-verse exposition of the
        Psalms: public domain. From the SWORD module TDavid as packaged by Debian (sword-comm-tdavid).
      </p>
      <p>
        Everything works offline: the texts, commentaries and articles ship inside the extension, and it makes no network request.
      </p>
    </section>
  );
}
