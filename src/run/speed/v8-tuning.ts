/**
 * V8 decides whether to optimize a function each time the function has run an "interrupt
 * budget" of bytecode. The default suits short-lived page scripts: on a large input, the rules
 * and the YAML reader are queued for optimization again and again while their type feedback is
 * still growing, and the background compiles and deoptimizations compete for the second core.
 * With a budget four times V8's default, linting 2,000 DaemonSets takes ~10% less wall time and
 * ~25% less CPU (bench/run.mjs; measured on Node 20, V8 11.3). Small inputs never reach either
 * budget, so they run the same.
 *
 * V8 flags belong to the whole process, so only a process that is daemonlint's own (the CLI, the
 * Action) turns this on; the library leaves the host's V8 alone. The budget is raised only while
 * documents are linted on one thread, and put back before anything is compiled: V8 checks its
 * code caches (Node's for its built-in modules, bin/daemonlint.js's for the bundle) against a
 * hash of the flags that differ from their defaults, and a cache made under other flags is
 * thrown away. Putting V8's own default value back restores that hash exactly, so the default
 * must be known: it is listed per V8 version, and on any other version nothing is changed.
 */
export const TUNED_INTERRUPT_BUDGET = 256 * 1024;

/** `node --v8-options`: "--interrupt-budget (...) default: --interrupt-budget=67584", by V8 major.minor. */
export const DEFAULT_INTERRUPT_BUDGET: Readonly<Record<string, number>> = { '11.3': 67584 };

let setFlags: ((flags: string) => void) | undefined;

/**
 * Called by entry points that own their process (the CLI, the Action) with node:v8's
 * setFlagsFromString. The CLI's bundle loads node:v8 (which brings node:stream with it) on the
 * first call only, so a small run does not load it at all.
 */
export function allowV8Tuning(setFlagsFromString: (flags: string) => void): void {
  setFlags = setFlagsFromString;
}

/** A raised budget, which compiling code (a lazily loaded module) must pause. */
export interface Tuning {
  pause(): void;
  resume(): void;
  end(): void;
}

/**
 * Raises the interrupt budget until `end()`, or does nothing (undefined): when tuning is not
 * allowed, when DAEMONLINT_NO_V8_TUNING is set (to anything but the empty string), on a V8 whose
 * default is not listed, or when the user set the flag themselves.
 */
export function raiseInterruptBudget(
  env: NodeJS.ProcessEnv = process.env,
  execArgv: readonly string[] = process.execArgv,
  v8Version: string = process.versions.v8,
): Tuning | undefined {
  const setFlagsFromString = setFlags;
  if (setFlagsFromString === undefined) return undefined;
  const defaultBudget = DEFAULT_INTERRUPT_BUDGET[v8MinorVersion(v8Version)];
  if (defaultBudget === undefined) return undefined;
  if (env.DAEMONLINT_NO_V8_TUNING) return undefined;
  // Node takes V8 flags on its command line only (NODE_OPTIONS refuses them), spelled with - or _.
  if (execArgv.some((a) => USER_BUDGET.test(a))) return undefined;
  let raised = false;
  const set = (on: boolean): void => {
    if (on === raised) return;
    setFlagsFromString(`--interrupt-budget=${on ? TUNED_INTERRUPT_BUDGET : defaultBudget}`);
    raised = on;
  };
  set(true);
  return { pause: () => set(false), resume: () => set(true), end: () => set(false) };
}

const USER_BUDGET = /^--interrupt[-_]budget(?:=|$)/;

export function v8MinorVersion(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}
