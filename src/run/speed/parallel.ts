import { Worker } from 'node:worker_threads';
import type { ActiveRule, RunSettings } from '../../config/resolved.js';
import { lintShare, type ShareFileResult, type ShareTask } from './share.js';
import type { AnyRule } from '../../types/rule.js';
import type { SourceFile } from '../../yaml/source-file.js';
import type { DocumentChunk } from '../../yaml/split-documents.js';

/**
 * Below this much input a worker costs more to start than it saves (a worker loads the bundle
 * again: tens of milliseconds), so small runs, such as a pre-commit hook's, stay on one thread.
 */
export const PARALLEL_MIN_BYTES = 512 * 1024;

export interface ParallelOptions {
  /** Threads to use in all, the main one included. */
  concurrency: number;
  /** The bundled worker script; without it (running from source) everything stays on one thread. */
  workerUrl?: URL;
  /** Rules the worker knows by id: a run with any other rule (a plugin's) stays on one thread. */
  builtinRules: readonly AnyRule[];
}

/**
 * Lints every source, splitting the documents of large inputs into contiguous shares of about
 * equal size, one per thread. Findings do not depend on the split: each document is linted on
 * its own and keeps its index and file positions.
 */
export async function lintSources(
  sources: readonly SourceFile[],
  active: readonly ActiveRule[],
  settings: RunSettings,
  options: ParallelOptions,
): Promise<ShareFileResult[]> {
  const chunked = sources.map((source) => ({ source, chunks: source.documents }));
  const total = sources.reduce((n, s) => n + s.text.length, 0);
  const builtin = new Set(options.builtinRules);
  const threads =
    options.workerUrl && total >= PARALLEL_MIN_BYTES && active.every((a) => builtin.has(a.rule))
      ? Math.max(1, Math.min(options.concurrency, countChunks(chunked)))
      : 1;
  const shares = partition(chunked, threads, total).map((files) => toTask(files, active, settings));
  const rulesById = new Map(active.map((a) => [a.rule.id, a.rule]));

  const workers = shares.slice(1).map((task) => runInWorker(options.workerUrl!, task));
  // With workers, V8's flags stay as they are: they are the whole process's, and each worker
  // compiles its bundle while this thread lints.
  const own = await lintShare(shares[0], rulesById, { tuneV8: workers.length === 0 });
  // One thread's share holds every source, in order, each once (partition).
  if (workers.length === 0) return own;
  const results = [own, ...(await Promise.all(workers))];
  return mergeByFile(sources, results.flat());
}

type Chunked = { source: SourceFile; chunks: readonly DocumentChunk[] };

function countChunks(chunked: readonly Chunked[]): number {
  return chunked.reduce((n, c) => n + c.chunks.length, 0);
}

/** Contiguous shares by bytes: each file's chunks stay in order, a file may span two shares. */
function partition(chunked: readonly Chunked[], threads: number, total: number): Chunked[][] {
  const shares: Chunked[][] = [[]];
  const target = total / threads;
  let filled = 0;
  for (const { source, chunks } of chunked) {
    let current: DocumentChunk[] = [];
    const flush = (): void => {
      if (current.length > 0 || chunks.length === 0) shares[shares.length - 1].push({ source, chunks: current });
      current = [];
    };
    if (chunks.length === 0) {
      flush();
      continue;
    }
    for (const chunk of chunks) {
      if (filled >= target * shares.length && shares.length < threads && (current.length > 0 || shares[shares.length - 1].length > 0)) {
        flush();
        shares.push([]);
      }
      current.push(chunk);
      filled += chunk.end - chunk.start;
    }
    flush();
  }
  return shares;
}

function toTask(files: readonly Chunked[], active: readonly ActiveRule[], settings: RunSettings): ShareTask {
  return {
    files: files.map(({ source, chunks }) => ({ path: source.path, text: source.text, chunks })),
    rules: active.map((a) => ({ id: a.rule.id, severity: a.severity, options: a.options, levelSet: a.levelSet })),
    settings: { ...settings, now: settings.now.getTime() },
  };
}

function runInWorker(url: URL, task: ShareTask): Promise<ShareFileResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url);
    worker.once('message', (message: { ok: true; result: ShareFileResult[] } | { ok: false; error: string }) => {
      void worker.terminate();
      if (message.ok) resolve(message.result);
      else reject(new Error(`worker failed: ${message.error}`));
    });
    worker.once('error', reject);
    worker.postMessage(task);
  });
}

/** One result per source, in input order, whichever shares its documents went to. */
function mergeByFile(sources: readonly SourceFile[], parts: readonly ShareFileResult[]): ShareFileResult[] {
  const byPath = new Map<string, ShareFileResult>();
  for (const s of sources) byPath.set(s.path, { path: s.path, findings: [], daemonSets: 0, failures: [], objects: [], checked: [], planned: [] });
  for (const part of parts) {
    const merged = byPath.get(part.path)!;
    for (const f of part.findings) merged.findings.push(f);
    merged.failures.push(...part.failures);
    for (const o of part.objects) merged.objects.push(o);
    for (const o of part.checked) merged.checked.push(o);
    for (const o of part.planned) merged.planned.push(o);
    merged.daemonSets += part.daemonSets;
  }
  return [...byPath.values()];
}
