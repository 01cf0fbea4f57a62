import type { Passage, Run } from '../lib/bible/passage';
import { TRANSLATION_NAMES } from '../lib/bible/bible-data';


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

/**
 * The passage's verses. Verse numbers show for ranges (and chapter numbers
 * where a range crosses chapters); words of Jesus and the KJV's added words
 * are elements, never markup in a string.
 */
export function PassageText({ passage }: { passage: Passage }) {
  const many = passage.verses.length > 1;
  const firstChapter = passage.verses[0]?.chapter;
  const crossesChapters = passage.verses.some((v) => v.chapter !== firstChapter);
  return (
    <div class="passage" data-part="verse-text" lang="en">
      {passage.psalmTitle && (
        <p class="psalm-title">
          <Runs runs={passage.psalmTitle} />
        </p>
      )}
      {passage.verses.map((verse) => (
        <span class="verse" key={`${verse.book ?? ''}${verse.chapter}:${verse.verse}`} data-verse={`${verse.chapter}:${verse.verse}`}>
          {many && (
            <sup class="verse-number" aria-label={`verse ${verse.verse}`}>
              {crossesChapters && verse.verse === 1 ? `${verse.chapter}:1` : verse.verse}
            </sup>
          )}
          {verse.absent ? (
            <span class="absent">This verse is not in the {TRANSLATION_NAMES[passage.translation].name} text.</span>
          ) : (
            <Runs runs={verse.runs} />
          )}{' '}
        </span>
      ))}
      {passage.truncated && (
        <p class="truncated">
          Showing {passage.verses.length} of {passage.totalVerses} verses.
        </p>
      )}
    </div>
  );
}
