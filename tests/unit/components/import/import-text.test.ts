import { describe, expect, it } from 'vitest';
import type { ImportFailure } from '../../../../lib/articles/import';
import { afterDeleted, afterFailure, afterPrepare, afterSaved, busy, initialState, type ImportMessage } from '../../../../lib/articles/import-state';
import { coverage, messageText, referenceCount } from '../../../../components/import/import-text';
import { prepared, stored } from '../../../fixtures/articles/imports';
import { useTestLocale } from '../../setup/browser';

const EMPTY_FILE: ImportFailure = { ok: false, code: 'empty', message: 'English.', messageKey: 'import.errors.fileEmpty', messageArgs: ['notes.md'] };
const TOO_LARGE: ImportFailure = { ok: false, code: 'too-large', message: 'English.', messageKey: 'import.errors.textTooLarge', messageArgs: ['3.3 MB'] };

/** Every kind of message, with its English words. */
const EXAMPLES: Record<ImportMessage['kind'], [ImportMessage, string]> = {
  refused: [{ kind: 'refused', failure: EMPTY_FILE }, '“notes.md” is empty: there is nothing to import.'],
  'paste-refused': [
    { kind: 'paste-refused', failure: TOO_LARGE },
    'The text is 3.3 MB; an article can be at most 2 MB. Split it into smaller articles. Nothing was pasted.',
  ],
  found: [{ kind: 'found', refCount: 2, verseCount: 3, clash: false }, 'Found 2 references covering 3 verses. Check them, then save.'],
  saved: [
    { kind: 'saved', title: 'A', refCount: 1, verseCount: 2, replaced: false },
    'Saved “A”: 1 reference covering 2 verses. Its explanations show in the card now.',
  ],
  'reading-file': [{ kind: 'reading-file', fileName: 'a.md' }, 'Reading “a.md”…'],
  'reading-text': [{ kind: 'reading-text' }, 'Reading the text…'],
  saving: [{ kind: 'saving', title: 'A' }, 'Saving “A”…'],
  deleting: [{ kind: 'deleting', title: 'A' }, 'Deleting “A”…'],
  deleted: [{ kind: 'deleted', title: 'A' }, 'Deleted “A”.'],
  'already-deleted': [{ kind: 'already-deleted' }, 'That article was already deleted.'],
  restoring: [{ kind: 'restoring', title: 'A' }, 'Putting “A” back…'],
  restored: [{ kind: 'restored', title: 'A' }, '“A” is back.'],
  cancelled: [{ kind: 'cancelled' }, 'Import cancelled. Nothing was saved.'],
  failed: [{ kind: 'failed', reason: 'Full.' }, 'Full.'],
  'read-failed': [{ kind: 'read-failed', reason: 'Disk gone.' }, 'The article could not be read: Disk gone.'],
  unreadable: [{ kind: 'unreadable' }, 'Your saved articles could not be read: Something went wrong. Nothing was saved and your saved articles are unchanged.'],
};

describe('the words of "Your articles"', () => {
  it.each(Object.entries(EXAMPLES))('%s', (_, [message, english]) => {
    expect(messageText(message)).toBe(english);
  });

  it('a failure without a reason of its own says something went wrong', () => {
    expect(messageText({ kind: 'failed' })).toBe('Something went wrong. Nothing was saved and your saved articles are unchanged.');
    expect(messageText({ kind: 'read-failed' })).toBe('The article could not be read: Something went wrong. Nothing was saved and your saved articles are unchanged.');
  });

  it('a failed check shows its message, in the UI\'s language', () => {
    expect(messageText(afterPrepare(initialState, EMPTY_FILE).error!)).toBe('“notes.md” is empty: there is nothing to import.');
    useTestLocale('es');
    expect(messageText(afterPrepare(initialState, EMPTY_FILE).error!)).toBe('«notes.md» está vacío: no hay nada que importar.');
  });

  it('a refusal with no message in the UI\'s language falls back to its English', () => {
    expect(messageText({ kind: 'refused', failure: { ...EMPTY_FILE, messageKey: 'import.errors.neverWritten' } })).toBe('English.');
  });

  it('a good check says what it found; a clash says so', () => {
    expect(messageText(afterPrepare(initialState, prepared('New')).status!)).toBe('Found 1 reference covering 1 verse. Check it, then save.');
    expect(messageText(afterPrepare(initialState, prepared('Grace', [stored('Grace')])).status!)).toBe(
      'Found 1 reference covering 1 verse. An article with this title is already saved: replace it, or keep both.',
    );
  });

  it('a failed save says the reason', () => {
    const failed = afterFailure(busy(afterPrepare(initialState, prepared('New')), { kind: 'saving', title: 'New' }), { kind: 'failed', reason: 'Full.' });
    expect(messageText(failed.error!)).toBe('Full.');
  });

  it('saving, replacing and deleting report in the status', () => {
    const saved = afterSaved(initialState, [stored('A')], stored('A'), false);
    expect(messageText(saved.status!)).toMatch(/^Saved “A”: 1 reference covering 1 verse\./);
    expect(messageText(afterSaved(initialState, [stored('A')], stored('A'), true).status!)).toMatch(/^Replaced “A”: 1 reference covering 1 verse\./);
    expect(messageText(afterDeleted(saved, [], { article: stored('A'), index: 0 }).status!)).toBe('Deleted “A”.');
  });

  it('counts in words and numbers the reader writes', () => {
    expect(coverage(2, 1)).toBe('2 references covering 1 verse');
    expect(coverage(1, 1234)).toBe('1 reference covering 1,234 verses');
    expect(referenceCount(1)).toBe('1 reference');
    expect(referenceCount(3)).toBe('3 references');
    useTestLocale('es');
    expect(coverage(2, 1)).toBe('2 referencias que abarcan 1 versículo');
  });
});
