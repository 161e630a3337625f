import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { normalizeKubeVersion } from '../../config/config.js';
import { readElements, readFrame } from '../../inputs/json-elements.js';
import { displayPath, InputError } from '../../inputs/load.js';
import { formatterNames, isFormatterName, writerLoaders, type FormatterName } from '../../report/formats.js';
import type { SarifLog } from '../../report/sarif.js';
import { compareFindings } from '../../run/lint-file.js';
import { baselinePath } from '../../run/lint.js';
import { mergeShares } from '../../run/merge.js';
import type { Share } from '../../run/share.js';
import { FileByFileBaseline, readBaseline } from '../../suppress/baseline.js';
import { CompactCopier } from '../../run/compact-copy.js';
import { TempFile } from '../../run/temp-file.js';
import { describeError } from '../../types/errors.js';
import { fromBigintJson } from '../../types/bigint-json.js';
import type { LintResult } from '../../types/finding.js';
import { jsonMergeByFile, sarifMergeByFile, type ShareReport } from '../merge-by-file.js';
import { deliverByFile } from '../report-by-file.js';
import { parseArgsMessage, quietShows, REPORT_OPTIONS, reportOptions, parseMaxWarnings, parseRuleFlags, UsageError } from '../output.js';
import type { CliIO } from '../cli.js';

export const MERGE_HELP = `Usage: daemonlint merge [options] <files...>

Joins what the jobs of a --shard matrix wrote into the report a single run over every file
would have written: each job's report (--format json or sarif) and its --collect-out file,
given in any order. The rules across the input run here, over every share's objects, and so
does the baseline; files are read again where their findings point, from the same checkout.

Shares' reports in json can be merged into json, stylish, github, junit, gitlab or coverage;
in sarif, into sarif (a SARIF result cannot be read back into a finding, and the JSON report
carries no fix edits for SARIF to show). Shares linted with a node inventory (--nodes) are
merged with the same one: the merge runs node-fit and hostport-conflict over the whole fleet and
writes the coverage (json's coverage, --format coverage).

Options:
  -f, --format <name>        the report to write (default: the shares' format)
  -o, --output-file <file>   write the report to a file instead of standard output
  -c, --config <file>        the config file the shares used (default: the nearest .daemonlint.yaml)
      --no-config            the shares used no config file
      --rule <id=level>      as the shares were given; repeatable
      --kube-version <x.y>   as the shares were given
      --baseline <file>      leave out the findings recorded in this baseline
      --no-baseline          ignore the baseline named in the config
      --chart-dir <dir>      also locate findings in the chart's templates
      --nodes <file>         the node inventory the shares read; repeatable
      --max-warnings <n>     exit 1 when there are more than n warnings
  -q, --quiet                report errors only (suppressed findings too with --show-suppressed)
      --verbose              show each finding's help text (stylish)
      --color, --no-color    force colour on or off
  -h, --help                 print this help

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage, a missing or
mismatched share, a changed file, or a rule that failed.
`;

type Input = { kind: 'share'; share: Share } | { kind: 'json'; report: ShareReport } | { kind: 'sarif'; report: ShareReport; log: SarifLog };

