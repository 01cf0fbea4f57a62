import type { StoredArticle } from '../../lib/articles/import';
import { t } from '../i18n';
import { referenceCount } from './import-text';

interface SavedArticlesProps {
  readonly articles: readonly StoredArticle[];
  /** While a step runs, nothing is deleted. */
  readonly working: boolean;
  readonly onExport: (article: StoredArticle) => void;
  readonly onDelete: (article: StoredArticle) => void;
}

/** "2026-11-26" → "26 Nov 2026" in the reader's locale; the ISO date stays in `datetime`. */
function readableDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
}

/** The saved articles, each with its date, its references, "Export" and "Delete". */
export function SavedArticles({ articles, working, onExport, onDelete }: SavedArticlesProps) {
  return (
    <>
      <h3 id="saved-articles-heading">{t('import.savedArticles')}</h3>
      {articles.length === 0 ? (
        <p class="hint">{t('import.noneYet')}</p>
      ) : (
        <ul class="saved" aria-labelledby="saved-articles-heading">
          {articles.map((article) => {
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
                  <button type="button" aria-describedby={id} onClick={() => onExport(article)}>
                    {t('import.export')}
                  </button>
                  <button type="button" aria-describedby={id} disabled={working} onClick={() => onDelete(article)}>
                    {t('import.delete')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
