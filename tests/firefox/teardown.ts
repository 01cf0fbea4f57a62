/** Says it again after the test list, where a skipped Firefox tier cannot scroll out of sight. */
import { SKIP_REASON_ENV, skipBanner } from './environment';

export default function globalTeardown(): void {
  const reason = process.env[SKIP_REASON_ENV];
  if (reason) console.error(skipBanner(reason));
}
