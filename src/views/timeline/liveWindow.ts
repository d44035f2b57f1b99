/**
 * The window a gesture is showing before the store has it: a tiny external store, so the
 * drawing layer (and the axis) can follow every frame of a zoom or pan without the app
 * re-rendering. `null` when no gesture is ahead of the store.
 */
export type Window = readonly [number, number];

export interface LiveWindow {
  get(): Window | null;
  set(w: Window | null): void;
  /** Calls `fn` after each change; returns the unsubscribe (useSyncExternalStore's shape). */
  subscribe(fn: () => void): () => void;
}

export function createLiveWindow(): LiveWindow {
  let current: Window | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(w) {
      if (w === current) return;
      current = w;
      for (const fn of [...listeners]) fn();
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
