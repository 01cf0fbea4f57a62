import { useEffect, useRef } from 'preact/hooks';
import { keepBothIdentity, type PreparedImport, type StoredArticle } from '../../lib/articles/import';
import type { SaveChoice } from '../../lib/articles/import-state';
import { formatCount, t } from '../i18n';
import { coverage } from './import-text';

interface ImportPreviewProps {
  readonly prepared: PreparedImport;
  /** The saved articles and the reserved slugs: "Keep both" names the title it would give. */
  readonly articles: readonly StoredArticle[];
  readonly reservedSlugs: readonly string[];
  readonly onChoose: (choice: SaveChoice) => void;
  readonly onCancel: () => void;
}

const MAX_LISTED_REFS = 60;

/** What an import found, before anything is saved; on a title clash, "Replace" or "Keep both". */
export function ImportPreview({ prepared, articles, reservedSlugs, onChoose, onCancel }: ImportPreviewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Each new preview takes the focus, so the reader lands on what was found.
  useEffect(() => heading.current?.focus(), [prepared]);
  const more = prepared.refs.length - MAX_LISTED_REFS;
  const choice = (name: SaveChoice | 'cancel', label: string) => (
    <button type="button" onClick={name === 'cancel' ? onCancel : () => onChoose(name)}>
      {label}
    </button>
  );
  return (
    <section class="preview" aria-labelledby="article-preview-heading">
      <h3 id="article-preview-heading" ref={heading} tabIndex={-1}>
        {t('import.preview', [prepared.title])}
      </h3>
      <p data-part="coverage">{t(prepared.refs.length > 0 ? 'import.coverageList' : 'import.coverageEnd', [coverage(prepared.refCount, prepared.verseCount)])}</p>
      <ul class="refs" data-part="refs">
        {prepared.refs.slice(0, MAX_LISTED_REFS).map((label) => (
          <li key={label}>{label}</li>
        ))}
        {more > 0 && <li>{t('import.andMore', more, [formatCount(more)])}</li>}
      </ul>
      {prepared.clashes.length > 0 ? (
        <>
          <p class="clash">{t('import.clash', [prepared.clashes[0].title, keepBothIdentity(prepared, articles, reservedSlugs).title])}</p>
          <div class="actions">
            {choice('replace', t('import.replace'))}
            {choice('keep-both', t('import.keepBoth'))}
            {choice('cancel', t('import.cancel'))}
          </div>
        </>
      ) : (
        <div class="actions">
          {choice('save', t('import.save'))}
          {choice('cancel', t('import.cancel'))}
        </div>
      )}
    </section>
  );
}
