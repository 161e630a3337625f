import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath, resolveInputs, STDIN_PATH } from '../../src/inputs/load.js';

describe('displayPath', () => {
  const cwd = path.resolve('/work/project');
  const shown = (...segments: string[]) => displayPath(path.join(...segments), cwd);

  it('shows a file under the working directory relative to it, with forward slashes', () => {
    expect(shown(cwd, 'k8s', 'agent.yaml')).toBe('k8s/agent.yaml');
  });
  it('shows what path.relative shows for files outside it', () => {
    expect(shown(path.dirname(cwd), 'project-b', 'x.yaml')).toBe(path.resolve('/work/project-b/x.yaml').split(path.sep).join('/'));
    expect(shown(path.resolve('/work/projectile.yaml'))).toBe(path.resolve('/work/projectile.yaml').split(path.sep).join('/'));
  });
  it('agrees with path.relative when the working directory ends with a separator', () => {
    expect(displayPath(path.join(cwd, 'a.yaml'), cwd + path.sep)).toBe('a.yaml');
    const root = path.parse(cwd).root;
    expect(displayPath(path.join(root, 'a.yaml'), root)).toBe('a.yaml');
  });
  it('keeps standard input as it is', () => {
    expect(displayPath(STDIN_PATH, cwd)).toBe(STDIN_PATH);
  });
});

describe('resolveInputs', () => {
  it('walks a directory in name order for manifests, skipping node_modules and dot-folders', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-load-'));
    for (const d of ['b', 'a/node_modules', 'a/.git']) mkdirSync(path.join(dir, d), { recursive: true });
    for (const f of ['b/z.yml', 'b/notes.txt', 'a/x.JSON', 'a/node_modules/m.yaml', 'a/.git/g.yaml', 'c.yaml']) writeFileSync(path.join(dir, f), '');
    const files = await resolveInputs(['.'], dir);
    expect(files.map((f) => path.relative(dir, f).split(path.sep).join('/'))).toEqual(['a/x.JSON', 'b/z.yml', 'c.yaml']);
    expect(files.every((f) => f === path.resolve(f))).toBe(true);
  });

  it('walks a tree of many directories, letting the event loop run while it walks', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-load-many-'));
    for (let i = 0; i < 200; i++) {
      mkdirSync(path.join(dir, `d${String(i).padStart(3, '0')}`));
      writeFileSync(path.join(dir, `d${String(i).padStart(3, '0')}`, 'ds.yaml'), '');
    }
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    try {
      const files = await resolveInputs(['.', 'd0*/*.yaml'], dir);
      expect(files).toHaveLength(200);
      expect(path.relative(dir, files[199]).split(path.sep).join('/')).toBe('d199/ds.yaml');
    } finally {
      clearInterval(ticking);
    }
    // 201 directories walked, then 101 for the glob: the loop ran between them.
    expect(turns).toBeGreaterThan(0);
  });

  it.runIf(process.platform !== 'win32')('says why a path that is there cannot be read (a loop of links), not that it does not exist', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-load-loop-'));
    symlinkSync('loop.yaml', path.join(dir, 'loop.yaml'));
    await expect(resolveInputs(['loop.yaml'], dir)).rejects.toThrow('cannot read "loop.yaml": ELOOP (too many levels of symbolic links)');
    await expect(resolveInputs(['missing.yaml'], dir)).rejects.toThrow('cannot read "missing.yaml": no such file or directory');
  });
});
