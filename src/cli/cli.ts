import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { deliverReport, OutputError, parseArgsMessage, parseMaxWarnings, parseRuleFlags, quietShows, REPORT_OPTIONS, reportOptions, UsageError } from './output.js';
import { mergeCommand } from './commands/merge.js';
import { initCommand } from './commands/init.js';
import { parseShard, type Shard } from '../inputs/shard.js';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, normalizeKubeVersion } from '../config/config.js';
import { didYouMean } from '../types/suggest.js';
import { effectiveConfig, loadConfig } from '../run/configure.js';
import { lint } from '../run/lint.js';
import { lintByFile } from '../run/lint-by-file.js';
import type { Share } from '../run/share.js';
import { bigintJson } from '../types/bigint-json.js';
import { deliverByFile } from './report-by-file.js';
import { InputError } from '../inputs/load.js';
import { InventoryError } from '../inventory/problems.js';
import { BaselineError, createBaseline, refusedByBaseline, serializeBaseline } from '../suppress/baseline.js';
import { PluginError } from '../config/plugins.js';
import type { SourceFile } from '../yaml/source-file.js';
import { FixWriteError, writeFixedFile } from '../fix/write-file.js';
import { encodeText } from '../inputs/decode.js';
import { readAllStdin } from '../inputs/load.js';
import { describeError } from '../types/errors.js';
import { parseSize } from '../types/read-limited.js';
import { unifiedDiff } from '../report/unified-diff.js';
import type { Level } from '../types/finding.js';
import { formatterNames, formatsWithFixes, isFormatterName, writerLoaders } from '../report/formats.js';
import { formatPieces } from '../report/file-writer.js';
import { VERSION } from '../version.js';
import { visibleText } from '../report/safe-text.js';
import { explainRule, UnknownRuleError } from './commands/explain.js';
import { rulesTable } from './commands/rules.js';

export const HELP = `Usage: daemonlint [options] [paths...]
       daemonlint rules             list the rules: default level, fixable, description
       daemonlint explain <rule>    print a rule's documentation
       daemonlint init              write a commented .daemonlint.yaml (nothing if one exists)
       daemonlint merge [options] <files...>  join the reports and --collect-out files of
                                    the jobs of a --shard matrix into one report
       daemonlint lsp               run the language server (LSP over stdio; docs/editors.md)

Lints Kubernetes DaemonSet manifests. Paths are files, directories (searched for
.yaml, .yml and .json), globs, or - for standard input (helm template ... | daemonlint -).
With no paths, a piped standard input is linted, else the current directory. A path,
directory or glob that yields no file, or an empty standard input, is an error (exit 2).

Options:
  -f, --format <name>        stylish (default), json, sarif, github, junit, gitlab, coverage
  -o, --output-file <file>   write the report to a file instead of standard output
  -c, --config <file>        use this config file instead of the nearest .daemonlint.yaml
      --no-config            use no config file at all
      --rule <id=level>      set a rule's level (off, info, warning or warn, error); repeatable
      --kube-version <x.y>   Kubernetes version to validate against
      --max-warnings <n>     exit 1 when there are more than n warnings
      --concurrency <n>      threads for large inputs: a number, auto (default) or off
      --fix                  apply fixes to the files (stdin: print the fixed text)
      --fix-dry-run          print the fixes as a unified diff, change nothing
      --fix-type <ids>       only fixes of these rules (comma-separated; repeatable)
      --unsafe-fixes         also apply (with --fix, --fix-dry-run) or count as fixable the
                             fixes that may change what the workload does
      --baseline <file>      leave out the findings recorded in this baseline
      --no-baseline          ignore the baseline named in the config
      --write-baseline <file>  record today's findings as the baseline, then exit 0
      --chart-dir <dir>      for helm template output: also locate findings in the chart's templates
      --shard <k/n>          lint only share k of n of the files (a CI matrix; split by path hash)
      --collect-out <file>   write what the rules across the input need, for daemonlint merge
                             (they run there, as does the baseline; findings do not fail this run)
      --nodes <file>         a node inventory (kubectl get nodes -o yaml, or NodePool entries): where
                             each DaemonSet runs, misses or does not fit; repeatable
      --print-config <file>  print the configuration that applies to a file, as JSON
      --max-file-size <size> larger inputs are not read, and are an error (default 64MiB)
      --no-error-on-unmatched-pattern  a pattern that matches no file is not an error
      --verbose              print each finding's help (why it matters, how to fix it) under it
  -q, --quiet                report errors only (suppressed findings too with --show-suppressed)
      --show-suppressed      with --quiet, also report the suppressed findings
      --stdin-filename <path>  the path standard input stands for, in findings, SARIF and baselines
      --color, --no-color    force colour on or off (also FORCE_COLOR; NO_COLOR always turns it off)
  -v, --version              print the version
  -h, --help                 print this help

"rules", "explain", "merge", "init" and "lsp" are commands only as the first argument; to lint
a path of that name, write ./rules, ./explain, ./merge, ./init or ./lsp.

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage, config or input failure.
`;

