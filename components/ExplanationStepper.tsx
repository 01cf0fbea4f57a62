import { useState } from 'preact/hooks';
import type { Explanation, ExplanationTarget } from '../lib/explanations/types';
import { InlineText } from './InlineText';

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
  return (
    <section class="explanation" data-part="explanation" data-source={shown.source} data-index={index} aria-label="Explanation">
      <p class="explanation-source">
        <span class="article-title">{shown.title}</span>
        {shown.sectionHeading && <span class="section-heading"> · {shown.sectionHeading}</span>}
      </p>
      {shown.relatedLabel && <p class="related">Related: {shown.relatedLabel}</p>}
      <p class="excerpt">
        <InlineText runs={shown.excerpt} markRefs />
      </p>
      <div class="explanation-actions">
        {count > 1 && (
          <div class="stepper" role="group" aria-label="More explanations" onKeyDown={onKeyDown}>
            <button type="button" class="step" data-part="previous-explanation" aria-label="Previous explanation" onClick={() => go(-1)}>
              ‹
            </button>
            <span class="step-count" data-part="explanation-count" aria-live="polite" aria-atomic="true">
              {index + 1} of {count}
            </span>
            <button type="button" class="step" data-part="next-explanation" aria-label="Next explanation" onClick={() => go(1)}>
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
          Read in full
        </button>
      </div>
    </section>
  );
}
