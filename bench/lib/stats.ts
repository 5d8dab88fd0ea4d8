/** Timing helpers: warm-up, repeated runs, median and percentiles. */
import { performance } from 'node:perf_hooks';

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

/** Run `fn` `warmup` times untimed, then `repeats` times timed; the times in ms. */
export function timeRuns(fn: () => void, warmup: number, repeats: number): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

/** Collect garbage between phases when node runs with --expose-gc (npm run bench does). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export const gcAvailable = (): boolean => typeof (globalThis as { gc?: unknown }).gc === 'function';

export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * Contenders timed in alternation: each round runs every function once, so a change in machine load during the
 * phase falls on all of them alike. Garbage is collected (untimed) before each run when --expose-gc is on, so no
 * contender pays for another's garbage. Returns the times in ms per function.
 */
export async function timeInterleaved(
  fns: ReadonlyArray<() => void | Promise<void>>,
  warmup: number,
  rounds: number,
): Promise<number[][]> {
  const times = fns.map((): number[] => []);
  for (let round = 0; round < warmup + rounds; round++) {
    for (let i = 0; i < fns.length; i++) {
      collectGarbage();
      const t0 = performance.now();
      await fns[i]!();
      const t = performance.now() - t0;
      if (round >= warmup) times[i]!.push(t);
    }
  }
  return times;
}
