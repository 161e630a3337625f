import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/**
 * Plugin code runs on a worker thread of its own, so that a plugin that never finishes cannot
 * hang a run: a module whose top-level await never settles, a prepare() that never resolves, a
 * rule that loops. Every call into the worker (loading, prepare, check, collect, checkAll) waits
 * at most `ruleTimeout` milliseconds; then the worker is terminated and the run stops with exit 2,
 * naming the plugin or rule. Built-in rules never go through here and pay nothing: a run without
 * plugins starts no worker.
 *
 * Calls are synchronous, as the engine calls rules: the main thread posts the call on a
 * MessageChannel and blocks in Atomics.wait on a shared flag, which the worker raises once its
 * answer is on the channel; the answer is then taken with receiveMessageOnPort. What crosses is
 * structured-cloned (the DaemonSet, the reports), as a rule across the input's `collect` result
 * already had to be.
 */

/** How long one call into plugin code may take by default (ms): far more than any rule needs on one object. */
export const DEFAULT_RULE_TIMEOUT = 10_000;

/** A plugin that cannot be used: named with what is wrong (exit 2). */
export class PluginError extends Error {}

/** Plugin code that did not finish within ruleTimeout: the run stops (exit 2), whatever catches rule failures. */
export class PluginTimeoutError extends PluginError {}

export interface HostReply {
  ok: boolean;
  error?: string;
  value?: unknown;
  reports?: unknown[];
}

/** What the worker says of a plugin it loaded. */
export interface DescribedPlugin {
  specifier: string;
  /** The plugin's `name` export (or its default export's), unchecked. */
  declaredName: unknown;
  /** False when the rules are not exported as a list. */
  isList: boolean;
  rules: DescribedRule[];
}

/** A rule as plain data: its functions become `typeof` names, the worker keeps them. */
export interface DescribedRule {
  isObject: boolean;
  id: unknown;
  meta: unknown;
  /** `typeof` each of the rule's functions. */
  kinds: { check: string; checkAll: string; collect: string; prepare: string };
  /** Why `meta` could not be copied out of the worker (it holds functions, say). */
  metaError?: string;
}

// The worker's source, run with `eval: true` (so that it needs no file of its own, bundled or
// not). `import(` is never written literally: the build rewrites that text in bundles (see
// scripts/build.mjs), and the worker must use the real dynamic import.
const IMPORT = ['im', 'port'].join('');
const WORKER_SOURCE = `
'use strict';
const { workerData } = require('node:worker_threads');
const { port, flag, plugins, out } = workerData;
const rules = [];
// What plugin code prints goes to the process's stdout and stderr at once, with write(2), as the
// CLI writes its report: a worker's own streams reach them only as messages to the main thread,
// whose event loop a run keeps blocked (each call waits in Atomics.wait) and the CLI leaves once
// its report is out, so most of it was lost. Windows keeps the streams, which know the console's
// encoding. A reader that has gone (EPIPE) takes nothing more, quietly, as the report does. What
// goes to stdout goes to stderr instead where stdout is a protocol (the language server's).
if (process.platform !== 'win32') {
  const { writeSync } = require('node:fs');
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const direct = (fd) => {
    let open = true;
    return (chunk, encoding, callback) => {
      const done = typeof encoding === 'function' ? encoding : callback;
      let bytes = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      while (open && bytes.length > 0) {
        try {
          bytes = bytes.subarray(writeSync(fd, bytes));
        } catch (error) {
          // A non-blocking pipe that is full: its reader empties it (a reader that never does
          // holds the call until ruleTimeout, as it would hold the report).
          if (error && error.code === 'EAGAIN') Atomics.wait(pause, 0, 0, 1);
          else open = false;
        }
      }
      if (typeof done === 'function') process.nextTick(done);
      return true;
    };
  };
  process.stdout.write = direct(out);
  process.stderr.write = direct(2);
} else if (out === 2) {
  process.stdout.write = process.stderr.write.bind(process.stderr);
}
/** The call being answered: an exception thrown later by its code (a callback, a timer) fails it. */
let current = 0;
const answer = (id, reply) => {
  try {
    port.postMessage({ ...reply, id });
  } catch (error) {
    port.postMessage({ ok: false, error: 'the answer cannot be copied out of the plugin: ' + (error && error.message), id });
  }
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
};
const message = (error) => (error instanceof Error ? error.message : String(error));
process.on('uncaughtException', (error) => answer(current, { ok: false, error: 'uncaught: ' + message(error) }));
process.on('unhandledRejection', () => {});

function describe(rule) {
  const isObject = typeof rule === 'object' && rule !== null;
  const r = isObject ? rule : {};
  const out = { isObject, id: typeof r.id === 'string' ? r.id : undefined, meta: undefined,
    kinds: { check: typeof r.check, checkAll: typeof r.checkAll, collect: typeof r.collect, prepare: typeof r.prepare } };
  try {
    out.meta = structuredClone(r.meta);
  } catch (error) {
    out.metaError = message(error);
  }
  return out;
}

async function load() {
  const described = [];
  for (const plugin of plugins) {
    let module;
    try {
      module = await ${IMPORT}(plugin.url);
    } catch (error) {
      // An ES module saved as .js in a package without "type": "module" (a CommonJS project): say how to make it load.
      const esmInCommonJs = /import statement outside a module|Unexpected token 'export'/.test(message(error));
      const hint = esmInCommonJs ? ' (it is an ES module in a CommonJS package: save it as .mjs, or write it as CommonJS: module.exports = { rules: [...] })' : '';
      return { ok: false, error: 'plugin "' + plugin.specifier + '": cannot be loaded: ' + message(error) + hint };
    }
    const declaredName = (module.default && module.default.name) ?? module.name;
    const exported = (module.default && module.default.rules) ?? module.rules ?? module.default;
    const isList = Array.isArray(exported);
    const list = isList ? exported : [];
    const first = rules.length;
    rules.push(...list);
    described.push({ specifier: plugin.specifier, declaredName: typeof declaredName === 'string' ? declaredName : undefined, isList,
      rules: list.map(describe), first });
  }
  return { ok: true, value: described };
}

async function handle(call) {
  const rule = rules[call.rule];
  const reports = [];
  try {
    if (call.op === 'prepare') {
      await rule.prepare(call.settings);
      return { ok: true, reports };
    }
    if (call.op === 'check') {
      const context = { options: call.options, object: call.object, now: new Date(call.now), kubeVersion: call.kubeVersion, report: (d) => reports.push(d) };
      rule.check(call.daemonSet, context);
      return { ok: true, reports };
    }
    if (call.op === 'collect') return { ok: true, value: rule.collect(call.object, call.options) };
    if (call.op === 'checkAll') {
      const index = new Map(call.objects.map((o, i) => [o, i]));
      const context = { options: call.options, kubeVersion: call.kubeVersion, report: (d) => reports.push({ ...d,
        object: index.has(d.object) ? index.get(d.object) : -1,
        related: d.related && d.related.map((r) => ({ ...r, object: index.has(r.object) ? index.get(r.object) : -1 })) }) };
      await rule.checkAll(call.objects, context);
      return { ok: true, reports };
    }
    return { ok: false, error: 'unknown call ' + call.op };
  } catch (error) {
    return { ok: false, error: message(error), reports };
  }
}

port.on('message', async (call) => {
  current = call.id;
  answer(call.id, await handle(call));
});
load().then((reply) => answer(0, reply), (error) => answer(0, { ok: false, error: message(error) }));
`;

