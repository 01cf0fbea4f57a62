/**
 * Command line for authors and for measuring, with the extension's defaults.
 *
 *   npm run --silent refs -- FILE...   one JSON line per reference: {"file","start","end","text","osis"}
 *   npm run --silent refs -- --jsonl   reads {"text": "..."} lines from stdin; writes {"refs":[…]} per line, in order
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { findReferencesInText } from '../lib/references/text';

const args = process.argv.slice(2);

// `npm run --silent refs -- FILE | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

function usage(): never {
  process.stderr.write('usage: npm run --silent refs -- FILE...\n       npm run --silent refs -- --jsonl < lines.jsonl\n');
  process.exit(2);
}

async function jsonl(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') {
      process.stdout.write('{"refs":[]}\n');
      continue;
    }
    let text: unknown;
    try {
      text = (JSON.parse(line) as { text?: unknown }).text;
    } catch {
      process.stderr.write(`line ${n}: not JSON\n`);
      process.exitCode = 1;
      process.stdout.write('{"refs":[]}\n');
      continue;
    }
    const refs =
      typeof text === 'string'
        ? findReferencesInText(text).map(({ start, end, text: t, osis }) => ({ start, end, text: t, osis }))
        : [];
    process.stdout.write(`${JSON.stringify({ refs })}\n`);
  }
}

function files(paths: string[]): void {
  for (const file of paths) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(`${file}: ${(error as Error).message}\n`);
      process.exitCode = 1;
      continue;
    }
    for (const { start, end, text: t, osis } of findReferencesInText(text)) {
      process.stdout.write(`${JSON.stringify({ file, start, end, text: t, osis })}\n`);
    }
  }
}

if (args.length === 0) usage();
if (args[0] === '--jsonl') {
  if (args.length > 1) usage();
  await jsonl();
} else if (args[0] === '--help' || args[0] === '-h') usage();
else files(args);
