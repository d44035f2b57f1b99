/**
 * How a gesture's windows reach the store. Every step of a zoom, pan or brush goes to the
 * live window at once (the drawing layer follows it each frame, outside React); the store,
 * which every view reads, gets the window only when the gesture pauses or ends, so the app
 * re-renders once per pause instead of once per frame.
 */
import type { LiveWindow, Window } from './liveWindow';

/** A pause this long (ms) counts as the gesture settling (d3-zoom ends a wheel after 150). */
export const SETTLE_MS = 120;

export interface WindowWriter {
  /** A gesture's window: shown at once, given to the store when the gesture pauses. */
  write(window: Window): void;
  /** The gesture ended: the store gets its window now. */
  settle(): void;
  /** Drops a window the store has not had yet (a button or a key set the window instead). */
  cancel(): void;
  /** Whether a gesture is ahead of the store. */
  pending(): boolean;
  /** The window the gesture is showing (null when the store is up to date). */
  live: LiveWindow;
}

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(id: unknown): void;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

export function createWindowWriter(
  live: LiveWindow,
  commit: (w: Window) => void,
  timers: Timers = realTimers,
  settleMs = SETTLE_MS,
): WindowWriter {
  let timer: unknown = null;
  const stop = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
  };
  const settle = () => {
    stop();
    const w = live.get();
    if (!w) return;
    // The store first, then the live window cleared: React renders the settled window in
    // the same frame as the drawing layer steps aside.
    commit(w);
    live.set(null);
  };
  return {
    write(w) {
      live.set([w[0], w[1]]);
      stop();
      timer = timers.set(settle, settleMs);
    },
    settle,
    cancel() {
      stop();
      live.set(null);
    },
    pending: () => live.get() !== null,
    live,
  };
}
