/**
 * What daemonlint does only to be fast, kept out of the path of a manifest. A reader of
 * `run/lint.ts` meets one call, `lintSources`, which lints every document of every source and
 * would do the same on one thread with none of this; the pieces behind it, and why each exists:
 *
 * - Threads (`parallel.ts`, `share.ts`, `worker.ts`): inputs over 512 KiB are split into shares of
 *   documents, one per thread, with one thread less than the machine's cores (V8 already spends a
 *   core on garbage collection and compilation; on two cores a worker measured slower, 0.668 s
 *   against 0.542 s for 2,000 DaemonSets). Findings do not depend on the split.
 * - V8's interrupt budget (`v8-tuning.ts`): raised while a large share is linted on one thread,
 *   ~10% less wall time and ~25% less CPU on 2,000 DaemonSets; only processes that are
 *   daemonlint's own (the CLI, the Action) allow it, through `allowV8Tuning`.
 * - A heap ceiling (`heap-ceiling.ts`): a run reported file by file collects garbage between
 *   batches once its heap passes 128 MiB, so its memory stays bounded by what it keeps.
 * - The code cache lives in `bin/daemonlint.js`, which compiles the CLI bundle with a V8 cache
 *   (~80 ms for a small file against ~110 without); it must not see other V8 flags, which is why
 *   the tuning puts V8's defaults back before anything compiles.
 */
import { availableParallelism } from 'node:os';

export { lintSources, PARALLEL_MIN_BYTES, type ParallelOptions } from './parallel.js';
export { allowV8Tuning } from './v8-tuning.js';
export { ACROSS_INPUT, allowHeapCeiling, heapLooker, keepHeapBelow, v8Collector } from './heap-ceiling.js';

export const MAX_DEFAULT_CONCURRENCY = 4;

/**
 * One thread less than the machine has: V8 already runs garbage collection and compilation on
 * another core, and on two cores a worker measured slower than one thread (0.68 s against
 * 0.64 s for 2,000 DaemonSets).
 */
export function defaultConcurrency(): number {
  return Math.max(1, Math.min(availableParallelism() - 1, MAX_DEFAULT_CONCURRENCY));
}
