import { describe, expect, it } from 'vitest';
import { allowHeapCeiling, keepHeapBelow } from '../../src/run/speed/heap-ceiling.js';

describe('the heap ceiling of a run reported file by file', () => {
  it('collects only where allowed, only above the ceiling, and makes the collector once', () => {
    let made = 0;
    let collected = 0;
    // Not allowed yet (the library's case): nothing, however full the heap.
    keepHeapBelow(0, {});
    allowHeapCeiling(() => {
      made++;
      return () => {
        collected++;
      };
    });
    keepHeapBelow(Number.MAX_SAFE_INTEGER, {});
    expect([made, collected]).toEqual([0, 0]);
    keepHeapBelow(0, {});
    expect([made, collected]).toEqual([1, 1]);
    // What was kept after that collection raises the next one's threshold by half: not yet.
    keepHeapBelow(0, {});
    expect([made, collected]).toEqual([1, 1]);
    keepHeapBelow(0, { DAEMONLINT_NO_HEAP_CEILING: '1' });
    expect(collected).toBe(1);
  });
});
