import { parentPort } from 'node:worker_threads';
import { lintShare, type ShareTask } from './share.js';
import { builtinRules } from '../../rules/index.js';

// A worker thread of a parallel run: lints the shares the main thread posts, one at a time.
const rulesById = new Map(builtinRules.map((r) => [r.id, r]));
parentPort?.on('message', (task: ShareTask) => {
  lintShare(task, rulesById).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (error: unknown) => parentPort?.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
