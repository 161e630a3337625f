import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { Spool } from '../../src/run/spool.js';
import { ownTmpdir } from '../helpers/own-tmpdir.js';

/** Pieces of a report with characters of 1 to 4 UTF-8 bytes, so that chunks of the spool cut some of them. */
const pieces = ['{\n', '  "message": "ü ✓ 𝄞 \\u2028",\n', 'ÿ'.repeat(7), '✓✓✓', '𝄞', 'plain ASCII text that is longer than the memory of the spool', '', '}\n'];
const whole = pieces.join('');

function drained(spool: Spool, asBytes: boolean): string | Buffer {
  if (asBytes) {
    const chunks: Buffer[] = [];
    spool.drain(() => expect.unreachable('text asked of a spool drained as bytes'), (bytes) => chunks.push(Buffer.from(bytes)));
    return Buffer.concat(chunks);
  }
  let text = '';
  spool.drain((t) => (text += t));
  return text;
}

function spoolDirs(): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith('daemonlint-report-'));
}

describe('Spool', () => {
  const own = ownTmpdir('daemonlint-spool-test-');

  for (const memory of [8 << 20, 16, 5]) {
    it(`gives back what was written, as text and as bytes (memory: ${memory} bytes)`, () => {
      for (const asBytes of [false, true]) {
        expect(tmpdir()).toBe(own());
        const before = spoolDirs();
        const spool = new Spool(memory);
        try {
          for (const piece of pieces) spool.write(piece);
          expect(drained(spool, asBytes)).toEqual(asBytes ? Buffer.from(whole) : whole);
          // Only a spool that outgrew its memory made a temporary file, and its name is gone while
          // it is open (a killed run leaves nothing), except on Windows.
          expect(spoolDirs().length - before.length).toBe(memory > whole.length * 3 || process.platform !== 'win32' ? 0 : 1);
        } finally {
          spool.close();
        }
        expect(spoolDirs()).toEqual(before);
      }
    });
  }

  it('gives nothing back when nothing was written', () => {
    const spool = new Spool();
    expect(drained(spool, false)).toBe('');
    expect(drained(spool, true)).toEqual(Buffer.alloc(0));
    spool.close();
  });
});
