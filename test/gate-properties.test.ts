// Hostile inputs (encodings, sizes, names, nesting) through every format and the Action, with the
// invariants a gate must keep whatever it reads (issue 13): no workflow command but the
// formatter's own, no raw control or hidden character, output bounded by the findings, and never
// a clean result for input that was not read as text.
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/config.js';
import { formatterNames, formatters } from '../src/report/index.js';
import { lint } from '../src/run/lint.js';
import { exitCode } from '../src/cli/cli.js';
import { requireBuiltAction, runAction, writeWorkspace } from './helpers/action-harness.js';
import { RAW_HIDDEN, workflowCommands } from './helpers/workflow-lines.js';

/** Text a pull request controls: workflow commands, line breaks, terminal escapes, bidi and zero-width characters, long runs. */
const hostileText = fc.oneof(
  fc.constantFrom(
    '\n::stop-commands::tok',
    '\r::add-mask::x',
    '##[error]legacy',
    '#\u200b#[warning]',
    '\u200b::error file=a::b',
    '\u202egpj.exe',
    '\u001b[2J\u001b]0;title\u0007',
    '%0A::warning::encoded',
    '\u2028::notice::ls',
    '\u0085::debug::nel',
    '\ufeff::group::bom',
    '\ud800lone',
    '🙂',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 300, max: 3000 }).map((n) => 'x'.repeat(n)),
);
const hostileName = fc.array(hostileText, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';
/** What makes the bytes not text (or not read): each must give an error. */
type Damage = 'none' | 'invalid-utf8' | 'nul' | 'control' | 'too-large';

interface Case {
  files: { name: string; content: string; encoding: Encoding; damage: Damage }[];
}

function daemonSet(name: string, container: string, depth: number): string {
  // Names go in double-quoted YAML, which takes JSON's escapes; deep flow nesting under an annotation.
  const nested = `${'['.repeat(depth)}1${']'.repeat(depth)}`;
  return `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: ${JSON.stringify(name)}
  namespace: ${JSON.stringify(name.slice(0, 30))}
  labels: {deep: ${JSON.stringify(nested)}}
spec:
  replicas: 2
  selector: {matchLabels: {app: a}}
  template:
    metadata: {labels: {app: a}}
    spec:
      containers:
        - name: ${JSON.stringify(container)}
          image: example.com/a:1.0.0
          securityContext: {privileged: true}
      x: ${nested}
`;
}

function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'utf-32le':
    case 'utf-32be': {
      const points = [0xfeff, ...Array.from(text, (c) => c.codePointAt(0)!)];
      const out = Buffer.alloc(points.length * 4);
      points.forEach((p, i) => (encoding === 'utf-32le' ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4)));
      return out;
    }
  }
}

const MAX_FILE_SIZE = 64 * 1024;

function damage(bytes: Buffer, kind: Damage): Buffer {
  switch (kind) {
    case 'none':
      return bytes;
    case 'invalid-utf8':
      return Buffer.concat([bytes, Buffer.from([0xc3, 0x28, 0xff])]);
    case 'nul':
      return Buffer.concat([bytes, Buffer.from([0])]);
    case 'control':
      return Buffer.concat([Buffer.from('# \u001b\n'), bytes]);
    case 'too-large':
      return Buffer.concat([bytes, Buffer.alloc(MAX_FILE_SIZE, 0x20)]);
  }
}

/** A file name a pull request could add: anything but `/` and NUL. */
const fileName = fc.oneof(fc.constantFrom('::error file=x::a', 'b ##[group]g', 'c\n::warning::d', 'e\u202ef', '\u200b::notice::z'), fc.string({ maxLength: 20 })).map(
  // Not starting with a dot: the Action lints its workspace, and a directory's walk skips
  // dot-entries. An empty string would make `.yaml`, a dot-entry too.
  (s) => `${s.replace(/[/\0]/g, '_').replace(/^\.|^$/, '_')}.yaml`,
);

const caseArbitrary: fc.Arbitrary<Case> = fc.record({
  files: fc.uniqueArray(
    fc.record({
      name: fileName,
      content: fc.tuple(hostileName, hostileName, fc.integer({ min: 0, max: 120 })).map(([n, c, d]) => daemonSet(n, c, d)),
      encoding: fc.constantFrom<Encoding>('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be'),
      damage: fc.constantFrom<Damage>('none', 'none', 'invalid-utf8', 'nul', 'control', 'too-large'),
    }),
    { minLength: 1, maxLength: 3, selector: (f) => f.name },
  ),
});

