import { describe, expect, it } from 'vitest';
import { decide, majorVersion } from '../../firefox/environment';

describe('can the Firefox tier run here?', () => {
  it('reads the major version from `firefox --version`', () => {
    expect(majorVersion('Mozilla Firefox 153.8.0esr\n')).toBe(153);
    expect(majorVersion('Mozilla Firefox 140.0')).toBe(140);
    expect(majorVersion('bash: firefox: command not found')).toBeUndefined();
  });

  it('runs only with a build and a Firefox at least as new as the manifest demands, and says why not', () => {
    expect(decide({ binary: '/usr/bin/firefox-esr', versionOutput: 'Mozilla Firefox 153.8.0esr' })).toEqual({
      run: true,
      binary: '/usr/bin/firefox-esr',
      version: 'Mozilla Firefox 153.8.0esr',
    });
    expect(decide({ binary: '/usr/bin/firefox-esr', versionOutput: 'Mozilla Firefox 128.9.0esr' })).toEqual({
      run: false,
      reason: '/usr/bin/firefox-esr is Firefox 128; the extension needs 140 or later',
    });
    expect(decide({})).toMatchObject({ run: false, reason: expect.stringContaining('apt-get install firefox-esr') });
    expect(decide({ binary: '/usr/bin/firefox', versionOutput: 'Mozilla Firefox 153.0', missingBuild: '/x/.output/firefox-mv2' })).toEqual({
      run: false,
      reason: 'no Firefox build at /x/.output/firefox-mv2 (run "npm run test:firefox", which builds it)',
    });
    expect(decide({ binary: '/usr/bin/firefox', versionOutput: 'failed: spawn EACCES' })).toMatchObject({ run: false, reason: expect.stringContaining('did not report a Firefox version') });
  });
});
