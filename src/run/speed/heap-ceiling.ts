/**
 * A run that reports file by file keeps little alive between batches (what the rules across the
 * input collect, ~750 bytes an object), but V8 sizes its heap by how fast a program allocates,
 * not by how much it keeps: with Node's default limit (4 GiB on a machine this size) the heap of
 * 100,000 DaemonSets in 10,000 files grew to ~700 MiB, mostly garbage, before V8 collected it.
 * When the heap holds more than HEAP_CEILING (and `growth` times what it held after the last
 * one), a full collection brings it back to what is alive: a few tens of milliseconds each time
 * (a few hundred with 100,000 objects alive), paid only by runs that get there.
 *
 * Only a process that is daemonlint's own (the CLI) allows it, by handing over a way to make
 * V8's `gc` function (`allowHeapCeiling`); the library leaves its host's heap alone.
 * `DAEMONLINT_NO_HEAP_CEILING=1` turns it off, for comparing.
 */
export const HEAP_CEILING = 64 << 20;

let makeCollector: (() => () => void) | undefined;
let collect: (() => void) | undefined;
/** What the heap held after the last collection: a run that keeps more (the objects rules across the input compare) is collected later. */
let kept = 0;

export function allowHeapCeiling(make: () => () => void): void {
  makeCollector = make;
}

/**
 * The way to make V8's `gc` function that a process of daemonlint's own hands to allowHeapCeiling:
 * the flag is on only while a context is made, so code caches see V8's default flags.
 */
export function v8Collector(setFlagsFromString: (flags: string) => void, runInNewContext: (code: string) => unknown): () => () => void {
  return () => {
    setFlagsFromString('--expose-gc');
    try {
      return runInNewContext('gc') as () => void;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  };
}

/**
 * How much more than it kept after the last collection the heap may hold before the next one.
 * Between batches of files a run mostly makes garbage, and half again keeps collections rare.
 * While the rules across the input run, what they compare is most of the heap and stays alive,
 * and every finding reads its files again: a quarter keeps the peak of a 100,000-object run
 * ~45 MiB lower for a few more collections in a short phase.
 */
export const BETWEEN_FILES = 1.5;
export const ACROSS_INPUT = 1.25;

/**
 * Collects garbage when the heap holds more than `ceiling` and `growth` times what it kept last
 * time: called between batches of files, and while the rules across the input read files again.
 */
export function keepHeapBelow({ growth = BETWEEN_FILES, ceiling = HEAP_CEILING, env = process.env }: { growth?: number; ceiling?: number; env?: NodeJS.ProcessEnv } = {}): void {
  if (makeCollector === undefined || env.DAEMONLINT_NO_HEAP_CEILING) return;
  if (process.memoryUsage().heapUsed < Math.max(ceiling, kept * growth)) return;
  collect ??= makeCollector();
  collect();
  kept = process.memoryUsage().heapUsed;
}

/**
 * Items (findings, checked DaemonSets) given out between two looks at the heap: a look reads
 * /proc (44 ms of a run over 2,000 single files, asked after each file).
 */
const LOOK_EVERY = 2_000;

/** A counter of items given out that calls keepHeapBelow once every LOOK_EVERY of them. */
export function heapLooker(): (items: number) => void {
  let since = 0;
  return (items) => {
    since += items;
    if (since < LOOK_EVERY) return;
    since = 0;
    keepHeapBelow();
  };
}
