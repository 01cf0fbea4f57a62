/**
 * The card's data for one reference: what it shows at once (label,
 * translation, loading states), the passage and explanation requests, and
 * the patches as they arrive. Requests start at prefetch, when the pointer
 * lands on the reference, so the card usually opens with its text.
 */
import { formatRangeLabel, parseOsisRange } from '../lib/bible/osis';
import { uiLanguage } from '../components/i18n';
import type { Passage } from '../lib/bible/passage';
import type { ExplanationResult, ExplanationTarget } from '../lib/explanations/types';
import { MAX_PASSAGE_LIMIT } from '../lib/messages';
import type { Settings } from '../lib/settings';
import type { CardProps, Loadable } from '../components/Card';
import type { CardView } from './card-view';
import type { DataClient } from './data-client';
import type { FoundReference } from './block-index';

export interface CardSession {
  prefetch(ref: FoundReference): void;
  show(ref: FoundReference): void;
  hide(): void;
}

export interface CardSessionOptions {
  readonly card: CardView;
  readonly client: DataClient;
  readonly settings: () => Settings;
  /** The explanation a reference sits in, when the document is itself one (the popup's reading view). */
  readonly explanationAround?: (node: Node) => ExplanationTarget | undefined;
}

const settle = <T,>(promise: Promise<T>, apply: (value: Loadable<T>) => void) =>
  promise.then(
    (value) => apply({ status: 'ready', value }),
    (error: unknown) => apply({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
  );

export function createCardSession({ card, client, settings, explanationAround }: CardSessionOptions): CardSession {
  let current: { ref: FoundReference; props: CardProps } | undefined;

  const propsFor = (ref: FoundReference): CardProps => {
    const now = settings();
    const range = parseOsisRange(ref.osis);
    return {
      label: range ? formatRangeLabel(range, uiLanguage()) : ref.range.toString(),
      contextual: ref.contextual,
      translation: now.translation,
      passage: { status: 'loading' },
      ...(now.showExplanations ? { explanation: { status: 'loading' } as Loadable<ExplanationResult> } : {}),
      theme: now.theme,
      onReadArticle: (target) => {
        client.openArticle({ ...target, osis: ref.osis }).catch((error) => client.reportError('openArticle', error));
      },
    };
  };

  const load = (ref: FoundReference) => {
    const now = settings();
    const passage = client.getPassage(ref.osis, now.translation);
    const explanation = now.showExplanations ? client.getExplanation(ref.osis, explanationAround?.(ref.range.startContainer)) : undefined;
    return { passage, explanation };
  };

  return {
    prefetch(ref) {
      const { passage, explanation } = load(ref);
      passage.catch(() => {});
      explanation?.catch(() => {});
    },
    show(ref) {
      const props = propsFor(ref);
      current = { ref, props };
      card.show(props, ref.range).catch((error) => client.reportError('card', error));
      const { passage, explanation } = load(ref);
      const patch = (change: Partial<CardProps>) => {
        if (!current || current.ref !== ref) return;
        current = { ref, props: { ...current.props, ...change } };
        card.update(current.props);
      };
      const readMore = (total: number) => () => {
        const more = client.getPassage(ref.osis, settings().translation, Math.min(total, MAX_PASSAGE_LIMIT));
        void settle<Passage>(more, (value) => patch({ passage: value, onReadMore: undefined }));
      };
      void settle<Passage>(passage, (value) =>
        patch({ passage: value, ...(value.status === 'ready' && value.value.truncated ? { onReadMore: readMore(value.value.totalVerses) } : {}) }),
      );
      if (explanation) void settle<ExplanationResult>(explanation, (value) => patch({ explanation: value }));
    },
    hide() {
      current = undefined;
      card.hide();
    },
  };
}
