import { useState } from 'preact/hooks';
import type { Explanation, ExplanationTarget } from '../lib/explanations/types';
import { InlineText } from './InlineText';
import { formatCount, t } from './i18n';

interface ExplanationStepperProps {
  readonly explanations: readonly Explanation[];
  readonly onReadInFull: (target: ExplanationTarget & { osis?: string }) => void;
}

/**
 * The card's explanations, one at a time: the best first, and a control to
 * step to the others and back. The count is a live region, so a screen reader
 * hears "2 of 3" after each step. Stepping wraps around rather than disabling
 * a button at the ends, so the focused button never disappears from under
 * a keyboard reader.
 */
export function ExplanationStepper({ explanations, onReadInFull }: ExplanationStepperProps) {
  // The step belongs to this list: a new passage's list starts at its best explanation.
  const [step, setStep] = useState({ of: explanations, index: 0 });
  const index = step.of === explanations ? Math.min(step.index, explanations.length - 1) : 0;
  const shown = explanations[index];
  const count = explanations.length;
  const go = (delta: number) => setStep({ of: explanations, index: (index + delta + count) % count });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    go(event.key === 'ArrowRight' ? 1 : -1);
  };
  // The bundled article and the commentaries are English; a reader's own article may be in any language.
  const contentLang = shown.source === 'imported' ? undefined : 'en';
  return (
    // A group, not a <section>: a named section is a landmark, and the card has none.
    <div class="explanation" data-part="explanation" data-source={shown.source} data-index={index} role="group" aria-label={t('card.explanation')}>
      <p class="explanation-source" lang={contentLang}>
        <span class="article-title">{shown.title}</span>
        {shown.sectionHeading && <span class="section-heading"> · {shown.sectionHeading}</span>}
      </p>
      {shown.relatedLabel && <p class="related">{t('card.related', [shown.relatedLabel])}</p>}
      {/* It scrolls when long: focusable, so a keyboard can scroll it too. */}
      <p class="excerpt" tabIndex={0} role="group" aria-label={t('card.excerptRegion')} lang={contentLang}>
        <InlineText runs={shown.excerpt} markRefs />
      </p>
      <div class="explanation-actions">
        {count > 1 && (
          <div class="stepper" role="group" aria-label={t('card.moreExplanations')} onKeyDown={onKeyDown}>
            <button type="button" class="step" data-part="previous-explanation" aria-label={t('card.previousExplanation')} onClick={() => go(-1)}>
              ‹
            </button>
            <span class="step-count" data-part="explanation-count" aria-live="polite" aria-atomic="true">
              {t('card.stepCount', [formatCount(index + 1), formatCount(count)])}
            </span>
            <button type="button" class="step" data-part="next-explanation" aria-label={t('card.nextExplanation')} onClick={() => go(1)}>
              ›
            </button>
          </div>
        )}
        <button
          type="button"
          class="read-article"
          data-part="read-article"
          onClick={() => onReadInFull({ slug: shown.slug, blockId: shown.blockId, ...(shown.osis ? { osis: shown.osis } : {}) })}
        >
          {t('card.readInFull')}
        </button>
      </div>
    </div>
  );
}
