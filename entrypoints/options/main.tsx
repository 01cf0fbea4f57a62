/** Options page: wiring only. Loads the settings, saves every change at once. */
import { render } from 'preact';
import { Licences, OptionsForm } from '../../components/OptionsForm';
import { loadSettings, saveSettings, watchSettings } from '../../extension/settings-store';
import { normalizeSettings, type Settings } from '../../lib/settings';
import './options.css';

async function main() {
  const root = document.getElementById('app')!;
  let settings = await loadSettings();
  let status = '';
  const draw = () =>
    render(
      <>
        <h1>Scripture Tooltips</h1>
        <OptionsForm settings={settings} status={status} onChange={change} />
        <Licences />
      </>,
      root,
    );
  function change(next: Settings) {
    settings = normalizeSettings(next);
    status = 'Saving…';
    draw();
    saveSettings(settings).then(
      () => {
        status = 'Saved. Open tabs use the new settings now.';
        draw();
      },
      (error: unknown) => {
        status = `Not saved: ${error instanceof Error ? error.message : String(error)}`;
        draw();
      },
    );
  }
  watchSettings((next) => {
    settings = next;
    draw();
  });
  draw();
}

void main();
