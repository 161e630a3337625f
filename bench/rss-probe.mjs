// Loaded with `node --import` into each measured process: reports its own resource usage on
// exit through file descriptor 3, so the benchmark needs no external `time` program.
//
// `maxRSS` is the process's own peak: on Linux, VmHWM of /proc/self/status. getrusage's
// ru_maxrss (process.resourceUsage().maxRSS) is not: Linux carries it across exec, so a process
// started by a benchmark that holds 400 MiB reports at least 400 MiB, whatever it used itself
// (`node -e 0` did). Elsewhere ru_maxrss is all there is.
import { readFileSync, writeSync } from 'node:fs';

function ownPeakKiB() {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

process.on('exit', () => {
  try {
    const usage = process.resourceUsage();
    writeSync(3, JSON.stringify({ ...usage, maxRSS: ownPeakKiB() ?? usage.maxRSS }));
  } catch {
    // fd 3 is only open under the benchmark runner.
  }
});
