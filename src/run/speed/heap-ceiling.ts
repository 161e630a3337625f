/**
 * A run that reports file by file keeps little alive between batches (what the rules across the
 * input collect, ~1.4 KiB an object), but V8 sizes its heap by how fast a program allocates, not
 * by how much it keeps: with Node's default limit (4 GiB on a machine this size) the heap of
 * 100,000 DaemonSets in 10,000 files grew to ~700 MiB, mostly garbage, before V8 collected it. Between batches, when the heap holds more
 * than HEAP_CEILING (and half again what it held after the last one), a full collection brings it
 * back to what is alive: a few tens of milliseconds each time, paid only by runs that get there.
 *
 * Only a process that is daemonlint's own (the CLI) allows it, by handing over a way to make
 * V8's `gc` function (`allowHeapCeiling`); the library leaves its host's heap alone.
 * `DAEMONLINT_NO_HEAP_CEILING=1` turns it off, for comparing.
 */
export const HEAP_CEILING = 64 << 20;

let makeCollector: (() => () => void) | undefined;
let collect: (() => void) | undefined;
/** What the heap held after the last collection: a run that keeps more (the objects rules across the input compare) is collected at half as much again. */
let kept = 0;

export function allowHeapCeiling(make: () => () => void): void {
  makeCollector = make;
}

/** Collects garbage when the heap holds more than `ceiling` and half again what it kept last time: called between batches of files. */
export function keepHeapBelow(ceiling = HEAP_CEILING, env: NodeJS.ProcessEnv = process.env): void {
  if (makeCollector === undefined || env.DAEMONLINT_NO_HEAP_CEILING) return;
  if (process.memoryUsage().heapUsed < Math.max(ceiling, kept * 1.5)) return;
  collect ??= makeCollector();
  collect();
  kept = process.memoryUsage().heapUsed;
}