export { exitCode, OutputError } from './output.js';

const OPTIONS = {
  ...REPORT_OPTIONS,
  concurrency: { type: 'string' },
  'write-baseline': { type: 'string' },
  'print-config': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'fix-type': { type: 'string', multiple: true },
  'unsafe-fixes': { type: 'boolean' },
  shard: { type: 'string' },
  'collect-out': { type: 'string' },
  'max-file-size': { type: 'string' },
  'no-error-on-unmatched-pattern': { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  version: { type: 'boolean', short: 'v' },
} as const;

export interface CliIO {
  stdout: (text: string) => void;
  /** Standard output for bytes already UTF-8 (a large report spooled to a temporary file), when it takes them. */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  /** The terminal's width when standard output is one. */
  stdoutColumns?: number;
  /** Standard input's bytes (or text); by default process.stdin is read. */
  readStdin?: () => Promise<string | Uint8Array>;
  /**
   * Whether standard input is a pipe or a file (not a terminal, not /dev/null): with no paths,
   * it is then what is linted, if it holds anything.
   */
  stdinIsPiped?: () => boolean;
  /** The bundled worker script, when running from the bundle. */
  workerUrl?: URL;
  /** Told once the run has linted its inputs (help, the version, commands and --print-config never do). */
  linted?: () => void;
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      // The merge command has its own usage (daemonlint merge --help).
      io.stderr(`daemonlint: ${error.message}\nRun daemonlint${argv[0] === 'merge' ? ' merge' : ''} --help for usage.\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr(`daemonlint: invalid configuration: ${error.message}\n`);
      return 2;
    }
    if (error instanceof PluginError || error instanceof BaselineError) {
      io.stderr(`daemonlint: ${error.message}\n`);
      return 2;
    }
    if (error instanceof InventoryError) {
      io.stderr(`daemonlint: invalid node inventory: ${error.message}\n`);
      return 2;
    }
    if (error instanceof InputError || error instanceof OutputError) {
      io.stderr(`daemonlint: ${error.message}\n`);
      return 2;
    }
    io.stderr(`daemonlint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}

async function main(argv: readonly string[], io: CliIO): Promise<number> {
  if (argv[0] === 'rules' || argv[0] === 'explain' || argv[0] === 'merge' || argv[0] === 'init') return command(argv[0], argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(parseArgsMessage(error as Error & { code?: string }, Object.keys(OPTIONS)));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }

  const formatName = values.format ?? 'stylish';
  if (!isFormatterName(formatName)) throw new UsageError(`unknown format "${formatName}"${didYouMean(formatName, formatterNames)}; allowed: ${formatterNames.join(', ')}`);

  const maxWarnings = parseMaxWarnings(values['max-warnings']);
  let concurrency: number | undefined;
  if (values.concurrency !== undefined && values.concurrency !== 'auto') {
    concurrency = values.concurrency === 'off' ? 1 : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new UsageError(`--concurrency takes a number of threads of 1 or more, "auto" or "off", got "${values.concurrency}"`);
    }
  }
  const ruleOverrides = parseRuleFlags(values.rule ?? []);
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run exclude each other');
  const fixing = values.fix === true || values['fix-dry-run'] === true;
  if (values['fix-type'] && !fixing) throw new UsageError('--fix-type goes with --fix or --fix-dry-run');
  const fixRules = values['fix-type'] ? new Set(values['fix-type'].flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)) : undefined;
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config exclude each other');
  if (values.baseline !== undefined && values['no-baseline']) throw new UsageError('--baseline and --no-baseline exclude each other');
  if (values['write-baseline'] !== undefined && fixing) throw new UsageError('--write-baseline and --fix exclude each other');
  const configFile = values['no-config'] ? false : values.config !== undefined ? path.resolve(io.cwd, values.config) : undefined;
  if (values['print-config'] !== undefined) {
    io.stdout(await printConfig(values['print-config'], io.cwd, configFile, ruleOverrides, values['kube-version']));
    return 0;
  }

  let shard: Shard | undefined;
  if (values.shard !== undefined) {
    const parsedShard = parseShard(values.shard);
    if (typeof parsedShard === 'string') throw new UsageError(parsedShard);
    if (positionals.includes('-')) throw new UsageError('--shard splits files: standard input (-) cannot be split');
    shard = parsedShard;
  }
  if (values['collect-out'] !== undefined && (fixing || values['write-baseline'] !== undefined)) {
    throw new UsageError('--collect-out makes a share for daemonlint merge: it excludes --fix, --fix-dry-run and --write-baseline');
  }

  // A chart directory that is not there would locate nothing, silently: a mistyped one is a usage error.
  if (values['chart-dir'] !== undefined) {
    const dir = values['chart-dir'];
    let isDirectory = false;
    try {
      isDirectory = statSync(path.resolve(io.cwd, dir)).isDirectory();
    } catch {
      throw new UsageError(`--chart-dir: "${dir}" does not exist; give the directory of the chart that was rendered (the one with Chart.yaml)`);
    }
    if (!isDirectory) throw new UsageError(`--chart-dir: "${dir}" is not a directory; give the directory of the chart that was rendered (the one with Chart.yaml)`);
  }

  let maxFileSize: number | undefined;
  if (values['max-file-size'] !== undefined) {
    maxFileSize = parseSize(values['max-file-size']);
    if (maxFileSize === undefined) throw new UsageError(`--max-file-size takes a size such as 64MiB, 500KB or 1048576 (bytes), got "${values['max-file-size']}"`);
  }
  // With no paths, a piped standard input is what is linted (helm template ... | daemonlint);
  // an empty one (a CI step's closed stdin) leaves the default, the working directory.
  let patterns = positionals;
  let readStdin = io.readStdin;
  if (patterns.length === 0) {
    patterns = ['.'];
    // A share (--shard) splits files; standard input cannot be split.
    if (!shard && io.stdinIsPiped?.()) {
      const input = await (io.readStdin ?? (() => readAllStdin(process.stdin, maxFileSize)))();
      if (input.length > 0) {
        patterns = ['-'];
        readStdin = async () => input;
      }
    }
  }

  const outputFile = values['output-file'];
  // Loaded once for both paths: whether it names node inventories decides the path.
  const config = loadConfig(configFile, io.cwd);
  const common = {
    ...(shard ? { shard } : {}),
    patterns,
    maxFileSize,
    errorOnUnmatchedPattern: values['no-error-on-unmatched-pattern'] !== true,
    cwd: io.cwd,
    config,
    ruleOverrides,
    ...(values['chart-dir'] !== undefined ? { chartDir: values['chart-dir'] } : {}),
    kubeVersion: values['kube-version'] !== undefined ? normalizeKubeVersion(values['kube-version']) : undefined,
    readStdin,
    concurrency,
    workerUrl: io.workerUrl,
    unsafeFixes: values['unsafe-fixes'] === true,
    fixEdits: formatsWithFixes.has(formatName),
  };
  const inventory = values.nodes !== undefined || (config.nodes?.length ?? 0) > 0;
  // The common run (no fixes, no baseline to write), a share's job included, writes its report file by file: memory stays bounded by the largest file.
  // A node inventory's coverage report needs every DaemonSet's placement at once, and
  // --stdin-filename renames the one input (a single file, which lint() holds no worse): such runs take lint().
  if (!fixing && values['write-baseline'] === undefined && !inventory && formatName !== 'coverage' && values['stdin-filename'] === undefined) {
    const collectOut = values['collect-out'];
    const byFile = await lintByFile({ ...common, ...(collectOut !== undefined ? { collect: true } : {}), baselineFile: values['no-baseline'] ? false : values.baseline });
    io.linted?.();
    if (collectOut !== undefined && byFile.share) await writeShare(io.cwd, collectOut, byFile.share);
    const where = { outputFile, cwd: io.cwd, to: io.stdout, toBytes: io.stdoutBytes, stderr: io.stderr, maxWarnings };
    const code = await deliverByFile(byFile, await writerLoaders[formatName](), reportOptions(io, values, outputFile), where, values.quiet ? quietShows(values['show-suppressed'] === true) : undefined);
    return shareCode(collectOut, code);
  }

  const result = await lint({
    ...common,
    ...(values['collect-out'] !== undefined ? { collect: true } : {}),
    baselineFile: values['no-baseline'] || values['write-baseline'] !== undefined ? false : values.baseline,
    ...(values.nodes ? { nodes: values.nodes } : {}),
    coverage: formatName === 'json' || formatName === 'coverage',
    ...(values['stdin-filename'] !== undefined ? { stdinFilename: values['stdin-filename'] } : {}),
    fix: fixing ? { rules: fixRules, unsafe: values['unsafe-fixes'] === true } : undefined,
  });
  io.linted?.();
  if (formatName === 'coverage' && !result.inventory) throw new UsageError('--format coverage needs a node inventory: --nodes <file>, or nodes: in the config');

  if (values['write-baseline'] !== undefined) {
    const baseline = createBaseline(result.findings);
    const file = path.resolve(io.cwd, values['write-baseline']);
    try {
      await writeFile(file, serializeBaseline(baseline));
    } catch (error) {
      throw new OutputError(`cannot write "${values['write-baseline']}": ${describeError(error)}`);
    }
    const count = baseline.entries.reduce((n, e) => n + e.count, 0);
    io.stderr(`daemonlint: wrote ${count} finding${count === 1 ? '' : 's'} to the baseline ${values['write-baseline']}\n`);
    // A file that does not parse is checked for nothing else: accepting it would let it pass the gate.
    const refused = refusedByBaseline(result.findings);
    if (refused.length === 0) return 0;
    const first = refused[0];
    const at = `${visibleText(first.file)}:${first.range.start.line}:${first.range.start.column}`;
    io.stderr(
      `daemonlint: ${refused.length} yaml-syntax finding${refused.length === 1 ? ' is' : 's are'} not in the baseline (first: ${at}): ` +
        'a baseline accepts no file that does not parse; fix it\n',
    );
    return 1;
  }

  // With fixes, stdout carries the fixed text (stdin) or the diff (dry run), so the report moves to stderr.
  let reportTo: (text: string) => void = io.stdout;
  let notWritten = 0;
  let fixed = 0;
  let fixedFiles = 0;
  /** Files written, by their real path: one reached twice (a link, or a hard link) is fixed once. */
  const written = new Map<string, string>();
  for (const fix of result.fixes) {
    if (!fix.failure && fix.fixed > 0) {
      fixed += fix.fixed;
      fixedFiles++;
    }
    if (fix.failure) io.stderr(`daemonlint: ${fix.source.path}: not fixed: ${fix.failure}\n`);
    for (const s of fix.skipped) {
      const at = `${fix.source.path}:${s.finding.range.start.line}:${s.finding.range.start.column}`;
      io.stderr(`daemonlint: ${at}: the ${s.finding.ruleId} fix was left out (the file's other fixes were applied): ${s.reason}\n`);
    }
    if (values['fix-dry-run']) {
      reportTo = io.stderr;
      io.stdout(unifiedDiff(fix.source.path, restoreBom(fix.source), fix.output));
    } else if (values.fix && fix.source.absolutePath === undefined) {
      reportTo = io.stderr;
      io.stdout(fix.output);
    } else if (values.fix && fix.fixed > 0 && !fix.failure) {
      const origin = fix.source.origin;
      const same = sameFileAs(written, fix.source.absolutePath!, fix.source.path);
      if (same !== undefined) {
        fixed -= fix.fixed;
        fixedFiles--;
        io.stderr(`daemonlint: ${fix.source.path}: fixed once, as ${same}: the same file\n`);
        continue;
      }
      try {
        writeFixedFile(fix.source.absolutePath!, encodeText(fix.output, origin?.encoding ?? 'utf-8'), origin?.snapshot);
      } catch (error) {
        if (!(error instanceof FixWriteError)) throw error;
        notWritten++;
        fixed -= fix.fixed;
        fixedFiles--;
        io.stderr(`daemonlint: ${fix.source.path}: not fixed: ${error.message}\n`);
      }
    }
  }

  if (fixing && fixed > 0) {
    // As ruff ends a --fix run: what was fixed, before the report of what remains.
    const what = `${fixed} problem${fixed === 1 ? '' : 's'}${fixedFiles > 1 ? ` in ${fixedFiles} files` : ''}`;
    io.stderr(values.fix ? `daemonlint: ${what} fixed\n` : `daemonlint: ${what} would be fixed\n`);
  }

  const shown = values.quiet ? { ...result, findings: result.findings.filter(quietShows(values['show-suppressed'] === true)) } : result;
  // In pieces: a large report (the JSON coverage of a fleet) is written without being joined into one string.
  const report = formatPieces(await writerLoaders[formatName](), shown, reportOptions(io, values, outputFile));
  if (values['collect-out'] !== undefined && result.share) await writeShare(io.cwd, values['collect-out'], result.share);
  // Counted from every finding: --quiet hides warnings from the report, not from --max-warnings.
  const code = await deliverReport(report, result, { outputFile, cwd: io.cwd, to: reportTo, stderr: io.stderr, maxWarnings, notWritten });
  return shareCode(values['collect-out'], code);
}

