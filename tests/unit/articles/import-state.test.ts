import { describe, expect, it } from 'vitest';
import { checkTextSize, prepareImport, type ImportFailure } from '../../../lib/articles/import';
import {
  afterDeleted,
  afterFailure,
  afterLoaded,
  afterLoadFailed,
  afterPasteRefused,
  afterPrepare,
  afterReadFailed,
  afterRestored,
  afterSaved,
  afterTyped,
  afterUndoFailed,
  afterWriteFailed,
  busy,
  cancelled,
  initialState,
  previewOf,
  saveRequest,
} from '../../../lib/articles/import-state';
import { prepared, stored } from '../../fixtures/articles/imports';

const EMPTY_FILE: ImportFailure = { ok: false, code: 'empty', message: 'English.', messageKey: 'import.errors.fileEmpty', messageArgs: ['notes.md'] };

/** The size refusal of a text of `bytes` ASCII characters. */
const tooLarge = (bytes: number) => checkTextSize('x'.repeat(bytes))!;

describe('import state: checking an article', () => {
  it('a failed check shows its refusal and no preview; an offered undo stays', () => {
    const deleted = afterDeleted(initialState, [], { article: stored('A'), index: 0 });
    const state = afterPrepare(deleted, EMPTY_FILE);
    expect(state).toMatchObject({ phase: { kind: 'idle' }, error: { kind: 'refused', failure: EMPTY_FILE }, status: undefined, undo: { index: 0 } });
    expect(previewOf(state)).toBeUndefined();
  });

  it('a good check shows the preview and what it found; a clash says so', () => {
    const p = prepared('New');
    const fine = afterPrepare({ ...initialState, error: { kind: 'cancelled' } }, p);
    expect(fine.phase.kind).toBe('preview');
    expect(previewOf(fine)).toBe(p);
    expect(fine.error).toBeUndefined();
    expect(fine.status).toEqual({ kind: 'found', refCount: 1, verseCount: 1, clash: false });
    const clash = afterPrepare(initialState, prepared('Grace', [stored('Grace')]));
    expect(clash.status).toEqual({ kind: 'found', refCount: 1, verseCount: 1, clash: true });
  });

  it('reading: busy with its status, the error cleared; a read that throws says why', () => {
    const reading = busy({ ...initialState, error: { kind: 'cancelled' } }, { kind: 'reading-file', fileName: 'a.md' });
    expect(reading).toMatchObject({ phase: { kind: 'busy', prepared: undefined }, status: { kind: 'reading-file', fileName: 'a.md' }, error: undefined });
    expect(afterReadFailed(reading, new Error('Disk gone.'))).toMatchObject({ phase: { kind: 'idle' }, status: undefined, error: { kind: 'read-failed', reason: 'Disk gone.' } });
  });
});

describe('import state: saving', () => {
  it('save, replace and keep both write the right record', () => {
    const existing = [stored('Grace')];
    const p = prepared('Grace', existing);
    expect(saveRequest(p, 'replace', existing)).toMatchObject({ record: { slug: 'grace', title: 'Grace' }, replace: ['grace'] });
    expect(saveRequest(p, 'keep-both', existing)).toMatchObject({ record: { slug: 'grace-2', title: 'Grace (2)' }, replace: [] });
    expect(saveRequest(prepared('New'), 'save', existing)).toMatchObject({ record: { slug: 'new' }, replace: [] });
    expect(saveRequest(prepared('Grace'), 'keep-both', [], ['grace-2'])).toMatchObject({ record: { slug: 'grace-3', title: 'Grace (3)' } });
  });

  it('while saving the preview is hidden; a failed save goes back to it with the reason, so the reader can retry', () => {
    const inPreview = afterPrepare(initialState, prepared('New'));
    const saving = busy(inPreview, { kind: 'saving', title: 'New' });
    expect(previewOf(saving)).toBeUndefined();
    const failed = afterFailure(saving, { kind: 'failed', reason: 'Full.' });
    expect(failed).toMatchObject({ phase: { kind: 'preview' }, error: { kind: 'failed', reason: 'Full.' }, status: undefined });
    expect(previewOf(failed)).toBe(previewOf(inPreview));
  });

  it('a failed write says its own message, or none to fall back on', () => {
    expect(afterWriteFailed(busy(initialState, { kind: 'reading-text' }), new Error('Full.')).error).toEqual({ kind: 'failed', reason: 'Full.' });
    expect(afterWriteFailed(initialState, new Error('')).error).toEqual({ kind: 'failed', reason: undefined });
    expect(afterWriteFailed(initialState, 'not an Error').error).toEqual({ kind: 'failed', reason: undefined });
  });

  it('a save reports what it saved, or replaced, and ends the preview and any undo', () => {
    const before = afterDeleted(afterPrepare(initialState, prepared('A')), [], { article: stored('Z'), index: 0 });
    const saved = afterSaved(busy(before, { kind: 'saving', title: 'A' }), [stored('A')], stored('A'), false);
    expect(saved).toEqual({ articles: [stored('A')], phase: { kind: 'idle' }, error: undefined, undo: undefined, status: { kind: 'saved', title: 'A', refCount: 1, verseCount: 1, replaced: false } });
    expect(afterSaved(initialState, [stored('A')], stored('A'), true).status).toMatchObject({ kind: 'saved', replaced: true });
  });
});

