/**
 * When to lint each document. A change after a pause is linted at once (on the next turn of the
 * event loop, which gathers the changes already received); while changes keep coming, a document
 * is linted at most once per `interval`, and always once after the last change. One lint of a
 * document runs at a time: a change during a lint is linted after it.
 */
export class LintSchedule {
  private readonly states = new Map<string, { timer?: NodeJS.Timeout | NodeJS.Immediate; running: boolean; pending: boolean; lastStart: number }>();

  constructor(
    private readonly lint: (uri: string) => Promise<void>,
    public interval: number,
  ) {}

  /** Lints `uri` as soon as the interval allows, or no earlier than `delay` ms from now. */
  request(uri: string, delay = 0): void {
    let state = this.states.get(uri);
    if (state === undefined) this.states.set(uri, (state = { running: false, pending: false, lastStart: -Infinity }));
    state.pending = true;
    if (state.running || state.timer !== undefined) return;
    const wait = Math.max(delay, state.lastStart + this.interval - performance.now());
    state.timer = wait <= 0 ? setImmediate(() => void this.run(uri)) : setTimeout(() => void this.run(uri), wait);
  }

  /** Forgets a closed document: a lint already running still finishes. */
  cancel(uri: string): void {
    const state = this.states.get(uri);
    if (state === undefined) return;
    clearTimeout(state.timer as NodeJS.Timeout);
    clearImmediate(state.timer as NodeJS.Immediate);
    this.states.delete(uri);
  }

  /** Whether a lint of `uri` is waiting: a result just computed for it is already old. */
  isPending(uri: string): boolean {
    return this.states.get(uri)?.pending === true;
  }

  private async run(uri: string): Promise<void> {
    const state = this.states.get(uri);
    if (state === undefined) return;
    state.timer = undefined;
    if (!state.pending) return;
    state.pending = false;
    state.running = true;
    state.lastStart = performance.now();
    try {
      await this.lint(uri);
    } finally {
      state.running = false;
      if (state.pending && this.states.get(uri) === state) {
        state.pending = false;
        this.request(uri);
      }
    }
  }
}
