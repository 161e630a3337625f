import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Every sample output in the README is what its command prints: each block that follows an
 * `<!-- output of: daemonlint <args> (COLUMNS=n) -->` line is compared with a run of the bundle
 * from the project root, without colour, at that width.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'daemonlint.js');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const SAMPLE = /<!-- output of: daemonlint (.*?) \(COLUMNS=(\d+)\) -->\n```\n([\s\S]*?)```\n/g;
const samples = [...readme.matchAll(SAMPLE)].map((m) => ({ args: m[1].split(' '), columns: m[2], output: m[3] }));

describe('README sample outputs', () => {
  it('has at least one', () => {
    expect(samples.length).toBeGreaterThan(0);
  });

  for (const sample of samples) {
    it(`daemonlint ${sample.args.join(' ')} at ${sample.columns} columns`, () => {
      const r = spawnSync(process.execPath, [bin, ...sample.args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', COLUMNS: sample.columns } });
      expect(r.stdout).toBe(sample.output);
    });
  }
});
