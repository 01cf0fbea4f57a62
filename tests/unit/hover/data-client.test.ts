import { describe, expect, it, vi } from 'vitest';
import { createDataClient } from '../../../hover/data-client';

describe('data client', () => {
  it('unwraps replies and caches them', async () => {
    const send = vi.fn(async () => ({ ok: true, value: { explanations: [] } }));
    const client = createDataClient(send);
    await client.getExplanation('Rom.8.34');
    await client.getExplanation('Rom.8.34');
    expect(send).toHaveBeenCalledTimes(1);
    client.clear();
    await client.getExplanation('Rom.8.34');
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('keeps replies with and without an excluded block apart', async () => {
    const send = vi.fn(async () => ({ ok: true, value: { explanations: [] } }));
    const client = createDataClient(send);
    await client.getExplanation('Rom.8.34');
    await client.getExplanation('Rom.8.34', { slug: 'mhcc', blockId: 'rom-8-31-39' });
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith({ type: 'toBackground/getExplanation', osis: 'Rom.8.34', exclude: { slug: 'mhcc', blockId: 'rom-8-31-39' } });
  });

  it('turns an error reply into a rejected promise, and does not cache it', async () => {
    const send = vi.fn().mockResolvedValueOnce({ ok: false, error: 'nope' }).mockResolvedValueOnce({ ok: true, value: 1 });
    const client = createDataClient(send);
    await expect(client.getPassage('Rom.8.34', 'web')).rejects.toThrow('nope');
    await expect(client.getPassage('Rom.8.34', 'web')).resolves.toBe(1);
  });

  it('says so when the extension does not answer', async () => {
    const client = createDataClient(async () => undefined);
    await expect(client.getPassage('Rom.8.34', 'web')).rejects.toThrow(/did not answer/);
  });

  it('reports only the first error of a page', () => {
    const send = vi.fn(async () => ({ ok: true, value: null }));
    const client = createDataClient(send);
    client.reportError('scan', new Error('one'));
    client.reportError('scan', new Error('two'));
    expect(send).toHaveBeenCalledTimes(1);
  });
});
