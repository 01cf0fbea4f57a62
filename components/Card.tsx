import type { Passage, TranslationId } from '../lib/bible/passage';
import { TRANSLATION_NAMES } from '../lib/bible/bible-data';
import type { ExplanationResult } from '../lib/articles/types';
import type { Theme } from '../lib/settings';
import { InlineText } from './InlineText';
import { PassageText } from './PassageText';

export type Loadable<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T };

export interface CardProps {
  /** "Romans 8:34" — full English book name. */
  readonly label: string;
  /** The reference was resolved from earlier text ("v. 28"). */
  readonly contextual?: boolean;
  readonly translation: TranslationId;
  readonly passage: Loadable<Passage>;
  /** Absent when the reader turned explanations off. */
  readonly explanation?: Loadable<ExplanationResult>;
  readonly theme: Theme;
  readonly onReadArticle: (target: { slug?: string; blockId?: string }) => void;
  /** Load the rest of a passage that came back truncated. */
  readonly onReadMore?: () => void;
}


/** The hover card. Test contract: the data-part attributes below. */
export function Card(props: CardProps) {
  const { passage, explanation } = props;
  const best = explanation?.status === 'ready' ? explanation.value.best : undefined;
  const more = explanation?.status === 'ready' ? explanation.value.more : 0;
  return (
    <div class="card" data-part="card" data-theme={props.theme} role="dialog" aria-label={props.label}>
      <header class="card-header">
        <span class="reference" data-part="reference">
          {props.label}
          {props.contextual && <span class="contextual"> (from context)</span>}
        </span>
        <span class="translation" title={TRANSLATION_NAMES[props.translation].name}>
          {TRANSLATION_NAMES[props.translation].abbreviation}
        </span>
      </header>
      <div class="card-body">
        {passage.status === 'loading' && (
          <p class="status" data-part="verse-text" aria-busy="true">
            Loading…
          </p>
        )}
        {passage.status === 'error' && (
          <p class="status error" data-part="verse-text" role="alert">
            {passage.message}
          </p>
        )}
        {passage.status === 'ready' && <PassageText passage={passage.value} />}
        {passage.status === 'ready' && passage.value.truncated && props.onReadMore && (
          <button type="button" class="read-more" data-part="read-more" onClick={props.onReadMore}>
            Read more
          </button>
        )}
      </div>
      {best && (
        <section class="explanation" data-part="explanation" aria-label="Explanation">
          <p class="explanation-source">
            <span class="article-title">{best.articleTitle}</span>
            {best.sectionHeading && <span class="section-heading"> · {best.sectionHeading}</span>}
          </p>
          {best.relatedLabel && <p class="related">Related: {best.relatedLabel}</p>}
          <p class="excerpt">
            <InlineText runs={best.excerpt} markRefs />
          </p>
          {more > 0 && (
            <p class="more">
              {more} more explanation{more === 1 ? '' : 's'}
            </p>
          )}
        </section>
      )}
      <footer class="card-footer">
        <button
          type="button"
          class="read-article"
          data-part="read-article"
          onClick={() => props.onReadArticle(best ? { slug: best.slug, blockId: best.blockId } : {})}
        >
          {best ? 'Read the full article' : 'Open the articles'}
        </button>
      </footer>
    </div>
  );
}
