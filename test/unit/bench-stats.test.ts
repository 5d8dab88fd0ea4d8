import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { median, pausesWithin, percentile, recordGcPauses, timeBlocks } from '../../bench/lib/stats';

describe('benchmark statistics', () => {
  it('takes medians and nearest-rank percentiles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
    expect(percentile([5, 1, 4, 2, 3], 95)).toBe(5);
    expect(percentile([5, 1, 4, 2, 3], 40)).toBe(2);
  });

  it('counts a collection pause in the timed run it began in, and in no other', () => {
    const windows: Array<[number, number]> = [
      [0, 10],
      [10, 20],
      [30, 40],
    ];
    const pauses = [
      { start: 0, ms: 1 },
      { start: 9.5, ms: 2 },
      { start: 10, ms: 4 },
      { start: 25, ms: 8 },
      { start: 40, ms: 16 },
    ];
    expect(pausesWithin(windows, pauses)).toEqual([3, 4, 0]);
  });

  it('records one window per timed run, in order, inside the run', async () => {
    const windows: Array<Array<[number, number]>> = [];
    const runs: number[] = [];
    const times = await timeBlocks(
      [() => void runs.push(0), () => void runs.push(1)],
      { blocks: 2, perBlock: 3, warmRuns: 1, warmMs: 0 },
      windows,
    );
    expect(times.map((t) => t.length)).toEqual([6, 6]);
    expect(windows.map((w) => w.length)).toEqual([6, 6]);
    // In time order the windows go: block 1 of contender 0 (3 runs), of contender 1, then block 2 of each; none
    // overlaps another.
    const inOrder = [0, 1].flatMap((block) => [0, 1].flatMap((c) => windows[c]!.slice(block * 3, block * 3 + 3)));
    for (let k = 1; k < inOrder.length; k++) expect(inOrder[k]![0]).toBeGreaterThanOrEqual(inOrder[k - 1]![1]);
    // Contenders take turns block by block: warm-up and timed runs of 0, then of 1, then 0 again.
    expect(runs).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1]);
  });

  it('records a collection pause with its start on the clock the windows use', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const rec = recordGcPauses();
    const before = performance.now();
    gc();
    const after = performance.now();
    const pauses = await rec.stop();
    const inside = pauses.filter((p) => p.start >= before && p.start < after);
    expect(inside.length).toBeGreaterThanOrEqual(1);
    expect(pausesWithin([[before, after]], pauses)[0]).toBeGreaterThan(0);
  });
});
