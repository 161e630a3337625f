import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli } from './cli.js';

// The bundle ships its worker beside it; run from source, there is none and runs stay on one thread.
const workerUrl = new URL('./worker.js', import.meta.url);

// The process entry point: the only place that touches process streams and the exit code.
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  workerUrl: existsSync(fileURLToPath(workerUrl)) ? workerUrl : undefined,
});
process.exitCode = code;
