import { existsSync, fstatSync, writeSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { OutputError, runCli } from './cli.js';
import { describeError } from '../types/errors.js';
import { neutralizeCommands, visibleTextKeepingLines } from '../report/safe-text.js';
import { pluginsStarted } from '../config/plugin-host.js';
import { allowHeapCeiling, allowV8Tuning, v8Collector } from '../run/speed/index.js';

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
function stdoutWriter(): { text: (text: string) => void; bytes: (bytes: Uint8Array) => void } {
  let direct = process.platform !== 'win32';
  const bytes = (chunk: Uint8Array): void => {
    if (closed) return;
    if (!direct) {
      viaStream(Buffer.from(chunk));
      return;
    }
    let rest = chunk;
    try {
      while (rest.length > 0) rest = rest.subarray(writeSync(1, rest));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') {
        // The reader is gone (`daemonlint | head`): the rest of the report has nowhere to go.
        closed = true;
        return;
      }
      if (code !== 'EAGAIN') throw new OutputError(`cannot write the report to standard output: ${describeError(error)}`);
      direct = false;
      // A copy: the caller may reuse its buffer once this returns, and the stream writes later.
      viaStream(Buffer.from(rest));
    }
  };
  return {
    text: (text) => {
      if (closed) return;
      if (direct) bytes(encode(text));
      else viaStream(text);
    },
    bytes,
  };
}

/**
 * UTF-8 bytes of a piece of the report. An ASCII piece (as most are: JSON escapes what it must)
 * is copied a byte a character, about twice as fast as the UTF-8 encoder, which matters for the
 * tens of megabytes of a fleet's JSON coverage. Its UTF-8 length equals its length only then.
 */
function encode(text: string): Buffer {
  return Buffer.byteLength(text) === text.length ? Buffer.from(text, 'latin1') : Buffer.from(text);
}

let streamWatched = false;

/**
 * Writes through process.stdout, whose errors arrive later, as events: a closed reader ends the
 * output quietly (the exit code stays the run's), anything else (a full disk) is one line and exit 2.
 */
function viaStream(text: string | Buffer): void {
  streamed = true;
  if (!streamWatched) {
    streamWatched = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') {
        closed = true;
        return;
      }
      writeLine(`daemonlint: cannot write the report to standard output: ${describeError(error)}\n`);
      process.exitCode = 2;
    });
  }
  process.stdout.write(text);
}

/** Standard output's reader has gone away: everything else written to it is dropped, quietly. */
let closed = false;
/** Something went out through process.stdout or process.stderr, whose writes may still be pending: the process must wait for them. */
let streamed = false;

/**
 * Messages go to stderr synchronously, as the report does; a stderr that is gone takes them nowhere.
 * They name files, keys and values from the input, which may hold line breaks and hidden
 * characters: hidden ones are written as escapes and a line that would start a workflow command
 * (`::`, or `##[` anywhere) is defused, as in the report, for a CI log acts on stderr's lines too.
 */
function writeLine(message: string): void {
  const text = neutralizeCommands(visibleTextKeepingLines(message));
  let rest = Buffer.from(text);
  try {
    while (rest.length > 0) rest = rest.subarray(writeSync(2, rest));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') return; // EPIPE: nowhere left to say it.
    if (process.stderr.listenerCount('error') === 0) process.stderr.on('error', () => undefined);
    streamed = true;
    process.stderr.write(rest);
  }
}

/** With no paths, standard input is read when it is a pipe, a socket or a file: not a terminal, not /dev/null. */
function stdinIsPiped(): boolean {
  try {
    const stat = fstatSync(0);
    return stat.isFIFO() || stat.isSocket() || (stat.isFile() && stat.size > 0);
  } catch {
    return false;
  }
}

/**
 * Read by bin/daemonlint.js when the process exits: only a run that linted has compiled enough
 * of the CLI for its code cache to be worth writing.
 */
export const progress = { linted: false };

// This process is daemonlint's own: it may tune V8 for large inputs (see run/speed/index.ts).
// node:v8 is loaded on the first call only (the bundle loads it lazily, see scripts/build.mjs).
allowV8Tuning((flags) => setFlagsFromString(flags));
// V8's gc function, made once a run's heap passes its ceiling (run/speed/heap-ceiling.ts).
allowHeapCeiling(v8Collector((flags) => setFlagsFromString(flags), (code) => runInNewContext(code)));

// The process entry point: the only place that touches process streams and the exit code.
// No top-level await: the same entry is also bundled as CommonJS (dist/cli.cjs, which the bin
// script compiles with a V8 code cache), and CommonJS has none.
let finished = false;
const stdout = stdoutWriter();
void runCli(process.argv.slice(2), {
  stdout: stdout.text,
  stdoutBytes: stdout.bytes,
  stderr: writeLine,
  stdinIsPiped,
  cwd: process.cwd(),
  env: process.env,
  // Asked only when a report can have colours (see stdoutWriter for why process.stdout waits).
  get stdoutIsTTY() {
    return process.stdout.isTTY === true;
  },
  get stdoutColumns() {
    return process.stdout.isTTY === true ? process.stdout.columns : undefined;
  },
  workerUrl: existsSync(fileURLToPath(workerUrl)) ? workerUrl : undefined,
  linted: () => {
    progress.linted = true;
  },
}).then((code) => {
  finished = true;
  process.exitCode ??= code;
  // Everything has been written with write(2): exit now, rather than once the event loop is
  // empty, which then tears V8's heap down page by page (~20 ms after a run of 2,000
  // DaemonSets, for memory the system takes back at exit anyway). Not after plugin code ran on
  // Windows: what it printed on its worker thread may still be on its way (see plugin-host.ts).
  if (!streamed && !pluginsStarted()) process.exit();
});

// A run whose promises never settle (a plugin's prepare() that never resolves, say) would
// otherwise end with exit 0 and no report once the event loop is empty.
process.on('exit', () => {
  if (finished) return;
  writeLine('daemonlint: the run ended before it produced its report (something it waited for never finished: a plugin?)\n');
  process.exitCode = 2;
});
