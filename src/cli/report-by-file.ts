import { closeSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { describeError } from '../types/errors.js';
import type { ByFileRun } from '../run/lint-by-file.js';
import type { FileWriterFactory, FormatOptions } from '../types/finding.js';
import { finishRun, OutputError, type ReportDestination } from './output.js';
import { headPieces } from '../report/file-writer.js';

/**
 * Writes a run's report file by file (see lintByFile): each file's text goes to a spool as the
 * file is reached, and once every file is written (the head may need totals: the JSON summary,
 * JUnit's counts, SARIF's rules and artifacts) the head, the spool and the tail go out. The
 * spool is memory up to a few MiB, then a temporary file, so no size of report is held whole.
 * Returns the exit code.
 */
export async function deliverByFile(byFile: ByFileRun, factory: FileWriterFactory, options: FormatOptions, where: ReportDestination): Promise<number> {
  const spool = new Spool();
  const counts = { errors: 0, warnings: 0 };
  try {
    const writer = factory(byFile.run, options);
    const write = (text: string): void => spool.write(text);
    for await (const file of byFile.files(writer.order)) {
      for (const f of file.findings) {
        if (f.suppressions?.length) continue;
        if (f.severity === 'error') counts.errors++;
        else if (f.severity === 'warning') counts.warnings++;
      }
      writer.file(file.file, file.findings, file.objects, write);
    }
    const { head, tail } = writer.ends();
    if (where.outputFile === undefined) {
      for (const piece of headPieces(head)) where.to(piece);
      spool.drain(where.to);
      where.to(tail);
    } else {
      writeToFile(path.resolve(where.cwd, where.outputFile), where.outputFile, head, spool, tail);
    }
  } finally {
    spool.close();
    byFile.close();
  }
  return finishRun({ baseline: byFile.run.baseline, ruleFailures: byFile.ruleFailures, ...counts }, where);
}

function writeToFile(file: string, shown: string, head: string | Iterable<string>, spool: Spool, tail: string): void {
  let fd: number | undefined;
  try {
    // As ESLint's -o: a report path in a directory that does not exist yet is created.
    mkdirSync(path.dirname(file), { recursive: true });
    fd = openSync(file, 'w');
    const out = fd;
    const put = (text: string): void => {
      const bytes = Buffer.from(text);
      let done = 0;
      while (done < bytes.length) done += writeSync(out, bytes, done, bytes.length - done);
    };
    for (const piece of headPieces(head)) put(piece);
    spool.drain(put);
    put(tail);
  } catch (error) {
    throw new OutputError(`cannot write "${shown}": ${describeError(error)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Text kept in memory up to SPOOL_MEMORY, then in a temporary file (readable only by the user), and given back in order. */
class Spool {
  private parts: string[] = [];
  private length = 0;
  private dir: string | undefined;
  private fd: number | undefined;
  private size = 0;

  write(text: string): void {
    if (text === '') return;
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= SPOOL_MEMORY) this.spill();
  }

  drain(to: (text: string) => void): void {
    if (this.fd !== undefined) {
      this.spill();
      const decoder = new StringDecoder('utf8');
      const buffer = Buffer.alloc(CHUNK);
      for (let at = 0; at < this.size; ) {
        const n = readSync(this.fd, buffer, 0, Math.min(CHUNK, this.size - at), at);
        if (n === 0) throw new Error('the report spooled to a temporary file was cut short');
        at += n;
        const text = decoder.write(buffer.subarray(0, n));
        if (text !== '') to(text);
      }
      const rest = decoder.end();
      if (rest !== '') to(rest);
      return;
    }
    for (const part of this.parts) to(part);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
    this.fd = undefined;
    this.dir = undefined;
    this.parts = [];
  }

  private spill(): void {
    if (this.fd === undefined) {
      this.dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-report-'));
      this.fd = openSync(path.join(this.dir, 'report'), 'w+', 0o600);
    }
    for (const part of this.parts) {
      const bytes = Buffer.from(part);
      let done = 0;
      while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, this.size + done);
      this.size += bytes.length;
    }
    this.parts = [];
    this.length = 0;
  }
}

const SPOOL_MEMORY = 8 << 20;
const CHUNK = 1 << 20;