/** What a share's job collected (--collect-out), for `daemonlint merge`. */
async function writeShare(cwd: string, file: string, share: Share): Promise<void> {
  try {
    await writeFile(path.resolve(cwd, file), `${bigintJson(share)}\n`);
  } catch (error) {
    throw new OutputError(`cannot write "${file}": ${describeError(error)}`);
  }
}

/** A share's findings are the merge's to judge (its baseline, the rules across the input): only a failure fails its job. */
function shareCode(collectOut: string | undefined, code: number): number {
  return collectOut !== undefined && code === 1 ? 0 : code;
}


/** The configuration that applies to one file: preset, rules with levels and options, and whether it is ignored. */
async function printConfig(file: string, cwd: string, configFile: string | false | undefined, overrides: Record<string, Level>, kubeVersion: string | undefined): Promise<string> {
  const result = await effectiveConfig(path.resolve(cwd, file), cwd, configFile, overrides, kubeVersion);
  return `${JSON.stringify(result, null, 2)}\n`;
}

/**
 * `daemonlint rules` and `daemonlint explain <rule>`: a command word is a command only as the very
 * first argument, whatever the file system holds (a run's meaning never depends on which files
 * exist); a path of the same name next to it gets a note saying how to lint it instead.
 */
async function command(name: 'rules' | 'explain' | 'merge' | 'init', args: readonly string[], io: CliIO): Promise<number> {
  if (existsSync(path.resolve(io.cwd, name))) {
    io.stderr(`daemonlint: note: "${name}" is a command; to lint the path ${name}, write ./${name}\n`);
  }
  if (name === 'merge') return mergeCommand(args, io);
  if (name === 'init') {
    if (args.length > 0) throw new UsageError(`init takes no arguments, got "${args[0]}"`);
    const { stdout, stderr } = initCommand(io.cwd);
    if (stdout !== '') io.stdout(stdout);
    if (stderr !== '') io.stderr(stderr);
    return 0;
  }
  if (name === 'rules') {
    if (args.length > 0) throw new UsageError(`rules takes no arguments, got "${args[0]}"`);
    io.stdout(rulesTable());
    return 0;
  }
  if (args.length > 1) throw new UsageError(`explain takes one rule id, got ${args.length}`);
  try {
    io.stdout(explainRule(args[0]));
  } catch (error) {
    if (error instanceof UnknownRuleError) throw new UsageError(error.message);
    throw error;
  }
  return 0;
}

function restoreBom(source: SourceFile): string {
  return (source.hadBom ? '\ufeff' : '') + source.text;
}

/**
 * The name a file was already written under in this run, when `file` is that same file reached
 * another way (a symbolic or hard link): its second fix would find the file changed since it was
 * read. Otherwise records it and returns undefined.
 */
function sameFileAs(written: Map<string, string>, file: string, shownAs: string): string | undefined {
  let key: string;
  try {
    const stat = statSync(file);
    key = `${stat.dev}:${stat.ino}`;
  } catch {
    return undefined;
  }
  const first = written.get(key);
  if (first === undefined) written.set(key, shownAs);
  return first;
}