/** Whether plugin code was started in this process (see pluginsStarted). */
let started = false;
/** Where what plugin code writes to stdout goes: stdout, or stderr (see pluginStdoutToStderr). */
let pluginStdout: 1 | 2 = 1;

/** Plugin code started from now on writes what it prints to stdout to stderr: this process's stdout is a protocol (the language server's). */
export function pluginStdoutToStderr(): void {
  pluginStdout = 2;
}

/**
 * Whether a plugin worker was started: on Windows, what its code prints (console.log,
 * console.error) reaches this process's stdout and stderr as messages the event loop delivers
 * later, so a process that exits at once after its run (cli/main.ts) must wait for them instead.
 */
export function pluginsStarted(): boolean {
  return started;
}

/** One worker holding the plugins of a configuration. */
export class PluginHost {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly flag: Int32Array;
  /** Why the worker was stopped: every later call fails with it. */
  private stopped: string | undefined;
  /** Calls are numbered (loading is 0): an answer of an earlier call still queued is skipped. */
  private calls = 0;
  /** The plugins as the worker loaded them. */
  readonly plugins: (DescribedPlugin & { first: number })[];

  constructor(
    plugins: readonly { specifier: string; url: string }[],
    readonly timeout: number,
  ) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.flag = new Int32Array(new SharedArrayBuffer(4));
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { port: port2, flag: this.flag, plugins, out: pluginStdout }, transferList: [port2] });
    started = true;
    // The worker must not keep a process alive once its run is over.
    this.worker.unref();
    const names = plugins.map((p) => `"${p.specifier}"`).join(', ');
    const loaded = this.wait(0, `loading the ${plugins.length === 1 ? 'plugin' : 'plugins'} ${names}`);
    if (!loaded.ok) {
      this.stop();
      throw new PluginError(loaded.error ?? 'the plugins could not be loaded');
    }
    this.plugins = loaded.value as (DescribedPlugin & { first: number })[];
  }

  /** Sends a call and waits for its answer, at most `timeout` ms; `what` names it in errors. */
  call(call: Record<string, unknown>, what: string): HostReply {
    if (this.stopped !== undefined) throw new PluginTimeoutError(this.stopped);
    const id = ++this.calls;
    Atomics.store(this.flag, 0, 0);
    this.port.postMessage({ ...call, id });
    return this.wait(id, what);
  }

  private wait(id: number, what: string): HostReply {
    const deadline = Date.now() + this.timeout;
    for (;;) {
      const left = deadline - Date.now();
      if (left <= 0 || Atomics.wait(this.flag, 0, 0, left) === 'timed-out') {
        this.stopped = `${what} did not finish within ${this.timeout} ms (ruleTimeout): the run was stopped`;
        this.stop();
        throw new PluginTimeoutError(this.stopped);
      }
      Atomics.store(this.flag, 0, 0);
      for (let received = receiveMessageOnPort(this.port); received !== undefined; received = receiveMessageOnPort(this.port)) {
        const reply = received.message as HostReply & { id: number };
        if (reply.id === id) return reply;
      }
    }
  }

  get isStopped(): boolean {
    return this.stopped !== undefined;
  }

  stop(): void {
    this.port.close();
    void this.worker.terminate();
  }
}
