/**
 * "Your articles" on the options page: import an article (pasted text or a
 * .md/.txt/.html file), check its references in a preview, save it (or, on a
 * title clash, replace the old one or keep both), and list, export and
 * delete (with undo) the saved ones.
 *
 * Everything the reader imported is rendered as text by Preact; nothing is
 * ever inserted as HTML. The state changes are pure functions
 * (lib/articles/import-state.ts), tested without a page; storage and HTML
 * parsing are injected.
 */
import { t } from './i18n';
import { ImportForm } from './import/ImportForm';
import { ImportMessages } from './import/ImportMessages';
import { ImportPreview } from './import/ImportPreview';
import { SavedArticles } from './import/SavedArticles';
import { useArticleImport } from './import/use-article-import';
import { previewOf } from '../lib/articles/import-state';
import type { ArticleStoreApi } from '../platform/stores';

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

export function ArticleImport({ store, parseHtml, reservedSlugs = [], today = localToday, download = downloadText }: ArticleImportProps) {
  const section = useArticleImport(store, { parseHtml, reservedSlugs, today });
  const { state, working } = section;
  const prepared = previewOf(state);
  return (
    <section class="articles" aria-labelledby="articles-heading">
      <h2 id="articles-heading">{t('import.heading')}</h2>
      <p class="hint">{t('import.intro')}</p>
      <ImportForm working={working} saves={section.saves} onImport={section.importArticle} onTyped={section.typed} onPasteRefused={section.pasteRefused} />
      {prepared && <ImportPreview prepared={prepared} articles={state.articles} reservedSlugs={reservedSlugs} onChoose={section.save} onCancel={section.cancel} />}
      <ImportMessages status={state.status} error={state.error} onUndo={state.undo && section.undo} working={working} />
      <SavedArticles articles={state.articles} working={working} onExport={(a) => download(`${a.slug}.md`, a.markdown)} onDelete={section.remove} />
    </section>
  );
}
