import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

describe('the committed bundle (dist/)', () => {
  const fresh = mkdtempSync(path.join(tmpdir(), 'daemonlint-dist-'));
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('is what the sources build to: run `npm run build` and commit dist/ when this fails', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), fresh], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const committed = listFiles(path.join(root, 'dist'));
    expect(committed).toEqual(listFiles(fresh));
    for (const file of committed) {
      expect(readFileSync(path.join(root, 'dist', file), 'utf8'), file).toBe(readFileSync(path.join(fresh, file), 'utf8'));
    }
  }, 60_000);
});
