/** Helpers for benchmark scripts: wall time and retained heap, printed as table rows. */
import { performance } from 'node:perf_hooks';

const gc = (globalThis as { gc?: () => void }).gc;

export interface Measured<T> {
  result: T;
  ms: number;
  /** Heap retained by the result after a full GC, in MiB (NaN without --expose-gc). */
  heapMiB: number;
}

/** Runs `fn` once, timing it and measuring the heap its result keeps alive. */
export function measure<T>(fn: () => T): Measured<T> {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const result = fn();
  const ms = performance.now() - t0;
  gc?.();
  const heapMiB = gc ? (process.memoryUsage().heapUsed - before) / 2 ** 20 : NaN;
  return { result, ms, heapMiB };
}

/** The median time of `runs` runs (after one warm-up run). */
export function medianMs(fn: () => unknown, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

export function printTable(title: string, header: string[], rows: (string | number)[][]) {
  console.log(`\n## ${title}\n`);
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}
