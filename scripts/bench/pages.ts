/**
 * The pages bench:page loads, generated from the seeded prose of corpus.ts:
 * a 1 MB article with references, the same article with every reference
 * replaced by ordinary words, an infinite-scroll append storm, and a short
 * page of references in different books for the hover series.
 */
import { generateCorpus } from './corpus';
import { rng } from './rng';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function shell(title: string, body: string, script = ''): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title>
<style>body { font: 16px/1.5 Georgia, serif; max-width: 46em; margin: 2em auto; padding: 0 1em; } td { border: 1px solid #ccc; padding: 2px 6px; }</style>
</head>
<body>
${body}
${script ? `<script>${script}</script>` : ''}
</body>
</html>
`;
}

export interface GeneratedPage {
  readonly html: string;
  /** References inserted by the generator. */
  readonly inserted: number;
}

/**
 * About `bytes` of article HTML: sections under headings, paragraphs with
 * links, emphasis and a reference split across elements now and then, lists
 * and small tables. `withReferences: false` writes the same page with each
 * reference replaced by words of the same length.
 */
export function articlePage(bytes: number, withReferences: boolean, seed = 7): GeneratedPage {
  const r = rng(seed);
  const { paragraphs, refs } = generateCorpus(seed, bytes * 0.965);
  const byParagraph = new Map<number, typeof refs>();
  for (const ref of refs) byParagraph.set(ref.paragraph, [...(byParagraph.get(ref.paragraph) ?? []), ref]);
  const parts: string[] = [];
  paragraphs.forEach((text, i) => {
    if (i % 12 === 0) parts.push(`<h2>Part ${i / 12 + 1}: notes on the reading</h2>`);
    // Mark up the references' text the way a blog would, or blank it out.
    let html = '';
    let at = 0;
    for (const ref of byParagraph.get(i) ?? []) {
      html += escapeHtml(text.slice(at, ref.start));
      const shown = withReferences ? ref.text : 'the old road'.padEnd(ref.text.length, ' x').slice(0, ref.text.length);
      const style = r();
      if (style < 0.2) html += `<a href="#p${i}">${escapeHtml(shown)}</a>`;
      else if (style < 0.3 && withReferences) {
        const space = shown.lastIndexOf(' ');
        html += `<b>${escapeHtml(shown.slice(0, space))}</b>${escapeHtml(shown.slice(space))}`;
      } else html += escapeHtml(shown);
      at = ref.end;
    }
    html += escapeHtml(text.slice(at));
    const kind = r();
    if (kind < 0.06) {
      const items = html.split('. ').map((s) => `<li>${s}</li>`).join('');
      parts.push(`<ul id="p${i}">${items}</ul>`);
    } else if (kind < 0.09) {
      const cells = html.split('. ');
      const rows: string[] = [];
      for (let c = 0; c < cells.length; c += 2) rows.push(`<tr><td>${cells[c]}</td><td>${cells[c + 1] ?? ''}</td></tr>`);
      parts.push(`<table id="p${i}">${rows.join('')}</table>`);
    } else parts.push(`<p id="p${i}">${html}</p>`);
  });
  return { html: shell(withReferences ? '1 MB with references' : '1 MB without references', parts.join('\n')), inserted: withReferences ? refs.length : 0 };
}

/**
 * Infinite scroll: every `intervalMs` the page appends `perBatch` items (a
 * heading and two paragraphs, one reference per item), `batches` times. Each
 * item's insertion time is kept in `window.__inserted` for the latency figure.
 */
export function stormPage(batches = 60, perBatch = 20, intervalMs = 50, seed = 11): GeneratedPage {
  const { paragraphs, refs } = generateCorpus(seed, batches * perBatch * 700);
  const items: string[][] = [];
  const withRef = refs.map((ref) => paragraphs[ref.paragraph]);
  for (let i = 0; i < batches * perBatch; i++) {
    items.push([`Item ${i + 1}`, withRef[i % withRef.length], paragraphs[(i * 7) % paragraphs.length]]);
  }
  const script = `
const ITEMS = ${JSON.stringify(items)};
window.__inserted = new Map();
window.__stormDone = false;
const feed = document.getElementById('feed');
let next = 0;
function batch() {
  const frag = document.createDocumentFragment();
  const now = performance.now();
  const added = [];
  for (let i = 0; i < ${perBatch} && next < ITEMS.length; i++, next++) {
    const [title, a, b] = ITEMS[next];
    const article = document.createElement('article');
    article.dataset.item = String(next);
    const h = document.createElement('h3');
    h.textContent = title;
    const p1 = document.createElement('p');
    p1.textContent = a;
    const p2 = document.createElement('p');
    p2.textContent = b;
    article.append(h, p1, p2);
    frag.append(article);
    added.push(article);
  }
  feed.append(frag);
  for (const a of added) window.__inserted.set(a, now);
  // Keep the newest items in view, as a reader scrolling the feed would.
  window.scrollTo(0, document.body.scrollHeight);
  if (next < ITEMS.length) setTimeout(batch, ${intervalMs});
  else window.__stormDone = true;
}
window.__startStorm = () => setTimeout(batch, ${intervalMs});
`;
  return { html: shell('Append storm', '<h1>Feed</h1><div id="feed"></div>', script), inserted: Math.min(items.length, batches * perBatch) };
}

/**
 * One reference per paragraph, each in another book, for the hover series,
 * above `filler` (the body of a heavy page), so the card opens on a page
 * with a large DOM.
 */
export function hoverPage(references: readonly string[], filler = ''): string {
  const body = references
    .map((ref, i) => `<p id="h${i}">Paragraph ${i + 1} of the hover series cites ${escapeHtml(ref)} in the middle of a sentence.</p>`)
    .join('\n');
  return shell('Hover series', body + filler);
}

/** The body of a generated page, to put under other content. */
export function bodyOf(html: string): string {
  return html.slice(html.indexOf('<body>') + 6, html.lastIndexOf('</body>'));
}
