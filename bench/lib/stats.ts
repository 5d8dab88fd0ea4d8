/** Timing helpers: warm-up, repeated runs, median and percentiles. */
import { PerformanceObserver, performance } from 'node:perf_hooks';

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[Math.min(rank, s.length) - 1]!;
}

/** Collect garbage between phases when node runs with --expose-gc (npm run bench does). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export const gcAvailable = (): boolean => typeof (globalThis as { gc?: unknown }).gc === 'function';

export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export interface BlockPlan {
  /** Blocks per contender; contenders take turns block by block. */
  blocks: number;
  /** Timed runs per block. */
  perBlock: number;
  /** Untimed runs before each block's timed runs: at least this many, and at least `warmMs` of them. */
  warmRuns: number;
  warmMs: number;
}

/**
 * Contenders timed in warmed blocks, taking turns: for each block, each contender gets a garbage collection
 * (untimed, with --expose-gc, so no contender pays for another's garbage), then untimed runs of its own until it is
 * warm again, then `perBlock` timed runs. Taking turns spreads a change in machine load over all contenders.
 *
 * The untimed runs matter: a forced full collection resets V8's heap sizing, and the next few hundred milliseconds
 * of allocation run two to three times slower while the young generation grows back. Timing the first run after a
 * collection measures that regrowth, not the contender, and penalises short runs most. Returns ms per contender.
 */
export async function timeBlocks(
  fns: ReadonlyArray<() => void | Promise<void>>,
  plan: BlockPlan,
  /** When given, filled with each timed run's [start, end] (performance.now()), per contender. */
  windows?: Array<Array<[number, number]>>,
): Promise<number[][]> {
  const times = fns.map((): number[] => []);
  if (windows) for (let i = 0; i < fns.length; i++) windows[i] = [];
  for (let b = 0; b < plan.blocks; b++) {
    for (let i = 0; i < fns.length; i++) {
      const fn = fns[i]!;
      collectGarbage();
      const warmStart = performance.now();
      for (let w = 0; w < plan.warmRuns || performance.now() - warmStart < plan.warmMs; w++) await fn();
      for (let r = 0; r < plan.perBlock; r++) {
        const t0 = performance.now();
        await fn();
        const t1 = performance.now();
        times[i]!.push(t1 - t0);
        windows?.[i]!.push([t0, t1]);
      }
    }
  }
  return times;
}

/** A garbage collection pause as Node reports it: when it began (performance.now()) and how long the program stood. */
export interface GcPause {
  start: number;
  ms: number;
}

/**
 * Records Node's garbage collection pauses from now until `stop()`. A pause is the time the program stood still
 * for the collector; collector work on other threads while the program runs is not in it.
 */
export function recordGcPauses(): { stop: () => Promise<GcPause[]> } {
  const pauses: GcPause[] = [];
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push({ start: e.startTime, ms: e.duration });
  });
  obs.observe({ entryTypes: ['gc'] });
  return {
    async stop(): Promise<GcPause[]> {
      // Entries are delivered after the timed code yields; let them arrive first.
      await new Promise((r) => setTimeout(r, 50));
      obs.disconnect();
      return pauses;
    },
  };
}

/** For each [start, end] window, the milliseconds of garbage collection pauses that began inside it. */
export function pausesWithin(windows: ReadonlyArray<[number, number]>, pauses: readonly GcPause[]): number[] {
  return windows.map(([a, b]) => pauses.reduce((sum, p) => (p.start >= a && p.start < b ? sum + p.ms : sum), 0));
}
