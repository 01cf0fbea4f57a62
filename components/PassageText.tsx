import type { Passage, Run } from '../lib/bible/passage';
import { TRANSLATION_NAMES } from '../lib/bible/bible-data';
import { formatCount, t, uiLanguage } from './i18n';


function RunText({ run }: { run: Run }) {
  if (typeof run === 'string') return <>{run}</>;
  if ('ji' in run) return <span class="woj"><em class="added">{run.ji}</em></span>;
  if ('j' in run) return <span class="woj">{run.j}</span>;
  return <em class="added">{run.i}</em>;
}

function Runs({ runs }: { runs: readonly Run[] | string }) {
  if (typeof runs === 'string') return <>{runs}</>;
  return <>{runs.map((run, i) => <RunText key={i} run={run} />)}</>;
}

function VerseNumber({ chapter, verse, withChapter }: { chapter: number; verse: number; withChapter: boolean }) {
  return (
    <>
      <sup class="verse-number" aria-hidden="true">
        {withChapter ? `${chapter}:${verse}` : verse}
      </sup>
      <span class="visually-hidden" lang={uiLanguage()}>
        {withChapter ? t('passage.chapterVerse', [formatCount(chapter), formatCount(verse)]) : t('passage.verse', [formatCount(verse)])}{' '}
      </span>
    </>
  );
}

/**
 * The passage's verses. Verse numbers show for ranges (and chapter numbers
 * where a range crosses chapters); words of Jesus and the KJV's added words
 * are elements, never markup in a string.
 *
 * A screen reader hears "verse 16" (in the UI's language) from visually
 * hidden text, not the bare superscript "16", which is hidden from it:
 * aria-label is not allowed on a <sup>.
 */
export function PassageText({ passage }: { passage: Passage }) {
  const many = passage.verses.length > 1;
  const firstChapter = passage.verses[0]?.chapter;
  const crossesChapters = passage.verses.some((v) => v.chapter !== firstChapter);
  return (
    // The Bible texts are English; what the extension itself says is in the UI's language.
    <div class="passage" data-part="verse-text" lang="en">
      {passage.psalmTitle && (
        <p class="psalm-title" lang="en">
          <Runs runs={passage.psalmTitle} />
        </p>
      )}
      {passage.verses.map((verse) => (
        <span class="verse" key={`${verse.book ?? ''}${verse.chapter}:${verse.verse}`} data-verse={`${verse.chapter}:${verse.verse}`}>
          {many && <VerseNumber chapter={verse.chapter} verse={verse.verse} withChapter={crossesChapters && verse.verse === 1} />}
          {verse.absent ? (
            <span class="absent" lang={uiLanguage()}>
              {t('passage.absent', [TRANSLATION_NAMES[passage.translation].name])}
            </span>
          ) : (
            <Runs runs={verse.runs} />
          )}{' '}
        </span>
      ))}
      {passage.truncated && (
        <p class="truncated" lang={uiLanguage()}>
          {t('passage.showing', passage.totalVerses, [formatCount(passage.verses.length), formatCount(passage.totalVerses)])}
        </p>
      )}
    </div>
  );
}