describe('import state: deleting and undo', () => {
  it('a delete reports and offers undo until the next action', () => {
    const saved = afterSaved(initialState, [stored('A')], stored('A'), false);
    const deleted = afterDeleted(saved, [], { article: stored('A'), index: 0 });
    expect(deleted).toMatchObject({ articles: [], status: { kind: 'deleted', title: 'A' }, undo: { index: 0 } });
    expect(afterPrepare(deleted, prepared('B')).undo).toBeUndefined();
    expect(afterSaved(deleted, [], stored('B'), false).undo).toBeUndefined();
  });

  it('an article already gone: said so, no undo', () => {
    expect(afterDeleted(initialState, [], undefined)).toMatchObject({ status: { kind: 'already-deleted' }, undo: undefined });
  });

  it('undo puts it back and is offered no more; a failed undo says why and is not offered again', () => {
    const deleted = afterDeleted(initialState, [], { article: stored('A'), index: 0 });
    const restored = afterRestored(busy(deleted, { kind: 'restoring', title: 'A' }), [stored('A')], stored('A'));
    expect(restored).toMatchObject({ articles: [stored('A')], phase: { kind: 'idle' }, status: { kind: 'restored', title: 'A' }, error: undefined, undo: undefined });
    const failed = afterUndoFailed(busy(deleted, { kind: 'restoring', title: 'A' }), new Error('Taken.'));
    expect(failed).toMatchObject({ phase: { kind: 'idle' }, status: undefined, error: { kind: 'failed', reason: 'Taken.' }, undo: undefined });
  });
});

describe('import state: loading and cancelling', () => {
  it('the saved articles as loaded or watched; an unreadable list says why and keeps what is shown', () => {
    const loaded = afterLoaded(initialState, [stored('A')]);
    expect(loaded.articles).toEqual([stored('A')]);
    expect(afterLoadFailed(loaded, new Error('No storage.'))).toMatchObject({ articles: [stored('A')], error: { kind: 'unreadable', reason: 'No storage.' } });
  });

  it('cancel ends the preview and saves nothing', () => {
    const state = cancelled({ ...afterPrepare(initialState, prepared('New')), error: { kind: 'cancelled' } });
    expect(state).toMatchObject({ phase: { kind: 'idle' }, status: { kind: 'cancelled' }, error: undefined });
    expect(previewOf(state)).toBeUndefined();
  });
});

describe('import state: the size of the text', () => {
  it('a paste over the limit is refused with the size', () => {
    const refusal = tooLarge(3 * 1024 * 1024);
    const state = afterPasteRefused({ ...initialState, status: { kind: 'cancelled' } }, refusal);
    expect(state).toMatchObject({ status: undefined, error: { kind: 'paste-refused', failure: refusal } });
  });

  it('typed past the limit: said at once; typing on at the same size changes nothing; back under it, the message goes', () => {
    const over = afterTyped({ ...initialState, status: { kind: 'cancelled' } }, tooLarge(2 * 1024 * 1024 + 10));
    expect(over).toMatchObject({ status: undefined, error: { kind: 'refused', failure: { messageKey: 'import.errors.textTooLarge', messageArgs: ['2.1 MB'] } } });
    expect(afterTyped(over, tooLarge(2 * 1024 * 1024 + 11))).toBe(over);
    const larger = afterTyped(over, tooLarge(3 * 1024 * 1024));
    expect(larger.error).toMatchObject({ kind: 'refused', failure: { messageArgs: ['3 MB'] } });
    expect(afterTyped(larger, undefined).error).toBeUndefined();
  });

  it('back under the limit, any other message stays', () => {
    const over = afterTyped(initialState, tooLarge(2 * 1024 * 1024 + 10));
    const pasted = afterPasteRefused(over, tooLarge(3 * 1024 * 1024));
    expect(afterTyped(pasted, undefined).error).toEqual(pasted.error);
    const nothing = afterPrepare(over, prepareImport({ text: ' ' }));
    expect(afterTyped(nothing, undefined).error).toEqual(nothing.error);
    const failed = afterWriteFailed(initialState, new Error('Full.'));
    expect(afterTyped(failed, undefined)).toBe(failed);
  });

  it('the same size refusal from the import itself goes too once the text fits', () => {
    const over = afterTyped(initialState, tooLarge(2 * 1024 * 1024 + 10));
    const refused = afterPrepare(busy(over, { kind: 'reading-text' }), prepareImport({ text: 'x'.repeat(2 * 1024 * 1024 + 10) }));
    expect(refused.error).toMatchObject({ kind: 'refused', failure: { messageKey: 'import.errors.textTooLarge' } });
    expect(afterTyped(refused, undefined).error).toBeUndefined();
  });
});
