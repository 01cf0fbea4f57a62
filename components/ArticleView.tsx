import type { ExplanationTarget } from '../lib/explanations/types';
import type { Article, ArticleBlock } from '../lib/articles/types';
import { InlineText } from './InlineText';
import { t } from './i18n';

function Block({ block, flash }: { block: ArticleBlock; flash: boolean }) {
  const cls = `block block-${block.kind}${flash ? ' flash' : ''}`;
  if (block.kind === 'list') {
    const items = (block.items ?? []).map((item, i) => (
      <li key={i}>
        <InlineText runs={item} />
      </li>
    ));
    return block.ordered ? (
      <ol id={block.id} class={cls} data-block={block.id}>
        {items}
      </ol>
    ) : (
      <ul id={block.id} class={cls} data-block={block.id}>
        {items}
      </ul>
    );
  }
  if (block.kind === 'quote') {
    return (
      <blockquote id={block.id} class={cls} data-block={block.id}>
        <p>
          <InlineText runs={block.inlines} />
        </p>
        {block.attribution && <footer class="attribution">— {block.attribution}</footer>}
      </blockquote>
    );
  }
  return (
    <p id={block.id} class={cls} data-block={block.id}>
      <InlineText runs={block.inlines} />
    </p>
  );
}

/** The full article: title, table of contents, sections with anchors. */
export function ArticleView({ article, flashBlockId }: { article: Article; flashBlockId?: string }) {
  const headed = article.sections.filter((s) => s.heading);
  return (
    <article class="article" data-part="article" data-slug={article.slug} lang={article.source === 'imported' ? undefined : 'en'}>
      <h1 class="article-title">{article.title}</h1>
      {article.summary && <p class="article-summary">{article.summary}</p>}
      {headed.length > 1 && (
        <nav class="toc" aria-label={t('popup.contents')}>
          <ol>
            {headed.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{s.heading}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {article.sections.map((section) => (
        <section key={section.id} id={section.id} class="article-section" data-part="section">
          {section.heading && <h2>{section.heading}</h2>}
          {section.blocks.map((block) => (
            <Block key={block.id} block={block} flash={block.id === flashBlockId} />
          ))}
        </section>
      ))}
    </article>
  );
}

/**
 * The reading block a node sits in (an article's or a commentary chapter's),
 * from the attributes the views put on their blocks: a card over a
 * reference there offers the other explanations, not this block again.
 */
export function explanationAround(node: Node): ExplanationTarget | undefined {
  const element = node instanceof Element ? node : node.parentElement;
  const blockId = element?.closest<HTMLElement>('[data-block]')?.dataset.block;
  const slug = element?.closest<HTMLElement>('[data-slug]')?.dataset.slug;
  return blockId && slug ? { slug, blockId } : undefined;
}
