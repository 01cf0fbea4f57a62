import type { ImportMessage } from '../../lib/articles/import-state';
import { t } from '../i18n';
import { messageText } from './import-text';

interface ImportMessagesProps {
  readonly status?: ImportMessage;
  readonly error?: ImportMessage;
  /** Offered after a delete. */
  readonly onUndo?: () => void;
  readonly working: boolean;
}

/** Progress and success (with "Undo" after a delete), and what went wrong. */
export function ImportMessages({ status, error, onUndo, working }: ImportMessagesProps) {
  return (
    <div class="messages">
      {/* The live region is always there, so a message added to it is announced; the status element itself appears only
          with something to say, so the page has one role="status" at rest (the settings form's). */}
      <div aria-live="polite">
        {status && (
          <p class="status" role="status" data-part="import-status">
            {messageText(status)}
            {onUndo && (
              <>
                {' '}
                <button type="button" onClick={onUndo} disabled={working}>
                  {t('import.undo')}
                </button>
              </>
            )}
          </p>
        )}
      </div>
      <p class="error" role="alert" data-part="import-error">
        {error && messageText(error)}
      </p>
    </div>
  );
}
