/**
 * `npm start`'s Chromium launch, for real (headless): the flags from
 * scripts/launch-plan.ts, and both ways of loading the extension. The
 * DevTools-pipe way is the one branded Google Chrome 137+ needs; Debian's
 * Chromium accepts it too, so it is proven here without Chrome.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { chromePlan, devtoolsPipe, isRoot, type Loading } from '../../scripts/launch-plan';
import { EXTENSION_PATH, chromiumExecutable, expect, test } from './fixtures';

for (const loading of ['load-extension-flag', 'devtools-pipe'] as const satisfies readonly Loading[]) {
  test(`npm start opens Chromium with the extension on the demo page (${loading})`, async () => {
    const demo = readFileSync(resolve('scripts/demo-page.html'));
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(demo));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const plan = chromePlan({
      path: chromiumExecutable()!,
      extensionDir: EXTENSION_PATH,
      profileDir: mkdtempSync(join(tmpdir(), 'st-start-')),
      url,
      root: isRoot(),
      headless: true,
      loading,
    });
    expect(plan.args.includes('--no-sandbox')).toBe(isRoot());
    // The flag way has no pipe of its own; one is added here only to look inside.
    const args = plan.loading === 'devtools-pipe' ? plan.args : ['--remote-debugging-pipe', ...plan.args];
    let child: ChildProcess | undefined;
    try {
      child = spawn(chromiumExecutable()!, [...args, '--disable-gpu'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
      const devtools = devtoolsPipe(child.stdio[3] as Writable, child.stdio[4] as Readable);
      if (plan.loading === 'devtools-pipe') {
        const { id } = await devtools.send<{ id: string }>('Extensions.loadUnpacked', { path: EXTENSION_PATH });
        expect(id).toMatch(/^[a-p]{32}$/);
        await devtools.send('Target.createTarget', { url });
      }
      // The demo page's tab, and the number of references underlined in it.
      const highlights = async () => {
        const { targetInfos } = await devtools.send<{ targetInfos: Array<{ targetId: string; type: string; url: string }> }>('Target.getTargets');
        const page = targetInfos.find((t) => t.type === 'page' && t.url === url);
        if (!page) return -1;
        const { sessionId } = await devtools.send<{ sessionId: string }>('Target.attachToTarget', { targetId: page.targetId, flatten: true });
        const { result } = await devtools.send<{ result: { value: number } }>(
          'Runtime.evaluate',
          { expression: "CSS.highlights.get('scripture-ref')?.size ?? 0", returnByValue: true },
          sessionId,
        );
        return result.value;
      };
      await expect.poll(highlights, { timeout: 20_000 }).toBeGreaterThan(5);
    } finally {
      child?.kill();
      server.close();
    }
  });
}
