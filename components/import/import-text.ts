/**
 * The words of "Your articles": the state's messages (lib/articles/import-state.ts)
 * and the counts, in the reader's language.
 */
import type { ImportFailure } from '../../lib/articles/import';
import type { ImportMessage } from '../../lib/articles/import-state';
import { formatCount, messageFor, t } from '../i18n';

/** "3 references", "1 reference". */
export const referenceCount = (n: number) => t('import.references', n, [formatCount(n)]);

/** "3 references covering 4 verses". */
export const coverage = (refCount: number, verseCount: number) =>
  t('import.coverage', refCount, [formatCount(refCount), t('import.verses', verseCount, [formatCount(verseCount)])]);

/** A refusal from lib/articles/import.ts, by its key, else in the English it gives. */
const refusal = (failure: ImportFailure) => messageFor(failure.messageKey, failure.messageArgs, failure.message);

const reasonText = (reason: string | undefined) => reason ?? t('import.failed');

export function messageText(message: ImportMessage): string {
  switch (message.kind) {
    case 'refused':
      return refusal(message.failure);
    case 'paste-refused':
      return `${refusal(message.failure)} ${t('import.nothingPasted')}`;
    case 'found':
      return t(message.clash ? 'import.foundClash' : 'import.found', message.refCount, [coverage(message.refCount, message.verseCount)]);
    case 'saved':
      return t(message.replaced ? 'import.replacedStatus' : 'import.savedStatus', [message.title, coverage(message.refCount, message.verseCount)]);
    case 'reading-file':
      return t('import.readingFile', [message.fileName]);
    case 'reading-text':
      return t('import.readingText');
    case 'saving':
      return t('import.savingStatus', [message.title]);
    case 'deleting':
      return t('import.deletingStatus', [message.title]);
    case 'deleted':
      return t('import.deletedStatus', [message.title]);
    case 'already-deleted':
      return t('import.alreadyDeleted');
    case 'restoring':
      return t('import.restoringStatus', [message.title]);
    case 'restored':
      return t('import.restoredStatus', [message.title]);
    case 'cancelled':
      return t('import.cancelled');
    case 'failed':
      return reasonText(message.reason);
    case 'read-failed':
      return t('import.readFailed', [reasonText(message.reason)]);
    case 'unreadable':
      return t('import.unreadable', [reasonText(message.reason)]);
  }
}
