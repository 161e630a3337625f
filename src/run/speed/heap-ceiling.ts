/**
 * A run that reports file by file keeps little alive between batches (tens of MiB for 100,000
 * DaemonSets in 10,000 files), but V8 sizes its heap by how fast a program allocates, not by how
 * much it keeps: with Node's default limit (4 GiB on a machine this size) the heap of such a run
 * grew to ~700 MiB of garbage before V8 collected it. Between batches, when the heap holds more
 * than HEAP_CEILING, a full collection brings it back to what is alive: a few tens of
 * milliseconds each time, paid only by runs that get there.
 *
 * Only a process that is daemonlint's own (the CLI) allows it, by handing over a way to make
 * V8's `gc` function (`allowHeapCeiling`); the library leaves its host's heap alone.
 * `DAEMONLINT_NO_HEAP_CEILING=1` turns it off, for comparing.
 */
export const HEAP_CEILING = 64 << 20;

let makeCollector: (() => () => void) | undefined;
let collect: (() => void) | undefined;

export function allowHeapCeiling(make: () => () => void): void {
  makeCollector = make;
}

/** Collects garbage when the heap holds more than `ceiling`: called between batches of files. */
export function keepHeapBelow(ceiling = HEAP_CEILING, env: NodeJS.ProcessEnv = process.env): void {
  if (makeCollector === undefined || env.DAEMONLINT_NO_HEAP_CEILING) return;
  if (process.memoryUsage().heapUsed < ceiling) return;
  collect ??= makeCollector();
  collect();
}
