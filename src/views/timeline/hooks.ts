/** Small hooks shared by the timeline's parts. */
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { useStore } from '../../store/store';

const raf =
  typeof requestAnimationFrame === 'function'
    ? (cb: () => void) => requestAnimationFrame(cb)
    : (cb: () => void) => setTimeout(cb, 16) as unknown as number;

/** The inner size (clientWidth, clientHeight) of an element, kept up to date. */
export function useSize(
  ref: RefObject<HTMLElement | null>,
  fallback = { width: 900, height: 240 },
): { width: number; height: number } {
  const [size, setSize] = useState(fallback);
  // Measured before paint, so the first frame the user sees is laid out at the real size.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const width = el.clientWidth;
      const height = el.clientHeight;
      if (width > 0 && height > 0) {
        setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
      }
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}

export interface WindowWriter {
  /** Asks for a new window; the store gets at most one write per animation frame. */
  write(window: readonly [number, number]): void;
  /** Whether a write is waiting for its frame (a gesture is ahead of the store). */
  pending(): boolean;
}

/** Throttles zoom, pan and brush to one store write per animation frame. */
export function useWindowWriter(): WindowWriter {
  const setWindow = useStore((s) => s.setWindow);
  const state = useRef<{ next: readonly [number, number] | null; frame: boolean }>({
    next: null,
    frame: false,
  });
  const write = useCallback(
    (window: readonly [number, number]) => {
      const s = state.current;
      s.next = window;
      if (s.frame) return;
      s.frame = true;
      raf(() => {
        s.frame = false;
        const next = s.next;
        s.next = null;
        if (next) setWindow([next[0], next[1]]);
      });
    },
    [setWindow],
  );
  const pending = useCallback(() => state.current.next !== null, []);
  return useMemo(() => ({ write, pending }), [write, pending]);
}

/** Runs `fn` in the next animation frame (once per frame however often it is asked). */
export function useFrame(fn: () => void): () => void {
  const fnRef = useRef(fn);
  useEffect(() => {
    fnRef.current = fn;
  });
  const scheduled = useRef(false);
  return useCallback(() => {
    if (scheduled.current) return;
    scheduled.current = true;
    raf(() => {
      scheduled.current = false;
      fnRef.current();
    });
  }, []);
}
