/**
 * "Your articles" on the options page: import an article (pasted text or a
 * .md/.txt/.html file), check its references in a preview, save it (or, on a
 * title clash, replace the old one or keep both), and list, export and
 * delete (with undo) the saved ones.
 *
 * Everything the reader imported is rendered as text by Preact; nothing is
 * ever inserted as HTML. The state changes are the small pure functions
 * below, so they can be tested without a page; storage and HTML parsing are
 * injected.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  IMPORT_ACCEPT,
  MAX_IMPORT_BYTES,
  checkFileSize,
  checkTextSize,
  keepBoth,
  keepBothIdentity,
  prepareImport,
  toRecord,
  type ImportResult,
  type PreparedImport,
} from '../lib/articles/import';
import type { DeletedArticle, StoredArticle } from '../platform/article-store';
import type { ArticleStoreApi } from '../platform/stores';
import { formatCount, messageFor, t, uiLanguage } from './i18n';

export type { ArticleStoreApi };

export interface ArticleImportProps {
  readonly store: ArticleStoreApi;
  /** Parses HTML into an inert document: `new DOMParser().parseFromString(html, 'text/html')`. */
  readonly parseHtml: (html: string) => Document;
  /** The bundled articles' slugs, never given to an import. */
  readonly reservedSlugs?: readonly string[];
  /** Today as "YYYY-MM-DD". */
  readonly today?: () => string;
  /** Saves a text file; by default through a Blob URL and `<a download>`. */
  readonly download?: (fileName: string, text: string) => void;
}

// ---------------------------------------------------------------------------
// State, as pure functions.

type Phase = { readonly kind: 'idle' } | { readonly kind: 'preview'; readonly prepared: PreparedImport } | { readonly kind: 'busy'; readonly prepared?: PreparedImport };

export interface ImportState {
  readonly articles: readonly StoredArticle[];
  readonly phase: Phase;
  /** Progress and success, for role="status". */
  readonly status: string;
  /** What went wrong, for role="alert". */
  readonly error: string;
  /** The last deleted article, while "Undo" is offered. */
  readonly undo?: DeletedArticle;
}

export const initialState: ImportState = { articles: [], phase: { kind: 'idle' }, status: '', error: '' };

/** "3 references", "1 reference". */
const referenceCount = (n: number) => t('import.references', n, [formatCount(n)]);

/** "3 references covering 4 verses". */
export const coverage = (refCount: number, verseCount: number) =>
  t('import.coverage', refCount, [formatCount(refCount), t('import.verses', verseCount, [formatCount(verseCount)])]);

