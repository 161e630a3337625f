// What the CLI reads, and what it says when it cannot: input that was not read is never a clean
// result, and every failure is one line with exit 2 (issue 13).
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { chmodSync, mkdirSync, mkdtempSync, openSync, closeSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCli, runBin, runShell } from '../helpers/cli-run.js';

const daemonSet = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      priorityClassName: system-node-critical
      tolerations: [{key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}]
      containers:
        - name: agent
          image: example.com/agent:1.0.0
          securityContext: {privileged: true}
          livenessProbe: {httpGet: {path: /healthz, port: 8080}}
          readinessProbe: {httpGet: {path: /ready, port: 8080}}
          resources:
            requests: {cpu: 10m, memory: 16Mi}
            limits: {cpu: 100m, memory: 32Mi}
`;
const PRIVILEGED = 'container "agent" runs privileged, not justified';

let work: string;
let n = 0;
/** A fresh directory holding these files. */
function dir(files: Record<string, string | Uint8Array> = {}): string {
  const d = path.join(work, `d${++n}`);
  mkdirSync(d, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(d, name)), { recursive: true });
    writeFileSync(path.join(d, name), content);
  }
  return d;
}

/** `file:line:column rule message` of each finding of a JSON report. */
function findings(stdout: string): string[] {
  const report = JSON.parse(stdout) as { findings: { file: string; line: number; column: number; ruleId: string; message: string }[] };
  return report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`);
}

beforeAll(() => {
  requireBuiltCli();
  work = mkdtempSync(path.join(tmpdir(), 'daemonlint-gate-'));
  chmodSync(work, 0o755);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
function utf32(text: string, little: boolean): Buffer {
  const points = [0xfeff, ...Array.from(text, (c) => c.codePointAt(0)!)];
  const out = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (little ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4)));
  return out;
}

describe('encodings: decoded as kubectl reads them, and never a clean pass for what is not text', () => {
  it('UTF-16 LE and BE with a BOM are linted like UTF-8', () => {
    const d = dir({ 'le.yaml': utf16le(daemonSet), 'be.yaml': utf16be(daemonSet) });
    const r = runBin(['--format', 'json', 'le.yaml', 'be.yaml'], d);
    expect(r.code).toBe(1);
    expect(findings(r.stdout)).toEqual([`be.yaml:14:29 privileged-justified ${PRIVILEGED}`, `le.yaml:14:29 privileged-justified ${PRIVILEGED}`]);
  });

  it('UTF-32 with a BOM is linted, and is an error: kubectl refuses it', () => {
    const d = dir({ 'le.yaml': utf32(daemonSet, true), 'be.yaml': utf32(daemonSet, false) });
    const r = runBin(['--format', 'json', 'le.yaml', 'be.yaml'], d);
    expect(r.code).toBe(1);
    expect(findings(r.stdout)).toEqual([
      'be.yaml:1:1 yaml-syntax the file is UTF-32, which kubectl does not read',
      `be.yaml:14:29 privileged-justified ${PRIVILEGED}`,
      'le.yaml:1:1 yaml-syntax the file is UTF-32, which kubectl does not read',
      `le.yaml:14:29 privileged-justified ${PRIVILEGED}`,
    ]);
  });

  it('a file of NUL bytes is an error, not 0 DaemonSets and a green tick', () => {
    const r = runBin(['nul.yaml'], dir({ 'nul.yaml': Buffer.alloc(64) }));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('nul.yaml\n  1:1  error  the file holds a NUL byte: it is not text  yaml-syntax\n\n✖ 1 problem (1 error, 0 warnings) · 1 file, 0 DaemonSets checked\n');
  });

  it('invalid UTF-8 (in a comment) is an error at the first bad byte; the rest is still linted', () => {
    const bytes = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from(' au lait\n'), Buffer.from(daemonSet)]);
    const r = runBin(['--format', 'json', 'bad.yaml'], dir({ 'bad.yaml': bytes }));
    expect(r.code).toBe(1);
    expect(findings(r.stdout)).toEqual([
      'bad.yaml:1:6 yaml-syntax the file is not valid UTF-8: byte 0xE9 at offset 5 begins a character that is cut short',
      `bad.yaml:15:29 privileged-justified ${PRIVILEGED}`,
    ]);
  });

  it('UTF-16 without a BOM is named as such', () => {
    const r = runBin(['--format', 'json', 'x.yaml'], dir({ 'x.yaml': Buffer.from(daemonSet, 'utf16le') }));
    expect(r.code).toBe(1);
    expect(findings(r.stdout)).toEqual(['x.yaml:1:2 yaml-syntax the file looks like UTF-16 without a byte-order mark']);
  });

  it('a control character is an error (kubectl: "control characters are not allowed")', () => {
    const r = runBin(['--format', 'json', 'x.yaml'], dir({ 'x.yaml': `# \u001b[2J\n${daemonSet}` }));
    expect(findings(r.stdout)[0]).toBe('x.yaml:1:3 yaml-syntax the control character U+001B is not allowed in YAML');
  });

  it('standard input is decoded the same way', () => {
    const r = runBin(['--format', 'json', '-'], work, { input: utf16le(daemonSet) });
    expect(findings(r.stdout)).toEqual([`<stdin>:14:29 privileged-justified ${PRIVILEGED}`]);
  });
});

