declare module 'virtual:bundled-articles' {
  import type { Article } from './lib/articles/types';
  const articles: Article[];
  export default articles;
}
