import { useEffect, useRef, useState } from 'preact/hooks';
import { IMPORT_ACCEPT, MAX_IMPORT_BYTES, checkTextSize, type ImportFailure } from '../../lib/articles/import';
import { t } from '../i18n';
import type { ImportRequest } from './use-article-import';

interface ImportFormProps {
  readonly working: boolean;
  /** Changes after each save: the form empties. */
  readonly saves: number;
  readonly onImport: (request: ImportRequest) => void;
  /** After each edit of the text, with its size refusal while it is over the limit. */
  readonly onTyped: (tooLarge: ImportFailure | undefined) => void;
  readonly onPasteRefused: (tooLarge: ImportFailure) => void;
}

/** The import form: a title, the article's text or a file, and "Import article". */
export function ImportForm({ working, saves, onImport, onTyped, onPasteRefused }: ImportFormProps) {
  const [title, setTitle] = useState('');
  // The article text lives in the field alone (not in state): re-rendering a field that holds megabytes lags every keystroke.
  const textArea = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setTitle('');
    if (textArea.current) textArea.current.value = '';
    if (fileInput.current) fileInput.current.value = '';
  }, [saves]);

  function submit(event: Event) {
    event.preventDefault();
    onImport({ title, text: textArea.current?.value ?? '', file: fileInput.current?.files?.[0] });
  }

  /**
   * A paste (or drop) over the size limit is refused before it reaches the
   * field: the message shows at once, the field stays as it was, and the
   * reader's clipboard still holds the text.
   */
  function refuseHugeText(event: ClipboardEvent | DragEvent) {
    const data = 'clipboardData' in event ? event.clipboardData : event.dataTransfer;
    const incoming = data?.getData('text/plain') ?? '';
    const field = event.currentTarget as HTMLTextAreaElement;
    const tooLarge = checkTextSize(field.value.slice(0, field.selectionStart) + incoming + field.value.slice(field.selectionEnd));
    if (!tooLarge) return;
    event.preventDefault();
    onPasteRefused(tooLarge);
  }

  /** Typed (or otherwise added) past the limit: said while the reader can still shorten it. textLength needs no copy of the text. */
  function checkTyped(event: Event) {
    const field = event.currentTarget as HTMLTextAreaElement;
    onTyped(field.textLength * 3 > MAX_IMPORT_BYTES ? checkTextSize(field.value) : undefined);
  }

  return (
    <form class="import" onSubmit={submit}>
      <label class="field">
        <span>{t('import.title')}</span>
        <input type="text" name="articleTitle" value={title} maxLength={200} onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <label class="field">
        <span>{t('import.text')}</span>
        <textarea name="articleText" rows={10} ref={textArea} onPaste={refuseHugeText} onDrop={refuseHugeText} onInput={checkTyped} />
      </label>
      <label class="field">
        <span>{t('import.file')}</span>
        <input type="file" name="articleFile" accept={IMPORT_ACCEPT} ref={fileInput} aria-describedby="article-file-hint" />
      </label>
      <p id="article-file-hint" class="hint">
        {t('import.fileHint')}
      </p>
      <div class="actions">
        <button type="submit" disabled={working}>
          {t('import.submit')}
        </button>
      </div>
    </form>
  );
}