export function afterPrepare(state: ImportState, result: ImportResult): ImportState {
  if (!result.ok) return { ...state, phase: { kind: 'idle' }, status: '', error: messageFor(result.messageKey, result.messageArgs, result.message) };
  const clash = result.clashes.length > 0;
  return {
    ...state,
    phase: { kind: 'preview', prepared: result },
    error: '',
    status: t(clash ? 'import.foundClash' : 'import.found', result.refCount, [coverage(result.refCount, result.verseCount)]),
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

export const busy = (state: ImportState, status: string): ImportState => ({
  ...state,
  phase: { kind: 'busy', prepared: state.phase.kind === 'preview' ? state.phase.prepared : undefined },
  status,
  error: '',
});

export function afterSaved(_state: ImportState, articles: readonly StoredArticle[], saved: StoredArticle, replaced: boolean): ImportState {
  return {
    articles,
    phase: { kind: 'idle' },
    error: '',
    status: t(replaced ? 'import.replacedStatus' : 'import.savedStatus', [saved.title, coverage(saved.refCount, saved.verseCount)]),
    undo: undefined,
  };
}

/** A failed write: back to where the reader was (the preview stays, to retry), with the reason. */
export function afterFailure(state: ImportState, message: string): ImportState {
  const prepared = state.phase.kind === 'busy' ? state.phase.prepared : undefined;
  return { ...state, phase: prepared ? { kind: 'preview', prepared } : { kind: 'idle' }, status: '', error: message };
}

export function afterDeleted(state: ImportState, articles: readonly StoredArticle[], deleted: DeletedArticle | undefined): ImportState {
  return {
    ...state,
    articles,
    phase: { kind: 'idle' },
    error: '',
    status: deleted ? t('import.deletedStatus', [deleted.article.title]) : t('import.alreadyDeleted'),
    undo: deleted,
  };
}

function afterRestored(state: ImportState, articles: readonly StoredArticle[], restored: StoredArticle): ImportState {
  return { ...state, articles, phase: { kind: 'idle' }, error: '', status: t('import.restoredStatus', [restored.title]), undo: undefined };
}

const cancelled = (state: ImportState): ImportState => ({ ...state, phase: { kind: 'idle' }, status: t('import.cancelled'), error: '' });

const messageOf = (error: unknown) =>
  error instanceof Error && error.message ? error.message : t('import.failed');

/** Today in the reader's time zone, "YYYY-MM-DD". */
function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Saves text as a file through a Blob URL and a temporary `<a download>`; never through HTML. */
function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "2026-11-26" → "26 Nov 2026" in the reader's locale; the ISO date stays in `datetime`. */
function readableDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
}

const MAX_LISTED_REFS = 60;

// ---------------------------------------------------------------------------
// The section.

export function ArticleImport({ store, parseHtml, reservedSlugs = [], today = localToday, download = downloadText }: ArticleImportProps) {
  const [state, setState] = useState<ImportState>(initialState);
  const [title, setTitle] = useState('');
  // The article text lives in the field alone (not in state): re-rendering a field that holds megabytes lags every keystroke.
  const textArea = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  // The latest state for async continuations.
  const current = useRef(state);
  current.current = state;
  const update = (next: (s: ImportState) => ImportState) => setState((s) => (current.current = next(s)));

  useEffect(() => {
    const controller = new AbortController();
    store.load().then(
      (articles) => update((s) => ({ ...s, articles })),
      (error: unknown) => update((s) => ({ ...s, error: t('import.unreadable', [messageOf(error)]) })),
    );
    store.watch?.((articles) => update((s) => ({ ...s, articles })), controller.signal);
    return () => controller.abort();
  }, [store]);

  useEffect(() => {
    if (state.phase.kind === 'preview') previewHeading.current?.focus();
  }, [state.phase.kind === 'preview' ? state.phase.prepared : undefined]);

  const working = state.phase.kind === 'busy';

  async function importArticle(event: Event) {
    event.preventDefault();
    if (working) return;
    const file = fileInput.current?.files?.[0];
    update((s) => busy(s, file ? t('import.readingFile', [file.name]) : t('import.readingText')));
    try {
      const options = { parseHtml, date: today(), existing: current.current.articles, reservedSlugs, language: uiLanguage() };
      let result: ImportResult;
      if (file) {
        result = checkFileSize(file.name, file.size) ?? prepareImport({ title, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, options);
      } else {
        result = prepareImport({ title, text: textArea.current?.value ?? '' }, options);
      }
      update((s) => afterPrepare({ ...s, phase: { kind: 'idle' } }, result));
    } catch (error) {
      update((s) => afterFailure(s, t('import.readFailed', [messageOf(error)])));
    }
  }

  async function save(choice: SaveChoice) {
    const phase = current.current.phase;
    if (phase.kind !== 'preview') return;
    const { record, replace } = saveRequest(phase.prepared, choice, current.current.articles, reservedSlugs);
    update((s) => busy(s, t('import.savingStatus', [record.title])));
    try {
      const articles = await store.save(record, { replace });
      update((s) => afterSaved(s, articles, record, replace.length > 0));
      setTitle('');
      if (textArea.current) textArea.current.value = '';
      if (fileInput.current) fileInput.current.value = '';
    } catch (error) {
      update((s) => afterFailure(s, messageOf(error)));
    }
  }

  async function remove(article: StoredArticle) {
    if (working) return;
    update((s) => busy(s, t('import.deletingStatus', [article.title])));
    try {
      const { articles, deleted } = await store.remove(article.slug);
      update((s) => afterDeleted(s, articles, deleted));
    } catch (error) {
      update((s) => afterFailure(s, messageOf(error)));
    }
  }

  async function undo() {
    const deleted = current.current.undo;
    if (!deleted || working) return;
    update((s) => busy(s, t('import.restoringStatus', [deleted.article.title])));
    try {
      const articles = await store.restore(deleted);
      update((s) => afterRestored(s, articles, deleted.article));
    } catch (error) {
      update((s) => ({ ...afterFailure(s, messageOf(error)), undo: undefined }));
    }
  }

  /**
   * A paste (or drop) over the size limit is refused before it reaches the
   * field: the message shows at once, the field stays as it was, and the
   * reader's clipboard still holds the text.
   */
  function refuseHugeText(event: ClipboardEvent | DragEvent) {
    const data = 'clipboardData' in event ? event.clipboardData : event.dataTransfer;
    const incoming = data?.getData('text/plain') ?? '';
    const field = event.currentTarget as HTMLTextAreaElement;
    const tooLarge = checkTextSize(field.value.slice(0, field.selectionStart) + incoming + field.value.slice(field.selectionEnd));
    if (!tooLarge || tooLarge.ok) return;
    event.preventDefault();
    update((s) => ({ ...s, status: '', error: `${messageFor(tooLarge.messageKey, tooLarge.messageArgs, tooLarge.message)} ${t('import.nothingPasted')}` }));
  }

  const sizeMessage = useRef('');

  /** Typed (or otherwise added) past the limit: say so while the reader can still shorten it. textLength needs no copy of the text. */
  function checkTyped(event: Event) {
    const field = event.currentTarget as HTMLTextAreaElement;
    const tooLarge = field.textLength * 3 > MAX_IMPORT_BYTES ? checkTextSize(field.value) : undefined;
    const message = tooLarge && !tooLarge.ok ? messageFor(tooLarge.messageKey, tooLarge.messageArgs, tooLarge.message) : '';
    const showing = current.current.error;
    if (message && message !== showing) update((s) => ({ ...s, status: '', error: message }));
    // Shortened below the limit again: the size message goes, any other stays.
    else if (!message && showing && showing === sizeMessage.current) update((s) => ({ ...s, error: '' }));
    sizeMessage.current = message;
  }

  const prepared = state.phase.kind === 'preview' ? state.phase.prepared : undefined;
  const clash = prepared && prepared.clashes.length > 0;

  return (
    <section class="articles" aria-labelledby="articles-heading">
      <h2 id="articles-heading">{t('import.heading')}</h2>
      <p class="hint">{t('import.intro')}</p>
      <form class="import" onSubmit={importArticle}>
        <label class="field">
          <span>{t('import.title')}</span>
          <input type="text" name="articleTitle" value={title} maxLength={200} onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>{t('import.text')}</span>
          <textarea name="articleText" rows={10} ref={textArea} onPaste={refuseHugeText} onDrop={refuseHugeText} onInput={checkTyped} />
        </label>
        <label class="field">
          <span>{t('import.file')}</span>
          <input type="file" name="articleFile" accept={IMPORT_ACCEPT} ref={fileInput} aria-describedby="article-file-hint" />
        </label>
        <p id="article-file-hint" class="hint">
          {t('import.fileHint')}
        </p>
        <div class="actions">
          <button type="submit" disabled={working}>
            {t('import.submit')}
          </button>
        </div>
      </form>

      {prepared && (
        <section class="preview" aria-labelledby="article-preview-heading">
          <h3 id="article-preview-heading" ref={previewHeading} tabIndex={-1}>
            {t('import.preview', [prepared.title])}
          </h3>
          <p data-part="coverage">
            {t(prepared.refs.length > 0 ? 'import.coverageList' : 'import.coverageEnd', [coverage(prepared.refCount, prepared.verseCount)])}
          </p>
          <ul class="refs" data-part="refs">
            {prepared.refs.slice(0, MAX_LISTED_REFS).map((label) => (
              <li key={label}>{label}</li>
            ))}
            {prepared.refs.length > MAX_LISTED_REFS && <li>{t('import.andMore', prepared.refs.length - MAX_LISTED_REFS, [formatCount(prepared.refs.length - MAX_LISTED_REFS)])}</li>}
          </ul>
          {clash ? (
            <>
              <p class="clash">{t('import.clash', [prepared.clashes[0].title, keepBothIdentity(prepared, state.articles, reservedSlugs).title])}</p>
              <div class="actions">
                <button type="button" onClick={() => save('replace')}>
                  {t('import.replace')}
                </button>
                <button type="button" onClick={() => save('keep-both')}>
                  {t('import.keepBoth')}
                </button>
                <button type="button" onClick={() => update(cancelled)}>
                  {t('import.cancel')}
                </button>
              </div>
            </>
          ) : (
            <div class="actions">
              <button type="button" onClick={() => save('save')}>
                {t('import.save')}
              </button>
              <button type="button" onClick={() => update(cancelled)}>
                {t('import.cancel')}
              </button>
            </div>
          )}
        </section>
      )}

      <div class="messages">
        {/* The live region is always there, so a message added to it is announced; the status element itself appears only
            with something to say, so the page has one role="status" at rest (the settings form's). */}
        <div aria-live="polite">
          {state.status && (
            <p class="status" role="status" data-part="import-status">
              {state.status}
              {state.undo && (
                <>
                  {' '}
                  <button type="button" onClick={undo} disabled={working}>
                    {t('import.undo')}
                  </button>
                </>
              )}
            </p>
          )}
        </div>
        <p class="error" role="alert" data-part="import-error">
          {state.error}
        </p>
      </div>

      <h3 id="saved-articles-heading">{t('import.savedArticles')}</h3>
      {state.articles.length === 0 ? (
        <p class="hint">{t('import.noneYet')}</p>
      ) : (
        <ul class="saved" aria-labelledby="saved-articles-heading">
          {state.articles.map((article) => {
            const id = `saved-${article.slug}`;
            return (
              <li key={article.slug} data-slug={article.slug}>
                <span class="saved-title" id={id}>
                  {article.title}
                </span>
                <span class="saved-meta">
                  <time dateTime={article.date}>{readableDate(article.date)}</time> · {referenceCount(article.refCount)}
                </span>
                <span class="saved-actions">
                  <button type="button" aria-describedby={id} onClick={() => download(`${article.slug}.md`, article.markdown)}>
                    {t('import.export')}
                  </button>
                  <button type="button" aria-describedby={id} disabled={working} onClick={() => remove(article)}>
                    {t('import.delete')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
