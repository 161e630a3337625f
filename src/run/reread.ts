import path from 'node:path';
import { InputError, readFileSource } from '../inputs/load.js';
import type { SourceFile } from '../yaml/source-file.js';
import { textHash } from './share.js';
import { ACROSS_INPUT, keepHeapBelow } from './speed/index.js';

/**
 * The run's files read again when asked for (a finding of a rule across the input to place, an
 * object it reads in full, a deferred directive to judge), once their text was dropped to keep
 * memory flat: each must still be the text that was linted (its hash). Texts that cannot be read
 * again (standard input, in-memory texts) are `held`. Only the last few files read are kept. An
 * error is kept until the caller asks for it: a rule across the input that asks would otherwise
 * see it as its own failure.
 */
export class RereadSources {
  private readonly recent = new Map<string, SourceFile>();
  private failure: InputError | undefined;

  constructor(
    private readonly hashes: ReadonlyMap<string, string | undefined>,
    private readonly cwd: string,
    private readonly changed: (file: string) => string,
    /** The size limit the run read these files with (a file over the default limit was linted if the run raised it). */
    private readonly maxFileSize: number,
    private readonly held: ReadonlyMap<string, SourceFile> = new Map(),
  ) {}

  get(file: string): SourceFile {
    const held = this.held.get(file);
    if (held !== undefined) return held;
    let source = this.recent.get(file);
    if (source !== undefined) return source;
    try {
      source = readFileSource(path.resolve(this.cwd, file), this.cwd, { maxFileSize: this.maxFileSize });
      const want = this.hashes.get(file);
      if (want === undefined || textHash(source) !== want) throw new InputError(this.changed(file));
    } catch (error) {
      this.failure ??= error instanceof InputError ? error : new InputError(String(error));
      throw this.failure;
    }
    if (this.recent.size >= RECENT) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(file, source);
    // Thousands of findings across the input read thousands of files again, each garbage a moment
    // later: collected here, or V8 lets the heap grow to several times what is alive.
    keepHeapBelow({ growth: ACROSS_INPUT });
    return source;
  }

  throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}

/** Rules across the input report on pairs: a few files back and forth are read once each. */
const RECENT = 8;