/** Bytes a file's case writes; `damage` does not apply to encodings where it would not be damage. */
function bytesOf(file: Case['files'][number]): Buffer {
  const kind = file.damage === 'invalid-utf8' && file.encoding !== 'utf-8' ? 'nul' : file.damage;
  return damage(encode(file.content, file.encoding), kind);
}

/** Whether a file cannot pass clean by its bytes alone: UTF-32, or damaged. */
function mustFail(file: Case['files'][number]): boolean {
  return file.damage !== 'none' || file.encoding === 'utf-32le' || file.encoding === 'utf-32be';
}

let work: string;
let counter = 0;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'daemonlint-gate-prop-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function writeCase(c: Case): string {
  const dir = path.join(work, `c${++counter}`);
  mkdirSync(dir);
  for (const file of c.files) writeFileSync(path.join(dir, file.name), bytesOf(file));
  return dir;
}

/** The invariants every line any format prints keeps; `empty` is the size of the format's report without findings. */
function checkOutput(format: string, output: string, findings: number, empty: number): void {
  for (const c of workflowCommands(output)) {
    // The github format's own annotations, and nothing else, anywhere.
    expect(format === 'github' && /^::(error|warning|notice) [^\r\n]*$/.test(c.line) && !c.name.startsWith('##'), `${format}: ${JSON.stringify(c.line.slice(0, 200))}`).toBe(true);
  }
  for (const line of output.split('\n')) expect(RAW_HIDDEN.test(line), `${format}: ${JSON.stringify(line.slice(0, 200))}`).toBe(false);
  // Bounded by the findings, whatever the names: a message, its help and its related notes are each
  // capped. SARIF describes every rule (with its documentation) even without findings.
  expect(output.length, format).toBeLessThan(empty + findings * 12_000);
}

describe('hostile inputs through lint() and all six formats', () => {
  it('keep the invariants', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (c) => {
        const dir = writeCase(c);
        const result = await lint({ patterns: c.files.map((f) => f.name), cwd: dir, config: defaultConfig(), maxFileSize: MAX_FILE_SIZE, concurrency: 1 });
        for (const format of formatterNames) {
          const empty = formatters[format]({ ...result, findings: [] }, { color: false }).length;
          checkOutput(format, formatters[format](result, { color: false }), result.findings.length, empty);
        }
        // Every file was read or said why not; one that is not text never passes clean.
        expect(result.files.length).toBe(c.files.length);
        for (const file of c.files.filter(mustFail)) {
          const shown = file.name;
          expect(result.findings.some((f) => f.file === shown && f.ruleId === 'yaml-syntax' && f.severity === 'error'), shown).toBe(true);
        }
        if (c.files.some(mustFail)) expect(exitCode(result.findings)).toBe(1);
      }),
      { numRuns: Number(process.env.GATE_RUNS ?? 40) },
    );
  });
});

describe('hostile inputs through the Action', () => {
  it('keep the invariants in its log, summary, outputs and SARIF', () => {
    requireBuiltAction();
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const dir = path.join(work, `a${++counter}`);
        writeWorkspace(dir, Object.fromEntries([...c.files.map((f) => [f.name, bytesOf(f)] as const), ['.daemonlint.yaml', `maxFileSize: ${MAX_FILE_SIZE}\n`]]));
        const run = runAction(dir);
        const commands = workflowCommands(run.stdout);
        for (const command of commands) expect(['error', 'warning', 'notice', 'group', 'endgroup'], command.line.slice(0, 200)).toContain(command.name);
        for (const command of commands) expect(command.line, command.line.slice(0, 200)).toMatch(/^::(error|warning|notice|group|endgroup)[ :]/);
        for (const line of run.stdout.split('\n')) expect(RAW_HIDDEN.test(line), JSON.stringify(line.slice(0, 200))).toBe(false);
        for (const line of run.summary.split('\n')) expect(RAW_HIDDEN.test(line), JSON.stringify(line.slice(0, 200))).toBe(false);
        expect(Object.keys(run.outputs).sort()).toEqual(['errors', 'sarif-file', 'warnings']);
        const sarif = readFileSync(run.outputs['sarif-file'], 'utf8');
        expect(workflowCommands(sarif)).toEqual([]);
        for (const line of sarif.split('\n')) expect(RAW_HIDDEN.test(line)).toBe(false);
        // The step fails: every case holds privileged containers and spec.replicas, or bytes that are not text.
        expect(run.stdout).toMatch(/^::error::daemonlint found \d+ errors? and \d+ warnings? \(fail-on: error\)$/m);
      }),
      { numRuns: 6 },
    );
  });
});
