import { describe, expect, it, vi } from 'vitest';
import { createPromiseCache } from '../../lib/promise-cache';

describe('promise cache', () => {
  it('loads a key once and answers later requests from the cache', async () => {
    const cache = createPromiseCache<number>(2);
    const load = vi.fn(async () => 7);
    expect(await cache.get('a', load)).toBe(7);
    expect(await cache.get('a', load)).toBe(7);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps the most recently used keys within its limit', async () => {
    const cache = createPromiseCache<string>(2);
    const load = vi.fn(async () => 'x');
    await cache.get('a', load);
    await cache.get('b', load);
    await cache.get('a', load); // a is now newer than b
    await cache.get('c', load); // evicts b
    expect(cache.size).toBe(2);
    await cache.get('a', load);
    expect(load).toHaveBeenCalledTimes(3);
    await cache.get('b', load);
    expect(load).toHaveBeenCalledTimes(4);
  });

  it('forgets a failed load so the next request tries again', async () => {
    const cache = createPromiseCache<number>(4);
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(3);
    await expect(cache.get('k', load)).rejects.toThrow('offline');
    expect(await cache.get('k', load)).toBe(3);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
