import { existsSync, writeSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { runCli } from './cli.js';
import { allowV8Tuning } from '../run/speed/index.js';

// The bundle ships its worker beside it; run from source, there is none and runs stay on one thread.
const workerUrl = new URL('./worker.js', import.meta.url);

/**
 * On POSIX, standard output goes out with write(2), which is what process.stdout does there for
 * files, pipes and terminals alike (synchronously) once it exists; but building it costs more
 * than a small run's report (a stream, and a net.Socket for a pipe or the tty module for a
 * terminal). After a failed write(2) (a full non-blocking pipe, a closed one), the rest goes to
 * process.stdout, so that its errors stay what they were. Windows keeps process.stdout, which
 * knows the console's encoding.
 */
function stdoutWriter(): (text: string) => void {
  let direct = process.platform !== 'win32';
  return (text) => {
    if (!direct) {
      process.stdout.write(text);
      return;
    }
    let rest = Buffer.from(text);
    try {
      while (rest.length > 0) rest = rest.subarray(writeSync(1, rest));
    } catch {
      direct = false;
      process.stdout.write(rest);
    }
  };
}

/**
 * Read by bin/daemonlint.js when the process exits: only a run that linted has compiled enough
 * of the CLI for its code cache to be worth writing.
 */
export const progress = { linted: false };

// This process is daemonlint's own: it may tune V8 for large inputs (see run/speed/index.ts).
// node:v8 is loaded on the first call only (the bundle loads it lazily, see scripts/build.mjs).
allowV8Tuning((flags) => setFlagsFromString(flags));

// The process entry point: the only place that touches process streams and the exit code.
// No top-level await: the same entry is also bundled as CommonJS (dist/cli.cjs, which the bin
// script compiles with a V8 code cache), and CommonJS has none.
void runCli(process.argv.slice(2), {
  stdout: stdoutWriter(),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  // Asked only when a report can have colours (see stdoutWriter for why process.stdout waits).
  get stdoutIsTTY() {
    return process.stdout.isTTY === true;
  },
  workerUrl: existsSync(fileURLToPath(workerUrl)) ? workerUrl : undefined,
  linted: () => {
    progress.linted = true;
  },
}).then((code) => {
  process.exitCode = code;
});
