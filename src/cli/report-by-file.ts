import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { describeError } from '../types/errors.js';
import type { ByFileRun } from '../run/lint-by-file.js';
import type { FileWriterFactory, Finding, FormatOptions } from '../types/finding.js';
import { finishRun, OutputError, type ReportDestination } from './output.js';
import { headPieces } from '../report/file-writer.js';
import { Spool } from '../run/spool.js';

/**
 * Writes a run's report file by file (see lintByFile): each file's text goes to a spool as the
 * file is reached, and once every file is written (the head may need totals: the JSON summary,
 * JUnit's counts, SARIF's rules and artifacts) the head, the spool and the tail go out. The
 * spool is memory up to a few MiB, then a temporary file, so no size of report is held whole.
 * With `shown`, only the findings it keeps are reported (--quiet); every finding still counts
 * towards the exit code, as ESLint's --quiet leaves --max-warnings in force. Returns the exit code.
 */
export async function deliverByFile(
  byFile: ByFileRun,
  factory: FileWriterFactory,
  options: FormatOptions,
  where: ReportDestination,
  shown?: (finding: Finding) => boolean,
): Promise<number> {
  const spool = new Spool();
  const counts = { errors: 0, warnings: 0 };
  try {
    const writer = factory(byFile.run, options);
    const write = (text: string): void => spool.write(text);
    for await (const file of byFile.files(writer.order)) {
      const findings = shown ? file.findings.filter(shown) : file.findings;
      for (const f of file.findings) {
        if (f.suppressions?.length) continue;
        if (f.severity === 'error') counts.errors++;
        else if (f.severity === 'warning') counts.warnings++;
      }
      writer.file(file.file, findings, file.objects, write);
    }
    const { head, tail } = writer.ends();
    if (where.outputFile === undefined) {
      for (const piece of headPieces(head)) where.to(piece);
      spool.drain(where.to, where.toBytes);
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
    const putBytes = (bytes: Uint8Array): void => {
      let done = 0;
      while (done < bytes.length) done += writeSync(out, bytes, done, bytes.length - done);
    };
    const put = (text: string): void => putBytes(Buffer.from(text));
    for (const piece of headPieces(head)) put(piece);
    spool.drain(put, putBytes);
    put(tail);
  } catch (error) {
    throw new OutputError(`cannot write "${shown}": ${describeError(error)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
