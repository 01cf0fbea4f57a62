/**
 * The one catalogue of explanations, owned by the background worker: the
 * reader's articles, the bundled articles and the commentaries, in one order.
 * The card, the popup and the options page all ask it, so they can never
 * disagree.
 *
 * Order of explanations for a passage:
 *  1. article blocks that cite it ("same", "overlap") or explain its quote ("quoted"),
 *     ranked as in lib/articles/explain.ts (the article order setting breaks ties);
 *  2. commentary blocks that cover it ("covers");
 *  3. article blocks about a nearby verse ("related").
 */
import { findArticleExplanations, type ArticleOrder } from '../articles/explain';
import { createArticleSearch, MAX_RESULTS, type ArticleSearch } from '../articles/search';
import type { Article } from '../articles/types';
import { OSIS_BOOKS, osisToName, type OsisBook } from '../bible/books';
import { formatRangeLabel, parseOsisRange, type PassageRange } from '../bible/osis';
import { createCommentarySearch, toSearchResult, type CommentarySearch } from '../commentaries/search';
import { COMMENTARY_SOURCES, type CommentaryReader } from '../commentaries/reader';
import type { CommentaryBlock, CommentarySourceId } from '../commentaries/types';
import { findReferences } from '../references';
import { commentaryBlockRange, findCommentaryExplanations } from './commentary-explanations';
import type { Explanation, ExplanationResult, ExplanationSources, ExplanationTarget, SearchResult } from './types';

/** The card steps through at most this many; more would be noise. */
const MAX_EXPLANATIONS = 8;
/** A passage this short is one thought, worth finding inside a long commentary block. */
const FOCUS_MAX_VERSES = 5;

const isShort = ({ start, end }: PassageRange) =>
  start.book === end.book && start.chapter === end.chapter && end.verse - start.verse < FOCUS_MAX_VERSES;

export interface CataloguePreferences {
  readonly order: ArticleOrder;
  readonly sources: ExplanationSources;
}

export interface CatalogueDeps {
  /** Bundled and imported articles, current at the time of the call. */
  readonly loadArticles: () => Promise<readonly Article[]>;
  readonly commentaries: CommentaryReader;
  readonly preferences: () => Promise<CataloguePreferences>;
  /**
   * The words of a short passage (the worker reads the KJV, whose wording the
   * commentaries quote), so a long commentary block's excerpt can start where
   * it speaks of the passage. Optional: without it, excerpts start at the block's start.
   */
  readonly passageText?: (range: PassageRange) => Promise<string>;
  /** A commentary that fails to load is left out of the card, and reported here. */
  readonly logError?: (where: string, message: string) => void;
}

interface ArticleSummary {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly source: Article['source'];
}

export interface CommentarySummary {
  readonly source: CommentarySourceId;
  readonly title: string;
  readonly shortTitle: string;
  readonly attribution: string;
  /** The books it comments on, in canonical order, with their chapter counts. */
  readonly books: ReadonlyArray<{ readonly book: OsisBook; readonly name: string; readonly chapters: number }>;
}

export interface CatalogueListing {
  readonly articles: readonly ArticleSummary[];
  readonly commentaries: readonly CommentarySummary[];
}

interface ChapterPlace {
  readonly book: OsisBook;
  readonly chapter: number;
}

/** One chapter of a commentary, ready for the reading view. */
export interface CommentaryChapterView extends ChapterPlace {
  readonly source: CommentarySourceId;
  readonly title: string;
  readonly bookName: string;
  readonly intro?: readonly string[];
  readonly outline: readonly string[];
  readonly blocks: ReadonlyArray<CommentaryBlock & { readonly label: string }>;
  readonly previous?: ChapterPlace;
  readonly next?: ChapterPlace;
}

export interface ExplanationCatalogue {
  explain(range: PassageRange, exclude?: ExplanationTarget): Promise<ExplanationResult>;
  listing(): Promise<CatalogueListing>;
  article(slug: string): Promise<Article>;
  chapter(source: CommentarySourceId, book: OsisBook, chapter: number): Promise<CommentaryChapterView>;
  search(query: string): Promise<SearchResult[]>;
}

const STRONG_MATCHES = new Set(['same', 'overlap', 'quoted']);

const isExcluded = (e: Explanation, exclude?: ExplanationTarget) => !!exclude && e.slug === exclude.slug && e.blockId === exclude.blockId;

/** The query as one passage ("rom 8", "Ps 23:1"), or undefined when it reads as words. */
function queryPassage(query: string): PassageRange | undefined {
  const refs = findReferences(query, { chapterOnlyAbbreviations: true });
  return refs.length === 1 && refs[0].start <= 1 && refs[0].end >= query.length - 1 ? parseOsisRange(refs[0].osis) : undefined;
}