export async function mergeCommand(args: readonly string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      // The lint command's options for a run's configuration and report (daemonlint merge --help).
      options: REPORT_OPTIONS,
    });
  } catch (error) {
    throw new UsageError(parseArgsMessage(error as Error & { code?: string }, Object.keys(REPORT_OPTIONS), 'daemonlint merge'));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(MERGE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('merge needs the shares\' reports and --collect-out files');
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config exclude each other');
  if (values.baseline !== undefined && values['no-baseline']) throw new UsageError('--baseline and --no-baseline exclude each other');
  const maxWarnings = parseMaxWarnings(values['max-warnings']);
  // As a single run's: the shares ran without them (a share's findings are the merge's to judge).
  const shown = values.quiet ? quietShows(values['show-suppressed'] === true) : undefined;
  const ruleOverrides = parseRuleFlags(values.rule ?? []);

  // Reports are read more than once (json-elements.ts): what a pipe or FIFO gives is copied to a file first.
  const copies = new InputCopies();
  try {
    // One table of the short strings of every --collect-out file.
    const copier = new CompactCopier();
    const inputs = positionals.map((file) => readInput(file, io.cwd, copies, (text) => copier.string(text)));
    const shares = inputs.flatMap((i) => (i.kind === 'share' ? [i.share] : []));
    const reports = inputs.flatMap((i) => (i.kind === 'json' ? [i.report] : []));
    const logs = inputs.flatMap((i) => (i.kind === 'sarif' ? [{ report: i.report, log: i.log }] : []));
    if (reports.length > 0 && logs.length > 0) throw new UsageError('the shares\' reports must all be json or all sarif');
    if (reports.length + logs.length !== shares.length) {
      throw new UsageError(`merge needs each share's report and its --collect-out file: got ${reports.length + logs.length} report(s) and ${shares.length} --collect-out file(s)`);
    }
    const from: FormatterName = logs.length > 0 ? 'sarif' : 'json';
    const format = values.format ?? from;
    if (!isFormatterName(format)) throw new UsageError(`unknown format "${format}"; allowed: ${formatterNames.join(', ')}`);
    if ((from === 'sarif') !== (format === 'sarif')) {
      throw new UsageError(
        from === 'sarif'
          ? `shares' reports in sarif merge into sarif only (a SARIF result cannot be read back into a finding): run the shares with --format json for ${format}`
          : 'a sarif report needs the shares\' reports in sarif (the JSON report carries no fix edits): run the shares with --format sarif',
      );
    }

    const configFile = values['no-config'] ? false : values.config !== undefined ? path.resolve(io.cwd, values.config) : undefined;
    const merged = await mergeShares(shares, {
      cwd: io.cwd,
      configFile,
      ruleOverrides,
      ...(values['kube-version'] !== undefined ? { kubeVersion: normalizeKubeVersion(values['kube-version']) } : {}),
      ...(values['chart-dir'] !== undefined ? { chartDir: values['chart-dir'] } : {}),
      ...(values.nodes ? { nodes: values.nodes } : {}),
    });
    io.linted?.();
    if (format === 'coverage' && !merged.coverage) throw new UsageError('--format coverage needs the node inventory the shares read: --nodes <file>, or nodes: in the config');
    const baselineFile = baselinePath({ baselineFile: values['no-baseline'] ? false : values.baseline }, merged.config, merged.cwd);
    const shownAs = baselineFile === undefined ? '' : displayPath(baselineFile, merged.cwd);
    const baseline = baselineFile === undefined ? undefined : new FileByFileBaseline(await readBaseline(baselineFile, shownAs), shownAs);
    const outputFile = values['output-file'];
    const where = { outputFile, cwd: io.cwd, to: io.stdout, toBytes: io.stdoutBytes, stderr: io.stderr, maxWarnings };
    if (from === 'sarif') {
      const added: LintResult = {
        findings: merged.findings.sort(compareFindings),
        files: merged.files,
        daemonSets: merged.daemonSets,
        objects: merged.objects,
        rules: merged.rules,
        cwd: merged.cwd,
        toolVersion: merged.toolVersion,
        ...(merged.unsafeFixes ? { unsafeFixes: true } : {}),
      };
      const { byFile, writer } = sarifMergeByFile(logs, merged, added, baseline);
      return deliverByFile(byFile, writer, reportOptions(io, values, outputFile), where, shown);
    }
    const byFile = jsonMergeByFile(reports, merged, baseline);
    return deliverByFile(byFile, await writerLoaders[format](), reportOptions(io, values, outputFile), where, shown);
  } finally {
    copies.close();
  }
}

/**
 * A share's lists that grow with its DaemonSets, read and decoded an element at a time: the whole
 * of a --collect-out file parsed at once, then decoded, held two copies of them.
 */
const SHARE_LISTS = ['objects', 'checked'] as const;

/**
 * A share's --collect-out file, or its report in json or sarif, told apart by content. A report
 * is read past its findings (or results) here; they are read one at a time when merged.
 */
function readInput(file: string, cwd: string, copies: InputCopies, keep: (text: string) => string): Input {
  const report: ShareReport = { path: copies.readable(path.resolve(cwd, file), file), shownAs: file };
  const value = readFrame(report.path, file, [['findings'], ['runs', 0, 'results'], ...SHARE_LISTS.map((key) => [key])]);
  const v = value as Record<string, unknown> & { runs?: { tool?: { driver?: { name?: string; rules?: unknown } }; artifacts?: unknown; results?: unknown }[]; tool?: { name?: string } };
  if (v.daemonlintShare === 1) {
    try {
      const share = fromBigintJson(value, keep) as Record<string, unknown>;
      for (const key of SHARE_LISTS) {
        if (!Array.isArray(share[key])) continue;
        const list: unknown[] = [];
        for (const item of readElements(report.path, file, [key])) list.push(fromBigintJson(item, keep));
        share[key] = list;
      }
      return { kind: 'share', share: share as unknown as Share };
    } catch (error) {
      // A value nested deeper than any share holds (thousands of arrays) runs out of stack.
      if (error instanceof RangeError) throw new InputError(`"${file}" is not a --collect-out file daemonlint wrote: it is nested too deeply`);
      throw error;
    }
  }
  if (v.version === 1 && v.tool?.name === 'daemonlint' && Array.isArray(v.findings)) return { kind: 'json', report };
  const run = v.version === '2.1.0' ? v.runs?.[0] : undefined;
  if (run?.tool?.driver?.name === 'daemonlint' && Array.isArray(run.results)) {
    if (!Array.isArray(run.tool.driver.rules) || !Array.isArray(run.artifacts)) throw new InputError(`"${file}" is a SARIF log without the rules and artifacts daemonlint writes`);
    return { kind: 'sarif', report, log: value as SarifLog };
  }
  throw new InputError(`"${file}" is neither a daemonlint report in json or sarif nor a --collect-out file`);
}

/**
 * The files a merge reads, as paths it can open again: a report is read two or three times, and a
 * pipe (`<(cat report.json)`) or FIFO gives its bytes once (a second open of a FIFO waits for a
 * writer that never comes). Such an input is copied to a temporary file first, removed by close().
 */
class InputCopies {
  private readonly temps: TempFile[] = [];

  readable(file: string, shownAs: string): string {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return file; // the reader says why it cannot read it
    }
    if (stat.isFile() || stat.isDirectory()) return file;
    const temp = new TempFile('daemonlint-merge-', 'input', `the copy of "${shownAs}" was cut short`, true);
    this.temps.push(temp);
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      const buffer = Buffer.allocUnsafeSlow(1 << 20);
      // Made even for an empty input, so that there is a file to read (and to say is empty).
      temp.append(new Uint8Array(0));
      for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) temp.append(buffer.subarray(0, n));
    } catch (error) {
      throw new InputError(`cannot read "${shownAs}": ${(error as NodeJS.ErrnoException).code ?? describeError(error)}`);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    return temp.path!;
  }

  close(): void {
    for (const temp of this.temps) temp.close();
  }
}
