/**
 * "Your articles" on the options page as a state machine: what the section
 * shows after each step of an import, a save, a delete or an undo. Pure
 * functions of the state and what happened; storage, files and the page are
 * the caller's (components/import/use-article-import.ts).
 *
 * No words here: a status or an error is an `ImportMessage`, which says what
 * to tell the reader; the page puts it into the reader's language
 * (components/import/import-text.ts). So the steps can be tested in Node, and
 * every message's words live in the locale files alone.
 */
import { keepBoth, toRecord, type DeletedArticle, type ImportFailure, type ImportResult, type PreparedImport, type StoredArticle } from './import';

/** What to tell the reader. `reason` is a failure's own message, written for the page; without one the general "Something went wrong". */
export type ImportMessage =
  | { readonly kind: 'refused' | 'paste-refused'; readonly failure: ImportFailure }
  | { readonly kind: 'found'; readonly refCount: number; readonly verseCount: number; readonly clash: boolean }
  | { readonly kind: 'saved'; readonly title: string; readonly refCount: number; readonly verseCount: number; readonly replaced: boolean }
  | { readonly kind: 'reading-file'; readonly fileName: string }
  | { readonly kind: 'saving' | 'deleting' | 'deleted' | 'restoring' | 'restored'; readonly title: string }
  | { readonly kind: 'reading-text' | 'already-deleted' | 'cancelled' }
  | { readonly kind: 'failed' | 'read-failed' | 'unreadable'; readonly reason?: string };

type Phase = { readonly kind: 'idle' } | { readonly kind: 'preview'; readonly prepared: PreparedImport } | { readonly kind: 'busy'; readonly prepared?: PreparedImport };

export interface ImportState {
  readonly articles: readonly StoredArticle[];
  readonly phase: Phase;
  /** Progress and success, for role="status". */
  readonly status?: ImportMessage;
  /** What went wrong, for role="alert". */
  readonly error?: ImportMessage;
  /** The last deleted article, while "Undo" is offered. */
  readonly undo?: DeletedArticle;
  /** The size refusal the text field measured last, so that refusal (and no other message) goes once the text fits. */
  readonly typedTooLarge?: ImportFailure;
}

export const initialState: ImportState = { articles: [], phase: { kind: 'idle' } };

/** The import waiting for the reader's choice, if any. */
export const previewOf = (state: ImportState) => (state.phase.kind === 'preview' ? state.phase.prepared : undefined);

/** An error's own message, if it has one worth showing. */
const reasonOf = (error: unknown) => (error instanceof Error && error.message ? error.message : undefined);

export const afterLoaded = (state: ImportState, articles: readonly StoredArticle[]): ImportState => ({ ...state, articles });

export const afterLoadFailed = (state: ImportState, error: unknown): ImportState => ({ ...state, error: { kind: 'unreadable', reason: reasonOf(error) } });

export function afterPrepare(state: ImportState, result: ImportResult): ImportState {
  if (!result.ok) return { ...state, phase: { kind: 'idle' }, status: undefined, error: { kind: 'refused', failure: result } };
  return {
    ...state,
    phase: { kind: 'preview', prepared: result },
    error: undefined,
    status: { kind: 'found', refCount: result.refCount, verseCount: result.verseCount, clash: result.clashes.length > 0 },
    undo: undefined,
  };
}

export type SaveChoice = 'save' | 'replace' | 'keep-both';

/** What to write for the reader's choice in the preview. */
export function saveRequest(
  prepared: PreparedImport,
  choice: SaveChoice,
  articles: readonly StoredArticle[],
  reservedSlugs: readonly string[] = [],
): { readonly record: StoredArticle; readonly replace: readonly string[] } {
  if (choice === 'keep-both') return { record: toRecord(keepBoth(prepared, articles, reservedSlugs)), replace: [] };
  if (choice === 'replace') return { record: toRecord(prepared), replace: prepared.clashes.map((c) => c.slug) };
  return { record: toRecord(prepared), replace: [] };
}