describe('nothing read is not success', () => {
  it('a glob that matches nothing: exit 2, saying where it looked', () => {
    const r = runBin(['nomatch/*.yaml'], dir());
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'daemonlint: no files match the pattern "nomatch/*.yaml" (the directory "nomatch" does not exist)\n' });
    const d = dir({ 'k8s/a.txt': 'x' });
    expect(runBin(['k8s/*.yaml'], d).stderr).toBe('daemonlint: no files match the pattern "k8s/*.yaml" (searched under "k8s")\n');
  });

  it('an empty directory: exit 2', () => {
    const d = dir();
    mkdirSync(path.join(d, 'empty'));
    const r = runBin(['empty'], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('daemonlint: no manifests in the directory "empty": it and its subdirectories hold no .yaml, .yml or .json file (dot-folders and node_modules are skipped)\n');
  });

  it('--no-error-on-unmatched-pattern: unmatched patterns are skipped, the rest is linted', () => {
    const d = dir({ 'a.yaml': daemonSet });
    expect(runBin(['--no-error-on-unmatched-pattern', 'nomatch/*.yaml'], d)).toEqual({ code: 0, stdout: '✔ 0 files, 0 DaemonSets checked: no problems\n', stderr: '' });
    const r = runBin(['--no-error-on-unmatched-pattern', '--format', 'json', 'nomatch/*.yaml', 'missing.yaml', 'a.yaml'], d);
    expect(r.code).toBe(1);
    expect(findings(r.stdout)).toEqual([`a.yaml:14:29 privileged-justified ${PRIVILEGED}`]);
  });

  it('empty standard input: exit 2', () => {
    expect(runBin(['-'], work, { input: '' })).toEqual({ code: 2, stdout: '', stderr: 'daemonlint: standard input is empty: nothing to lint (did the command before the pipe fail?)\n' });
  });

  it('no path and a piped standard input: standard input is linted', () => {
    const r = runBin(['--format', 'json'], dir({ 'other.yaml': 'kind: ConfigMap\n' }), { input: daemonSet });
    expect(r.code).toBe(1);
    expect(findings(r.stdout)).toEqual([`<stdin>:14:29 privileged-justified ${PRIVILEGED}`]);
    // An empty pipe (a CI step's closed stdin) leaves the default: the working directory.
    expect(runBin([], dir({ 'a.yaml': 'kind: ConfigMap\n' }), { input: '' }).stdout).toBe('✔ 1 file, 0 DaemonSets checked: no problems\n');
  });

  it('files read that hold no DaemonSet are not an error: 0 DaemonSets, exit 0', () => {
    expect(runBin(['cm.yaml', 'empty.yaml'], dir({ 'cm.yaml': 'kind: ConfigMap\n', 'empty.yaml': '' }))).toEqual({ code: 0, stdout: '✔ 2 files, 0 DaemonSets checked: no problems\n', stderr: '' });
  });

  it('every file found is ignored by the config: exit 2', () => {
    const r = runBin(['k8s'], dir({ '.daemonlint.yaml': 'ignore: ["k8s/**"]\n', 'k8s/a.yaml': daemonSet }));
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'daemonlint: all 1 file found for "k8s" is ignored by the ignore setting of .daemonlint.yaml\n' });
  });
});

