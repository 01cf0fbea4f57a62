import { useEffect, useRef, useState } from 'preact/hooks';
import { checkFileSize, prepareImport, type ImportFailure, type StoredArticle } from '../../lib/articles/import';
import {
  afterDeleted,
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
  saveRequest,
  type ImportMessage,
  type ImportState,
  type SaveChoice,
} from '../../lib/articles/import-state';
import type { ArticleStoreApi } from '../../platform/stores';
import { uiLanguage } from '../i18n';

/** What the form hands over: a chosen file is imported instead of the text. */
export interface ImportRequest {
  readonly title: string;
  readonly text: string;
  readonly file?: File;
}

export interface ImportContext {
  readonly parseHtml: (html: string) => Document;
  readonly reservedSlugs: readonly string[];
  readonly today: () => string;
}

type Step = (state: ImportState) => ImportState;

/** "Your articles": the state, kept in step with storage, and what the reader can do to it. */
export function useArticleImport(store: ArticleStoreApi, { parseHtml, reservedSlugs, today }: ImportContext) {
  const [state, setState] = useState(initialState);
  /** Counts the saves: the form empties after each. */
  const [saves, setSaves] = useState(0);
  // The latest state for async continuations.
  const current = useRef(state);
  current.current = state;
  const update = (next: Step) => setState((s) => (current.current = next(s)));

  useEffect(() => {
    const controller = new AbortController();
    store.load().then(
      (articles) => update((s) => afterLoaded(s, articles)),
      (error: unknown) => update((s) => afterLoadFailed(s, error)),
    );
    store.watch?.((articles) => update((s) => afterLoaded(s, articles)), controller.signal);
    return () => controller.abort();
  }, [store]);

  const working = state.phase.kind === 'busy';

  /** One step that waits: busy with `status`, then what `work` found, or the failure. True when it went through. */
  async function step(status: ImportMessage, work: () => Promise<Step>, failed: (s: ImportState, error: unknown) => ImportState): Promise<boolean> {
    update((s) => busy(s, status));
    try {
      update(await work());
      return true;
    } catch (error) {
      update((s) => failed(s, error));
      return false;
    }
  }

  async function importArticle({ title, text, file }: ImportRequest) {
    if (working) return;
    await step(file ? { kind: 'reading-file', fileName: file.name } : { kind: 'reading-text' }, async () => {
      const options = { parseHtml, date: today(), existing: current.current.articles, reservedSlugs, language: uiLanguage() };
      const result = file
        ? (checkFileSize(file.name, file.size) ?? prepareImport({ title, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, options))
        : prepareImport({ title, text }, options);
      return (s) => afterPrepare(s, result);
    }, afterReadFailed);
  }

  async function save(choice: SaveChoice) {
    const phase = current.current.phase;
    if (phase.kind !== 'preview') return;
    const { record, replace } = saveRequest(phase.prepared, choice, current.current.articles, reservedSlugs);
    const saved = await step({ kind: 'saving', title: record.title }, async () => {
      const articles = await store.save(record, { replace });
      return (s) => afterSaved(s, articles, record, replace.length > 0);
    }, afterWriteFailed);
    if (saved) setSaves((n) => n + 1);
  }

  async function remove(article: StoredArticle) {
    if (working) return;
    await step({ kind: 'deleting', title: article.title }, async () => {
      const { articles, deleted } = await store.remove(article.slug);
      return (s) => afterDeleted(s, articles, deleted);
    }, afterWriteFailed);
  }

  async function undo() {
    const deleted = current.current.undo;
    if (!deleted || working) return;
    await step({ kind: 'restoring', title: deleted.article.title }, async () => {
      const articles = await store.restore(deleted);
      return (s) => afterRestored(s, articles, deleted.article);
    }, afterUndoFailed);
  }

  return {
    state,
    working,
    saves,
    importArticle,
    save,
    remove,
    undo,
    cancel: () => update(cancelled),
    typed: (tooLarge: ImportFailure | undefined) => update((s) => afterTyped(s, tooLarge)),
    pasteRefused: (failure: ImportFailure) => update((s) => afterPasteRefused(s, failure)),
  };
}
