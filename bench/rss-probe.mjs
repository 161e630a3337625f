// Loaded with `node --import` into each measured process: reports its own resource usage on
// exit through file descriptor 3, so the benchmark needs no external `time` program.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    writeSync(3, JSON.stringify(process.resourceUsage()));
  } catch {
    // fd 3 is only open under the benchmark runner.
  }
});
