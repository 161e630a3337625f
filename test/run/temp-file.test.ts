import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/inputs/load.js';
import { TempFile } from '../../src/run/temp-file.js';
import { ownTmpdir } from '../helpers/own-tmpdir.js';

describe('TempFile', () => {
  const own = ownTmpdir('daemonlint-temp-test-', { each: true });

  it.skipIf(process.platform === 'win32')('leaves no name behind while it is open, so that a killed run leaves nothing; reads back what was written', () => {
    const file = new TempFile('daemonlint-x-', 'data', 'cut short');
    try {
      expect(file.append(Buffer.from('hello '))).toBe(0);
      expect(file.append(Buffer.from('world'))).toBe(6);
      expect(readdirSync(own())).toEqual([]);
      expect(file.path).toBeUndefined();
      const buffer = Buffer.alloc(11);
      expect(file.read(buffer, 11, 0)).toBe(11);
      expect(buffer.toString()).toBe('hello world');
      expect(() => file.read(buffer, 11, 11)).toThrow('cut short');
    } finally {
      file.close();
    }
  });

  it('keeps the name of one read by its path until it is closed', () => {
    const file = new TempFile('daemonlint-x-', 'data', 'cut short', true);
    file.append(Buffer.from('kept'));
    expect(readdirSync(own())).toEqual([path.basename(path.dirname(file.path!))]);
    expect(path.basename(file.path!)).toBe('data');
    file.close();
    expect(readdirSync(own())).toEqual([]);
  });

  it('a temporary directory it cannot write to stops the run, saying which and what to do', () => {
    const missing = path.join(own(), 'missing');
    process.env.TMPDIR = missing;
    const file = new TempFile('daemonlint-x-', 'data', 'cut short');
    const error = (() => {
      try {
        file.append(Buffer.from('x'));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(`cannot write a temporary file in ${missing}: ENOENT (no such file or directory); set TMPDIR to a directory with room that daemonlint can write to`);
    file.close();
    // A file where the directory should be.
    writeFileSync(missing, '');
    expect(() => new TempFile('daemonlint-x-', 'data', 'cut short').append(Buffer.from('x'))).toThrow(`cannot write a temporary file in ${missing}: ENOTDIR`);
  });
});