describe('messages on standard error', () => {
  it('name what the input named with hidden characters escaped and workflow commands defused, as the report does', () => {
    // A CI log acts on stderr's lines too: a path holding a line break and `::error` would annotate README.md.
    const name = 'x\n::error file=README.md,line=1::pwned\u200b\r##[warning]y.yaml';
    const r = runBin([name], dir());
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'daemonlint: no files match the pattern "x\n\\::error file=README.md,line=1::pwned\\u200b\r##\\[warning]y.yaml" (searched the working directory)\n',
    });
  });
});

describe('sizes', () => {
  it('a file over the limit is a finding, and is not read', () => {
    const d = dir({ 'big.yaml': `${daemonSet}# ${'x'.repeat(2048)}\n`, 'small.yaml': 'kind: ConfigMap\n' });
    const r = runBin(['--max-file-size', '1KiB', '--format', 'json', 'big.yaml', 'small.yaml'], d);
    expect(r.code).toBe(1);
    expect(findings(r.stdout)).toEqual(['big.yaml:1:1 yaml-syntax the file is 2,760 bytes, over the 1 KiB limit: it was not read']);
  });

  it('the limit can be set in the config; a bad value names the key', () => {
    const d = dir({ '.daemonlint.yaml': 'maxFileSize: 1KiB\n', 'big.yaml': `# ${'x'.repeat(2048)}\n` });
    expect(findings(runBin(['--format', 'json', 'big.yaml'], d).stdout)).toEqual(['big.yaml:1:1 yaml-syntax the file is 2,051 bytes, over the 1 KiB limit: it was not read']);
    const bad = runBin(['big.yaml'], dir({ '.daemonlint.yaml': 'maxFileSize: lots\n', 'big.yaml': '' }));
    expect(bad).toEqual({ code: 2, stdout: '', stderr: 'daemonlint: invalid configuration: .daemonlint.yaml: maxFileSize: "lots" is not a size; write bytes (1048576) or a size such as "64MiB" or "500KB"\n' });
  });

  it('standard input over the limit is a finding', () => {
    const r = runBin(['--max-file-size', '100', '--format', 'json', '-'], work, { input: daemonSet });
    expect(findings(r.stdout)).toEqual(['<stdin>:1:1 yaml-syntax standard input is more than 100 bytes, over the 100 bytes limit: it was not read']);
  });

  it('/dev/zero as an input stops at the limit', () => {
    const r = runBin(['--max-file-size', '1MiB', '--format', 'json', '/dev/zero'], work);
    expect(findings(r.stdout)).toEqual(['/dev/zero:1:1 yaml-syntax the file is more than 1 MiB, over the 1 MiB limit: it was not read']);
  });

  it('a config file must be a regular file of at most 1 MiB', () => {
    const d = dir({ 'a.yaml': 'kind: ConfigMap\n', 'huge.yaml': `# ${'x'.repeat(1024 * 1024)}\n` });
    symlinkSync('/dev/zero', path.join(d, '.daemonlint.yaml'));
    expect(runBin(['a.yaml'], d)).toEqual({ code: 2, stdout: '', stderr: 'daemonlint: invalid configuration: .daemonlint.yaml: (file): is a character device, not a regular file\n' });
    expect(runBin(['-c', 'huge.yaml', 'a.yaml'], d).stderr).toBe('daemonlint: invalid configuration: huge.yaml: (file): is 1,048,579 bytes, more than the 1 MiB a configuration may be\n');
  });
});

