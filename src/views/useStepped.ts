/**
 * Runs a stepped computation (query/steps.ts) without holding the page: a slice of a few
 * milliseconds per task, each task queued behind input and paint, until it is done. Small
 * inputs (atOnce) run through during render, exactly as a useMemo would, so that a small
 * dataset never shows a pending state.
 */
import { useEffect, useMemo, useState } from 'react';
import { runSteps, stepFor, type Steps } from '../query/steps';

/**
 * Milliseconds of work per task: under the 50 ms that counts as a long task. Slices of 10 ms
 * drew a 10k-event dataset 40% later than 40 ms ones (each slice gives way to frames and the
 * other views' slices), for no shorter longest task.
 */
const SLICE_MS = 40;

/**
 * Items (events) above which a view's work runs in slices rather than during render: at 10k
 * events, the timeline's model and first layout in one go were most of a 400 ms task. The
 * report stays below, so it never shows a pending state.
 */
export const STEPPED_ABOVE = 2_000;

/**
 * Results of finished steps, by steps object: read in render, and an effect run again
 * (StrictMode) does not step a finished generator.
 */
const results = new WeakMap<Steps<unknown>, { value: unknown }>();

export interface SteppedValue<T> {
  /** The result, or null while the steps run (or when there are none). */
  value: T | null;
  pending: boolean;
  /**
   * While pending: the result of the last steps this hook finished in slices for the same
   * owner (a view may show it, stale, rather than nothing), else null.
   */
  latest: T | null;
}

/**
 * The result of `steps`, made once per steps object: the caller makes them in a useMemo
 * over their inputs (a generator does no work until it is stepped).
 */
export function useStepped<T>(
  steps: Steps<T> | null,
  atOnce: boolean,
  /** What a result belongs to (a dataset's index): a stale one is offered only for the same. */
  owner: unknown = null,
): SteppedValue<T> {
  const now = useMemo(() => (steps && atOnce ? { value: runSteps(steps) } : null), [steps, atOnce]);
  // Set when steps finish, to render their result (also kept in `results`).
  const [last, setLast] = useState<{ value: T; owner: unknown } | null>(null);
  useEffect(() => {
    if (!steps || now || results.has(steps)) return;
    let live = true;
    // A message posted to oneself runs as a new task, after pending input; a zero timeout
    // would be clamped to 4 ms once nested.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (!live) return;
      const r = stepFor(steps, SLICE_MS);
      if (!r.done) {
        channel.port2.postMessage(null);
        return;
      }
      results.set(steps, { value: r.value });
      setLast({ value: r.value, owner });
    };
    channel.port2.postMessage(null);
    return () => {
      live = false;
      channel.port1.close();
    };
  }, [steps, now, owner]);
  if (!steps) return { value: null, pending: false, latest: null };
  if (now) return { value: now.value, pending: false, latest: null };
  const finished = results.get(steps);
  if (finished) return { value: finished.value as T, pending: false, latest: null };
  const latest = last && last.owner === owner ? last.value : null;
  return { value: null, pending: true, latest };
}
