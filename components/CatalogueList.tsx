import type { CatalogueListing } from '../lib/explanations/catalogue';
import type { PopupView } from '../lib/popup-view';
import { osisToName } from '../lib/bible/books';
import { formatCount, t, uiLanguage } from './i18n';

/** The reading view's start: every article, then each commentary from its first book. */
export function CatalogueList({ listing, onOpen }: { listing: CatalogueListing; onOpen: (view: PopupView) => void }) {
  return (
    <div class="catalogue" data-part="catalogue">
      <h1 class="list-heading">{t('popup.articles')}</h1>
      <ul class="article-list" data-part="article-list">
        {listing.articles.map((a) => (
          <li key={a.slug}>
            <button type="button" class="article-link" onClick={() => onOpen({ kind: 'article', slug: a.slug })}>
              <span class="article-link-title">{a.title}</span>
              {a.summary && <span class="article-link-summary">{a.summary}</span>}
              {a.source === 'imported' && <span class="article-link-summary">{t('popup.yourArticle')}</span>}
            </button>
          </li>
        ))}
      </ul>
      <h2 class="list-heading">{t('popup.commentaries')}</h2>
      <ul class="article-list" data-part="commentary-list">
        {listing.commentaries.map((c) => (
          <li key={c.source}>
            <button
              type="button"
              class="article-link"
              disabled={c.books.length === 0}
              onClick={() => c.books[0] && onOpen({ kind: 'commentary', source: c.source, book: c.books[0].book, chapter: 1 })}
            >
              <span class="article-link-title">{c.title}</span>
              <span class="article-link-summary">
                {c.books.length === 1 ? osisToName(c.books[0].book, uiLanguage()) : t('popup.books', c.books.length, [formatCount(c.books.length)])} ·{' '}
                {c.attribution}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
