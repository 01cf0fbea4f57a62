import { useEffect, useState } from 'preact/hooks';
import { DWELL_LIMITS, parseDwellInput, type DwellProblem, type Settings, type Theme } from '../lib/settings';
import { EXPLANATION_SOURCES, type ExplanationSource } from '../lib/explanations/types';
import { TRANSLATIONS, type TranslationId } from '../lib/bible/bible-data';
import { Switch } from './Switch';
import { t } from './i18n';

export interface OptionsFormProps {
  readonly settings: Settings;
  readonly status?: string;
  readonly onChange: (settings: Settings) => void;
}

// Read when drawn, so the words are the UI language's.
/** One label per translation of TRANSLATIONS (lib/bible/bible-data.ts): a new one fails to compile until named here. */
const TRANSLATION_LABELS: Record<TranslationId, () => string> = {
  web: () => t('options.translationWeb'),
  kjv: () => t('options.translationKjv'),
};

const SOURCE_LABELS: Record<ExplanationSource, () => string> = {
  bundled: () => t('options.sourceBundled'),
  imported: () => t('options.sourceImported'),
  mhcc: () => t('options.sourceMhcc'),
  tdavid: () => t('options.sourceTdavid'),
};

/** What is wrong with a typed delay, in the reader's language. */
function dwellProblem(problem: DwellProblem, input: string): string {
  const [min, max] = [String(DWELL_LIMITS.min), String(DWELL_LIMITS.max)];
  if (problem === 'empty') return t('options.dwellEmpty', [min, max]);
  if (problem === 'not-a-number') return t('options.dwellNotNumber', [input, min, max]);
  return t('options.dwellOutOfRange', [input, min, max]);
}

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
    if (!parsed.ok) return setMessage(`${dwellProblem(parsed.problem, parsed.input)} ${t('options.dwellKept', [String(value)])}`);
    setMessage('');
    if (parsed.value !== value) onValid(parsed.value);
  };
  return (
    <label class="field">
      <span>{t('options.dwell')}</span>
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
      <h2>{t('options.settings')}</h2>
      <Switch label={t('options.enabled')} checked={settings.enabled} onChange={(enabled) => set({ enabled })} />
      <label class="field">
        <span>{t('options.translation')}</span>
        <select
          name="translation"
          value={settings.translation}
          onChange={(e) => set({ translation: (e.currentTarget as HTMLSelectElement).value as TranslationId })}
        >
          {TRANSLATIONS.map((id) => (
            <option key={id} value={id}>
              {TRANSLATION_LABELS[id]()}
            </option>
          ))}
        </select>
      </label>
      <Switch
        label={t('options.showExplanations')}
        checked={settings.showExplanations}
        onChange={(showExplanations) => set({ showExplanations })}
      />
      <fieldset class="field sources" disabled={!settings.showExplanations}>
        <legend>{t('options.sources')}</legend>
        {EXPLANATION_SOURCES.map((source) => (
          <Switch
            key={source}
            label={SOURCE_LABELS[source]()}
            checked={settings.explanationSources[source]}
            onChange={(on) => set({ explanationSources: { ...settings.explanationSources, [source]: on } })}
          />
        ))}
      </fieldset>
      <DelayField value={settings.dwellMs} onValid={(dwellMs) => set({ dwellMs })} />
      <label class="field">
        <span>{t('options.theme')}</span>
        <select name="theme" value={settings.theme} onChange={(e) => set({ theme: (e.currentTarget as HTMLSelectElement).value as Theme })}>
          <option value="auto">{t('options.themeAuto')}</option>
          <option value="light">{t('options.themeLight')}</option>
          <option value="dark">{t('options.themeDark')}</option>
        </select>
      </label>
      <Switch
        label={t('options.chapterOnlyAbbreviations')}
        checked={settings.chapterOnlyAbbreviations}
        onChange={(chapterOnlyAbbreviations) => set({ chapterOnlyAbbreviations })}
      />
      <label class="field">
        <span>{t('options.articleOrder')}</span>
        <select
          name="articleOrder"
          value={settings.articleOrder}
          onChange={(e) => set({ articleOrder: (e.currentTarget as HTMLSelectElement).value as Settings['articleOrder'] })}
        >
          <option value="mine-first">{t('options.mineFirst')}</option>
          <option value="bundled-first">{t('options.bundledFirst')}</option>
        </select>
      </label>
      {settings.disabledSites.length > 0 && (
        <div class="field">
          <span>{t('options.turnedOffOn')}</span>
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                {site}{' '}
                <button type="button" onClick={() => set({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}>
                  {t('options.turnBackOn')}
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
