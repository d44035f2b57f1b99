/**
 * Work that can pause. A computation over a big dataset is written as a generator that
 * yields between bounded pieces of work (a few thousand events) and returns its result; a
 * view runs it a slice of time at a time (views/useStepped.ts), so that the page answers
 * input while a graph of 300k events is counted. Tests, scripts and small inputs run it
 * through at once.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to the end. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export type Stepped<T> = { done: true; value: T } | { done: false };

/** Runs steps until they finish or `ms` have passed (checked between steps). */
export function stepFor<T>(
  steps: Steps<T>,
  ms: number,
  now: () => number = () => performance.now(),
): Stepped<T> {
  const until = now() + ms;
  for (;;) {
    const r = steps.next();
    if (r.done) return { done: true, value: r.value };
    if (now() >= until) return { done: false };
  }
}

/** Events a stepped loop handles between yields: a few milliseconds of work each. */
export const STEP_EVENTS = 2048;
