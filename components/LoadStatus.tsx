import type { Loadable } from './use-loadable';
import { t } from './i18n';

/** What a view shows while its data loads, or why it could not. */
export function LoadStatus({ state }: { state: Loadable<unknown> }) {
  if (state.status === 'error') return <p class="status error" role="alert">{state.message}</p>;
  return <p class="status" aria-busy="true">
      {t('common.loading')}
    </p>;
}
