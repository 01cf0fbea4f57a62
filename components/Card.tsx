import type { Passage, TranslationId } from '../lib/bible/passage';
import { TRANSLATION_NAMES } from '../lib/bible/bible-data';
import type { ExplanationResult, ExplanationTarget } from '../lib/explanations/types';
import type { Theme } from '../lib/settings';
import { ExplanationStepper } from './ExplanationStepper';
import { PassageText } from './PassageText';
import { t, uiLanguage } from './i18n';

import type { Loadable } from './use-loadable';

export type { Loadable };

/** New user-visible strings (to move into the locales with the others). */

export interface CardProps {
  /** "Romans 8:34" — the full book name, in the UI's language ("Romanos 8:34"). */
  readonly label: string;
  /** The reference was resolved from earlier text ("v. 28"). */
  readonly contextual?: boolean;
  readonly translation: TranslationId;
  readonly passage: Loadable<Passage>;
  /** Absent when the reader turned explanations off. */
  readonly explanation?: Loadable<ExplanationResult>;
  readonly theme: Theme;
  /** "Read in full" (a block) or "Open the reading view" (nothing to explain: the list). */
  readonly onReadArticle: (target: Partial<ExplanationTarget> & { osis?: string }) => void;
  /** Load the rest of a passage that came back truncated. */
  readonly onReadMore?: () => void;
  /** The reference sits in a link and was opened by a tap: the card offers to go where the link goes. */
  readonly onFollowLink?: () => void;
}


/**
 * The hover card. Test contract: the data-part attributes below.
 * No landmarks inside (the page has its own); the two scrolling parts, the
 * passage and the excerpt, are focusable and named so a keyboard can scroll them.
 */
export function Card(props: CardProps) {
  const { passage, explanation } = props;
  const explanations = explanation?.status === 'ready' ? explanation.value.explanations : [];
  return (
    <div class="card" data-part="card" data-theme={props.theme} role="dialog" aria-label={props.label} lang={uiLanguage()} tabIndex={-1}>
      <div class="card-header">
        <span class="reference" data-part="reference">
          {props.label}
          {props.contextual && <span class="contextual"> {t('card.fromContext')}</span>}
        </span>
        <span class="translation" title={TRANSLATION_NAMES[props.translation].name}>
          {TRANSLATION_NAMES[props.translation].abbreviation}
        </span>
      </div>
      <div class="card-body" data-part="passage-scroll" tabIndex={0} role="group" aria-label={t('card.passageRegion')}>
        {passage.status === 'loading' && (
          <p class="status" data-part="verse-text" aria-busy="true">
            {t('common.loading')}
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
            {t('card.readMore')}
          </button>
        )}
        {props.onFollowLink && (
          <button type="button" class="follow-link" data-part="follow-link" onClick={props.onFollowLink}>
            {t('card.followLink')}
          </button>
        )}
      </div>
      {explanations.length > 0 ? (
        <ExplanationStepper explanations={explanations} onReadInFull={props.onReadArticle} />
      ) : (
        <div class="card-footer">
          <button type="button" class="read-article" data-part="read-article" onClick={() => props.onReadArticle({})}>
            {t('card.openReadingView')}
          </button>
        </div>
      )}
    </div>
  );
}