/** Reading or writing: the preview (if any) waits, hidden, in case the step fails. */
export const busy = (state: ImportState, status: ImportMessage): ImportState => ({
  ...state,
  phase: { kind: 'busy', prepared: previewOf(state) },
  status,
  error: undefined,
});

export function afterSaved(state: ImportState, articles: readonly StoredArticle[], saved: StoredArticle, replaced: boolean): ImportState {
  const { title, refCount, verseCount } = saved;
  return { ...state, articles, phase: { kind: 'idle' }, error: undefined, status: { kind: 'saved', title, refCount, verseCount, replaced }, undo: undefined };
}

/** A failed step: back to where the reader was (the preview stays, to retry), with the reason. */
export function afterFailure(state: ImportState, message: ImportMessage): ImportState {
  const prepared = state.phase.kind === 'busy' ? state.phase.prepared : undefined;
  return { ...state, phase: prepared ? { kind: 'preview', prepared } : { kind: 'idle' }, status: undefined, error: message };
}

export const afterReadFailed = (state: ImportState, error: unknown) => afterFailure(state, { kind: 'read-failed', reason: reasonOf(error) });

export const afterWriteFailed = (state: ImportState, error: unknown) => afterFailure(state, { kind: 'failed', reason: reasonOf(error) });

/** An undo that failed is not offered again: what stopped it (a new article of the same name) stays. */
export const afterUndoFailed = (state: ImportState, error: unknown): ImportState => ({ ...afterWriteFailed(state, error), undo: undefined });

export function afterDeleted(state: ImportState, articles: readonly StoredArticle[], deleted: DeletedArticle | undefined): ImportState {
  return {
    ...state,
    articles,
    phase: { kind: 'idle' },
    error: undefined,
    status: deleted ? { kind: 'deleted', title: deleted.article.title } : { kind: 'already-deleted' },
    undo: deleted,
  };
}

export function afterRestored(state: ImportState, articles: readonly StoredArticle[], restored: StoredArticle): ImportState {
  return { ...state, articles, phase: { kind: 'idle' }, error: undefined, status: { kind: 'restored', title: restored.title }, undo: undefined };
}

export const cancelled = (state: ImportState): ImportState => ({ ...state, phase: { kind: 'idle' }, status: { kind: 'cancelled' }, error: undefined });

/** A paste (or drop) that would take the text over the limit, refused before it reached the field. */
export const afterPasteRefused = (state: ImportState, failure: ImportFailure): ImportState => ({
  ...state,
  status: undefined,
  error: { kind: 'paste-refused', failure },
});

/** The same refusal: the same message, with the same substitutions. */
function sameRefusal(a: ImportFailure, b: ImportFailure): boolean {
  return a.messageKey === b.messageKey && a.messageArgs.length === b.messageArgs.length && a.messageArgs.every((arg, i) => arg === b.messageArgs[i]);
}

/**
 * The text field after an edit, with its size refusal if it is over the
 * limit: the refusal shows while the reader can still shorten the text, and
 * goes (with no other message) once it fits. Unchanged state when nothing
 * changes, so typing does not re-render the section.
 */
export function afterTyped(state: ImportState, tooLarge: ImportFailure | undefined): ImportState {
  const showing = state.error?.kind === 'refused' ? state.error.failure : undefined;
  let next = state;
  if (tooLarge && !(showing && sameRefusal(showing, tooLarge))) next = { ...state, status: undefined, error: { kind: 'refused', failure: tooLarge } };
  else if (!tooLarge && showing && state.typedTooLarge && sameRefusal(showing, state.typedTooLarge)) next = { ...state, error: undefined };
  const measured = state.typedTooLarge;
  const sameMeasure = measured && tooLarge ? sameRefusal(measured, tooLarge) : measured === tooLarge;
  return sameMeasure ? next : { ...next, typedTooLarge: tooLarge };
}
