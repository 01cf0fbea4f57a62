/**
 * A small recency-ordered cache of promises: the last `limit` keys asked for
 * are kept, a hit moves its key to the newest place, and a promise that
 * rejects is forgotten so that the next request tries again.
 *
 * Used wherever a worker or page loads something on demand (Bible books,
 * commentary parts, card data), so a slow or failed load never sticks.
 */
export interface PromiseCache<T> {
  get(key: string, load: () => Promise<T>): Promise<T>;
  clear(): void;
  readonly size: number;
}

export function createPromiseCache<T>(limit: number): PromiseCache<T> {
  const max = Math.max(1, Math.floor(limit));
  // Insertion order is recency order: a hit is re-inserted at the end.
  const entries = new Map<string, Promise<T>>();
  return {
    get(key, load) {
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const pending = Promise.resolve().then(load);
      entries.set(key, pending);
      pending.catch(() => {
        if (entries.get(key) === pending) entries.delete(key);
      });
      while (entries.size > max) entries.delete(entries.keys().next().value as string);
      return pending;
    },
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}
