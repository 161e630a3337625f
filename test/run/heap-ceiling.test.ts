import { describe, expect, it } from 'vitest';
import { allowHeapCeiling, keepHeapBelow } from '../../src/run/speed/heap-ceiling.js';

describe('the heap ceiling of a run reported file by file', () => {
  it('collects only where allowed, only above the ceiling, and makes the collector once', () => {
    let made = 0;
    let collected = 0;
    // Not allowed yet (the library's case): nothing, however full the heap.
    keepHeapBelow({ ceiling: 0, env: {} });
    allowHeapCeiling(() => {
      made++;
      return () => {
        collected++;
      };
    });
    keepHeapBelow({ ceiling: Number.MAX_SAFE_INTEGER, env: {} });
    expect([made, collected]).toEqual([0, 0]);
    keepHeapBelow({ ceiling: 0, env: {} });
    expect([made, collected]).toEqual([1, 1]);
    // What was kept after that collection raises the next one's threshold by half: not yet.
    keepHeapBelow({ ceiling: 0, env: {} });
    expect([made, collected]).toEqual([1, 1]);
    // No growth allowed (the phase of the rules across the input allows less than between files): now.
    keepHeapBelow({ ceiling: 0, env: {}, growth: 0 });
    expect([made, collected]).toEqual([1, 2]);
    keepHeapBelow({ ceiling: 0, env: { DAEMONLINT_NO_HEAP_CEILING: '1' }, growth: 0 });
    expect(collected).toBe(2);
  });
});