describe('what else is read', () => {
  it('/dev/stdin, a FIFO and a process substitution are read', () => {
    const d = dir();
    writeFileSync(path.join(d, 'ds.yaml'), daemonSet);
    expect(runShell('$DL --format json /dev/stdin < ds.yaml', d).stdout).toContain(`"file": "/dev/stdin"`);
    expect(findings(runShell('cat ds.yaml | $DL --format json /dev/stdin', d).stdout)).toEqual([`/dev/stdin:14:29 privileged-justified ${PRIVILEGED}`]);
    const viaSubstitution = runShell('$DL --format json <(cat ds.yaml)', d);
    expect(viaSubstitution.code).toBe(1);
    expect(findings(viaSubstitution.stdout)).toEqual([expect.stringMatching(/^\/dev\/fd\/\d+:14:29 privileged-justified /)]);
    execFileSync('mkfifo', [path.join(d, 'fifo.yaml')]);
    const viaFifo = runShell('(cat ds.yaml > fifo.yaml &) ; $DL --format json fifo.yaml', d);
    expect(viaFifo.code).toBe(1);
    expect(findings(viaFifo.stdout)).toEqual([`fifo.yaml:14:29 privileged-justified ${PRIVILEGED}`]);
  });

  it('in a directory, a link named like a manifest is read as kubectl reads it; links to directories are not followed', () => {
    const d = dir({ 'docs/agent.txt': daemonSet, 'other/x.yaml': daemonSet.replace(/agent/g, 'other') });
    mkdirSync(path.join(d, 'deploy'));
    symlinkSync('../docs/agent.txt', path.join(d, 'deploy', 'agent.yaml'));
    symlinkSync('../other', path.join(d, 'deploy', 'linked-dir'));
    symlinkSync('../nowhere.yaml', path.join(d, 'deploy', 'dangling.yaml'));
    const r = runBin(['--format', 'json', 'deploy'], d);
    expect(r.code).toBe(1);
    expect(findings(r.stdout)).toEqual([`deploy/agent.yaml:14:29 privileged-justified ${PRIVILEGED}`]);
    expect(findings(runBin(['--format', 'json', 'deploy/*.yaml'], d).stdout)).toEqual([`deploy/agent.yaml:14:29 privileged-justified ${PRIVILEGED}`]);
  });

  it('a socket is refused by name', async () => {
    const d = dir();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(d, 'sock.yaml'), resolve));
    try {
      expect(runBin(['sock.yaml'], d)).toEqual({ code: 2, stdout: '', stderr: 'daemonlint: cannot read "sock.yaml": it is a socket\n' });
    } finally {
      server.close();
    }
  });
});

