import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

/**
 * Gives the calling `describe` a temporary directory of its own as TMPDIR (other test files may
 * write temporary files at the same time), made before its tests (`each`: before each test) and
 * removed after them, TMPDIR put back. Returns the directory in use.
 */
export function ownTmpdir(prefix: string, { each = false }: { each?: boolean } = {}): () => string {
  const saved = process.env.TMPDIR;
  let own = '';
  (each ? beforeEach : beforeAll)(() => {
    own = mkdtempSync(path.join(tmpdir(), prefix));
    process.env.TMPDIR = own;
  });
  (each ? afterEach : afterAll)(() => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    rmSync(own, { recursive: true, force: true });
  });
  return () => own;
}
