import type { Inline } from '../lib/articles/types';

/** Article runs as elements; a reference run is emphasised with <mark> in excerpts. */
export function InlineText({ runs, markRefs = false }: { runs: readonly Inline[]; markRefs?: boolean }) {
  return (
    <>
      {runs.map((run, i) => {
        let node: preact.ComponentChild = run.text;
        if (run.code) node = <code>{node}</code>;
        if (run.em) node = <em>{node}</em>;
        if (run.strong) node = <strong>{node}</strong>;
        if (run.ref) node = markRefs ? <mark data-osis={run.ref}>{node}</mark> : <span data-osis={run.ref}>{node}</span>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}