describe('one clear line and exit 2 instead of a stack trace', () => {
  it('a glob with a range out of order', () => {
    expect(runBin(['[z-a]'], dir())).toEqual({ code: 2, stdout: '', stderr: 'daemonlint: invalid pattern "[z-a]": the range "z-a" in "[z-a]" is out of order (write it "a-z")\n' });
  });

  it('an ignore glob with a range out of order names the config key', () => {
    const r = runBin(['a.yaml'], dir({ '.daemonlint.yaml': 'ignore: ["ok/**", "[z-a]/*.yaml"]\n', 'a.yaml': '' }));
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'daemonlint: invalid configuration: .daemonlint.yaml: ignore[1]: the range "z-a" in "[z-a]/*.yaml" is out of order (write it "a-z")\n' });
  });

  it('an unreadable subdirectory', () => {
    const d = dir({ 'k8s/a.yaml': 'kind: ConfigMap\n', 'k8s/secret/b.yaml': 'kind: ConfigMap\n' });
    chmodSync(path.join(d, 'k8s', 'secret'), 0o000);
    try {
      // Root reads anything: the run is then made as nobody.
      const r = process.getuid?.() === 0 ? runShell(`setpriv --reuid=65534 --regid=65534 --clear-groups $DL k8s`, d) : runBin(['k8s'], d);
      expect(r).toEqual({ code: 2, stdout: '', stderr: 'daemonlint: cannot read the directory "k8s/secret": EACCES (permission denied)\n' });
    } finally {
      chmodSync(path.join(d, 'k8s', 'secret'), 0o755);
    }
  });

  it('a baseline holding null, or another file: the file and the problem, never its content', () => {
    const d = dir({ 'a.yaml': 'kind: ConfigMap\n', 'null.json': 'null', 'passwd': 'root:x:0:0:root:/root:/bin/bash\n' });
    expect(runBin(['--baseline', 'null.json', 'a.yaml'], d)).toEqual({ code: 2, stdout: '', stderr: 'daemonlint: baseline null.json: not a daemonlint baseline (expected {"version": 1, "entries": [...]})\n' });
    const r = runBin(['--baseline', 'passwd', 'a.yaml'], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^daemonlint: baseline passwd: not valid JSON( \(at byte 0\))?; expected a daemonlint baseline, made with --write-baseline\n$/);
    expect(r.stderr).not.toContain('root');
  });

  it('a baseline must be a regular file under its size limit: /dev/zero is refused, never read', () => {
    const d = dir({ 'a.yaml': 'kind: ConfigMap\n' });
    symlinkSync('/dev/zero', path.join(d, 'zero.json'));
    expect(runBin(['--baseline', 'zero.json', 'a.yaml'], d)).toEqual({ code: 2, stdout: '', stderr: 'daemonlint: baseline zero.json: is a character device, not a regular file\n' });
    execFileSync('mkfifo', [path.join(d, 'fifo.json')]);
    expect(runBin(['--baseline', 'fifo.json', 'a.yaml'], d)).toEqual({ code: 2, stdout: '', stderr: 'daemonlint: baseline fifo.json: is a FIFO, not a regular file\n' });
    // A config that is a FIFO with no writer is refused, not waited on.
    symlinkSync('fifo.json', path.join(d, '.daemonlint.yaml'));
    expect(runBin(['a.yaml'], d)).toEqual({ code: 2, stdout: '', stderr: 'daemonlint: invalid configuration: .daemonlint.yaml: (file): is a FIFO, not a regular file\n' });
  });

  it('a closed stdout (| head) ends quietly, with the run\'s own exit code', () => {
    // Far more report than a pipe holds (64 KiB), so that writes go on after head has gone.
    const docs = Array.from({ length: 3000 }, (_, i) => daemonSet.replace(/agent/g, `agent${i}`)).join('---\n');
    const d = dir({ 'many.yaml': docs });
    const r = runShell('$DL many.yaml 2>err.txt | head -1; echo "exit ${PIPESTATUS[0]}"; cat err.txt', d);
    expect(r.stdout).toBe('many.yaml\nexit 1\n');
  });

  it('a full disk: stdout or the output file on /dev/full', () => {
    const d = dir({ 'a.yaml': daemonSet });
    const full = openSync('/dev/full', 'w');
    try {
      const r = runBin(['a.yaml'], d, { stdio: ['pipe', full, 'pipe'] });
      expect(r).toEqual({ code: 2, stdout: '', stderr: 'daemonlint: cannot write the report to standard output: ENOSPC (no space left on device)\n' });
    } finally {
      closeSync(full);
    }
    expect(runBin(['-o', '/dev/full', 'a.yaml'], d)).toEqual({ code: 2, stdout: '', stderr: 'daemonlint: cannot write "/dev/full": ENOSPC (no space left on device)\n' });
  });

  it('a config of only comments is an empty config', () => {
    expect(runBin(['a.yaml'], dir({ '.daemonlint.yaml': '# nothing here yet\n\n  # indented\n', 'a.yaml': 'kind: ConfigMap\n' }))).toEqual({ code: 0, stdout: '✔ 1 file, 0 DaemonSets checked: no problems\n', stderr: '' });
  });
});
