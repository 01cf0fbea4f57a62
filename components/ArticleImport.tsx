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
import type { DeletedArticle, StoredArticle } from '../extension/article-store';

/** What the section needs from storage (extension/article-store.ts in the extension). */
export interface ArticleStoreApi {
  load(): Promise<StoredArticle[]>;
  save(article: StoredArticle, options?: { readonly replace?: readonly string[] }): Promise<StoredArticle[]>;
  remove(slug: string): Promise<{ articles: StoredArticle[]; deleted?: DeletedArticle }>;
  restore(deleted: DeletedArticle): Promise<StoredArticle[]>;
  /** Changes made elsewhere (another options tab). */
  watch?(onChange: (articles: StoredArticle[]) => void, signal: AbortSignal): void;
}

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

export type Phase = { readonly kind: 'idle' } | { readonly kind: 'preview'; readonly prepared: PreparedImport } | { readonly kind: 'busy'; readonly prepared?: PreparedImport };

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

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "3 references covering 4 verses". */
export const coverage = (refCount: number, verseCount: number) => `${plural(refCount, 'reference')} covering ${plural(verseCount, 'verse')}`;

export function afterPrepare(state: ImportState, result: ImportResult): ImportState {
  if (!result.ok) return { ...state, phase: { kind: 'idle' }, status: '', error: result.message };
  const clash = result.clashes.length > 0;
  return {
    ...state,
    phase: { kind: 'preview', prepared: result },
    error: '',
    status: clash
      ? `Found ${coverage(result.refCount, result.verseCount)}. An article with this title is already saved: replace it, or keep both.`
      : `Found ${coverage(result.refCount, result.verseCount)}. Check them, then save.`,
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

export function afterSaved(state: ImportState, articles: readonly StoredArticle[], saved: StoredArticle, replaced: boolean): ImportState {
  return {
    articles,
    phase: { kind: 'idle' },
    error: '',
    status: `${replaced ? 'Replaced' : 'Saved'} “${saved.title}”: ${coverage(saved.refCount, saved.verseCount)}. Its explanations show in the card now.`,
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
    status: deleted ? `Deleted “${deleted.article.title}”.` : 'That article was already deleted.',
    undo: deleted,
  };
}

export function afterRestored(state: ImportState, articles: readonly StoredArticle[], restored: StoredArticle): ImportState {
  return { ...state, articles, phase: { kind: 'idle' }, error: '', status: `“${restored.title}” is back.`, undo: undefined };
}

export const cancelled = (state: ImportState): ImportState => ({ ...state, phase: { kind: 'idle' }, status: 'Import cancelled. Nothing was saved.', error: '' });

const messageOf = (error: unknown) =>
  error instanceof Error && error.message ? error.message : 'Something went wrong. Nothing was saved and your saved articles are unchanged.';

/** Today in the reader's time zone, "YYYY-MM-DD". */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Saves text as a file through a Blob URL and a temporary `<a download>`; never through HTML. */
export function downloadText(fileName: string, text: string): void {
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
      (error: unknown) => update((s) => ({ ...s, error: `Your saved articles could not be read: ${messageOf(error)}` })),
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
    update((s) => busy(s, file ? `Reading “${file.name}”…` : 'Reading the text…'));
    try {
      const options = { parseHtml, date: today(), existing: current.current.articles, reservedSlugs };
      let result: ImportResult;
      if (file) {
        result = checkFileSize(file.name, file.size) ?? prepareImport({ title, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, options);
      } else {
        result = prepareImport({ title, text: textArea.current?.value ?? '' }, options);
      }
      update((s) => afterPrepare({ ...s, phase: { kind: 'idle' } }, result));
    } catch (error) {
      update((s) => afterFailure(s, `The article could not be read: ${messageOf(error)}`));
    }
  }

  async function save(choice: SaveChoice) {
    const phase = current.current.phase;
    if (phase.kind !== 'preview') return;
    const { record, replace } = saveRequest(phase.prepared, choice, current.current.articles, reservedSlugs);
    update((s) => busy(s, `Saving “${record.title}”…`));
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
    update((s) => busy(s, `Deleting “${article.title}”…`));
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
    update((s) => busy(s, `Putting “${deleted.article.title}” back…`));
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
    update((s) => ({ ...s, status: '', error: `${tooLarge.message} Nothing was pasted.` }));
  }

  /** Typed (or otherwise added) past the limit: say so while the reader can still shorten it. textLength needs no copy of the text. */
  function checkTyped(event: Event) {
    const field = event.currentTarget as HTMLTextAreaElement;
    const tooLarge = field.textLength * 3 > MAX_IMPORT_BYTES ? checkTextSize(field.value) : undefined;
    const message = tooLarge && !tooLarge.ok ? tooLarge.message : '';
    const showing = current.current.error;
    if (message && message !== showing) update((s) => ({ ...s, status: '', error: message }));
    else if (!message && showing.startsWith('The text is ')) update((s) => ({ ...s, error: '' }));
  }

  const prepared = state.phase.kind === 'preview' ? state.phase.prepared : undefined;
  const clash = prepared && prepared.clashes.length > 0;

  return (
    <section class="articles" aria-labelledby="articles-heading">
      <h2 id="articles-heading">Your articles</h2>
      <p class="hint">
        Import your own articles. They explain passages in the card on equal terms with the bundled article (choose which comes first in the
        settings above), and you can read them in the toolbar popup.
      </p>
      <form class="import" onSubmit={importArticle}>
        <label class="field">
          <span>Article title</span>
          <input type="text" name="articleTitle" value={title} maxLength={200} onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>Article text</span>
          <textarea name="articleText" rows={10} ref={textArea} onPaste={refuseHugeText} onDrop={refuseHugeText} onInput={checkTyped} />
        </label>
        <label class="field">
          <span>Article file</span>
          <input type="file" name="articleFile" accept={IMPORT_ACCEPT} ref={fileInput} aria-describedby="article-file-hint" />
        </label>
        <p id="article-file-hint" class="hint">
          Markdown (.md), plain text (.txt) or HTML (.html), up to 2 MB. A chosen file is imported instead of the pasted text; from HTML only the
          text of headings, paragraphs, quotes and lists is kept.
        </p>
        <div class="actions">
          <button type="submit" disabled={working}>
            Import article
          </button>
        </div>
      </form>

      {prepared && (
        <section class="preview" aria-labelledby="article-preview-heading">
          <h3 id="article-preview-heading" ref={previewHeading} tabIndex={-1}>
            Preview: “{prepared.title}”
          </h3>
          <p data-part="coverage">
            {coverage(prepared.refCount, prepared.verseCount)}
            {prepared.refs.length > 0 ? ':' : '.'}
          </p>
          <ul class="refs" data-part="refs">
            {prepared.refs.slice(0, MAX_LISTED_REFS).map((label) => (
              <li key={label}>{label}</li>
            ))}
            {prepared.refs.length > MAX_LISTED_REFS && <li>and {plural(prepared.refs.length - MAX_LISTED_REFS, 'more')}</li>}
          </ul>
          {clash ? (
            <>
              <p class="clash">
                An article called “{prepared.clashes[0].title}” is already saved. Replace it with this one, or keep both (this one is then saved as
                “{keepBothIdentity(prepared, state.articles, reservedSlugs).title}”)?
              </p>
              <div class="actions">
                <button type="button" onClick={() => save('replace')}>
                  Replace
                </button>
                <button type="button" onClick={() => save('keep-both')}>
                  Keep both
                </button>
                <button type="button" onClick={() => update(cancelled)}>
                  Cancel
                </button>
              </div>
            </>
          ) : (
            <div class="actions">
              <button type="button" onClick={() => save('save')}>
                Save
              </button>
              <button type="button" onClick={() => update(cancelled)}>
                Cancel
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
                    Undo
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

      <h3 id="saved-articles-heading">Saved articles</h3>
      {state.articles.length === 0 ? (
        <p class="hint">No articles imported yet.</p>
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
                  <time dateTime={article.date}>{readableDate(article.date)}</time> · {plural(article.refCount, 'reference')}
                </span>
                <span class="saved-actions">
                  <button type="button" aria-describedby={id} onClick={() => download(`${article.slug}.md`, article.markdown)}>
                    Export
                  </button>
                  <button type="button" aria-describedby={id} disabled={working} onClick={() => remove(article)}>
                    Delete
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
