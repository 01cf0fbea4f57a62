import { osisToName, type OsisBook } from '../lib/bible/books';
import type { CommentarySummary, CommentaryChapterView } from '../lib/explanations/catalogue';
import type { PopupView } from '../lib/popup-view';
import { LoadStatus } from './LoadStatus';
import type { Loadable } from './use-loadable';
import { formatCount, t, uiLanguage } from './i18n';

type CommentaryPlace = Extract<PopupView, { kind: 'commentary' }>;

interface ChapterNavProps {
  readonly summary: CommentarySummary;
  readonly place: CommentaryPlace;
  readonly chapter?: CommentaryChapterView;
  readonly onNavigate: (place: CommentaryPlace) => void;
}

/** Previous / next chapter, and a book and chapter to jump to. */
function ChapterNav({ summary, place, chapter, onNavigate }: ChapterNavProps) {
  const go = (book: OsisBook, chapterNumber: number) => onNavigate({ ...place, book, chapter: chapterNumber });
  const chapters = summary.books.find((b) => b.book === place.book)?.chapters ?? 1;
  return (
    <nav class="chapter-nav" aria-label={t('commentary.chapters')} data-part="chapter-nav">
      <button type="button" class="chapter-step" disabled={!chapter?.previous} onClick={() => chapter?.previous && go(chapter.previous.book, chapter.previous.chapter)}>
        {t('commentary.previous')}
      </button>
      <select aria-label={t('commentary.book')} value={place.book} onChange={(e) => go((e.currentTarget as HTMLSelectElement).value as OsisBook, 1)}>
        {summary.books.map((b) => (
          <option key={b.book} value={b.book}>
            {osisToName(b.book, uiLanguage())}
          </option>
        ))}
      </select>
      <select aria-label={t('commentary.chapter')} value={String(place.chapter)} onChange={(e) => go(place.book, Number((e.currentTarget as HTMLSelectElement).value))}>
        {Array.from({ length: chapters }, (_, i) => (
          <option key={i} value={String(i + 1)}>
            {formatCount(i + 1)}
          </option>
        ))}
      </select>
      <button type="button" class="chapter-step" disabled={!chapter?.next} onClick={() => chapter?.next && go(chapter.next.book, chapter.next.chapter)}>
        {t('commentary.next')}
      </button>
    </nav>
  );
}

interface CommentaryViewProps extends Omit<ChapterNavProps, 'chapter'> {
  readonly chapter: Loadable<CommentaryChapterView>;
  readonly flashBlockId?: string;
}

/**
 * One chapter of a commentary, laid out like an article: an anchor per verse
 * block. The chapter controls stay while a chapter loads or fails to, so the
 * reader can always move on.
 */
export function CommentaryView({ summary, place, chapter, flashBlockId, onNavigate }: CommentaryViewProps) {
  const loaded = chapter.status === 'ready' ? chapter.value : undefined;
  return (
    <article class="article commentary" data-part="commentary" data-slug={summary.source} data-book={place.book} data-chapter={place.chapter}>
      <p class="commentary-title" lang="en">
        {summary.title}
      </p>
      <ChapterNav summary={summary} place={place} chapter={loaded} onNavigate={onNavigate} />
      <h1 class="article-title">
        {osisToName(place.book, uiLanguage())} {formatCount(place.chapter)}
      </h1>
      {loaded ? <ChapterBody chapter={loaded} flashBlockId={flashBlockId} /> : <LoadStatus state={chapter} />}
    </article>
  );
}

function ChapterBody({ chapter, flashBlockId }: { chapter: CommentaryChapterView; flashBlockId?: string }) {
  return (
    <>
      {chapter.intro && (
        <section class="commentary-intro" aria-label={t('commentary.introduction', [osisToName(chapter.book, uiLanguage())])}>
          {chapter.intro.map((paragraph, i) => (
            <p key={i} lang="en">
              {paragraph}
            </p>
          ))}
        </section>
      )}
      {chapter.outline.length > 0 && (
        <ul class="commentary-outline" lang="en">
          {chapter.outline.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {chapter.blocks.map((block) => (
        <section key={block.id} id={block.id} lang="en" class={`block commentary-block${block.id === flashBlockId ? ' flash' : ''}`} data-block={block.id}>
          <h2>{block.label}</h2>
          {block.paragraphs.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </section>
      ))}
    </>
  );
}