export function createExplanationCatalogue(deps: CatalogueDeps): ExplanationCatalogue {
  const { commentaries } = deps;
  let articleSearch: { articles: readonly Article[]; search: ArticleSearch } | undefined;
  let commentarySearch: Promise<CommentarySearch> | undefined;

  const sameArticles = (a: readonly Article[], b: readonly Article[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const searchArticles = async () => {
    const articles = await deps.loadArticles();
    if (!articleSearch || !sameArticles(articleSearch.articles, articles)) articleSearch = { articles, search: createArticleSearch(articles) };
    return articleSearch.search;
  };
  // Loaded on the first word search only: it reads every commentary part.
  const searchCommentaries = () => {
    commentarySearch ??= Promise.all(
      COMMENTARY_SOURCES.map(async (source) => ({ index: await commentaries.index(source), parts: await commentaries.allParts(source) })),
    ).then(createCommentarySearch);
    commentarySearch.catch(() => (commentarySearch = undefined));
    return commentarySearch;
  };

  async function explain(range: PassageRange, exclude?: ExplanationTarget): Promise<ExplanationResult> {
    const { order, sources } = await deps.preferences();
    const articles = (await deps.loadArticles()).filter((a) => sources[a.source]);
    const fromArticles = findArticleExplanations(articles, range, order);
    // The passage's words help place the excerpt, but an explanation never waits on a failure to read them.
    const words = isShort(range) && deps.passageText ? await deps.passageText(range).catch(() => undefined) : undefined;
    const fromCommentaries = await findCommentaryExplanations(commentaries, COMMENTARY_SOURCES.filter((s) => sources[s]), range, words).catch(
      // The articles still explain the passage when a commentary file is damaged or missing.
      (error: unknown) => {
        deps.logError?.('commentaries', error instanceof Error ? error.message : String(error));
        return [];
      },
    );
    const explanations = [
      ...fromArticles.filter((e) => STRONG_MATCHES.has(e.match)),
      ...fromCommentaries,
      ...fromArticles.filter((e) => !STRONG_MATCHES.has(e.match)),
    ].filter((e) => !isExcluded(e, exclude));
    return { explanations: explanations.slice(0, MAX_EXPLANATIONS) };
  }

  async function summaryOf(source: CommentarySourceId): Promise<CommentarySummary> {
    const index = await commentaries.index(source);
    const books = OSIS_BOOKS.filter((b) => index.books[b]?.length).map((book) => ({
      book,
      name: osisToName(book),
      chapters: Math.max(...index.books[book].map((p) => p.lastChapter)),
    }));
    return { source, title: index.title, shortTitle: index.shortTitle, attribution: index.attribution, books };
  }

  /** Articles in the reader's order: their own first or ours first, as the card ranks them. */
  async function listing(): Promise<CatalogueListing> {
    const [all, { order }] = await Promise.all([deps.loadArticles(), deps.preferences()]);
    const first = order === 'mine-first' ? 'imported' : 'bundled';
    const articles = [...all]
      .sort((a, b) => Number(b.source === first) - Number(a.source === first))
      .map(({ slug, title, summary, source }) => ({ slug, title, summary, source }));
    // A commentary whose index cannot be read is left out; the articles are still listed.
    const settled = await Promise.allSettled(COMMENTARY_SOURCES.map(summaryOf));
    const commentaries = settled.flatMap((result) => {
      if (result.status === 'fulfilled') return [result.value];
      deps.logError?.('commentaries', result.reason instanceof Error ? result.reason.message : String(result.reason));
      return [];
    });
    return { articles, commentaries };
  }

  async function article(slug: string): Promise<Article> {
    const found = (await deps.loadArticles()).find((a) => a.slug === slug);
    if (!found) throw new Error('That article is no longer in the extension. It may have been deleted.');
    return found;
  }

  /** The chapter before or after, across books, among those the source comments on. */
  function neighbours(books: readonly CommentarySummary['books'][number][], place: ChapterPlace) {
    const at = books.findIndex((b) => b.book === place.book);
    const previous =
      place.chapter > 1 ? { book: place.book, chapter: place.chapter - 1 } : at > 0 ? { book: books[at - 1].book, chapter: books[at - 1].chapters } : undefined;
    const next =
      place.chapter < books[at].chapters ? { book: place.book, chapter: place.chapter + 1 } : at + 1 < books.length ? { book: books[at + 1].book, chapter: 1 } : undefined;
    return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
  }

  async function chapter(source: CommentarySourceId, book: OsisBook, chapterNumber: number): Promise<CommentaryChapterView> {
    const [summary, comment] = await Promise.all([summaryOf(source), commentaries.chapter(source, book, chapterNumber)]);
    if (!comment) throw new Error(`${summary.title} has no comment on ${osisToName(book)} ${chapterNumber}.`);
    const blocks = comment.chapter.blocks.map((block) => ({
      ...block,
      label: formatRangeLabel(commentaryBlockRange({ book, chapter: chapterNumber, block })),
    }));
    return {
      source,
      title: summary.title,
      book,
      bookName: osisToName(book),
      chapter: chapterNumber,
      ...(comment.intro ? { intro: comment.intro } : {}),
      outline: comment.chapter.outline,
      blocks,
      ...neighbours(summary.books, { book, chapter: chapterNumber }),
    };
  }

  async function search(query: string): Promise<SearchResult[]> {
    const q = query.trim();
    if (q.length < 2) return [];
    const fromArticles = (await searchArticles()).search(q);
    const passage = queryPassage(q);
    const fromCommentaries = passage
      ? (await Promise.all(COMMENTARY_SOURCES.map(async (source) => {
          const index = await commentaries.index(source);
          return (await commentaries.blocksCovering(source, passage)).map((c) => toSearchResult(index, c, c.block.paragraphs.join(' '), []));
        }))).flat()
      : (await searchCommentaries()).search(q, MAX_RESULTS);
    return [...fromArticles, ...fromCommentaries].slice(0, MAX_RESULTS + fromArticles.length);
  }

  return { explain, listing, article, chapter, search };
}
