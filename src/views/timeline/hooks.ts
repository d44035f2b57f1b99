/** Small hooks shared by the timeline's parts. */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useStore } from '../../store/store';
import { createLiveWindow } from './liveWindow';
import { createWindowWriter, type WindowWriter } from './gestureWriter';

export type { WindowWriter } from './gestureWriter';

/** The next animation frame, or a 16 ms timer where there are none (jsdom). */
export const raf =
  typeof requestAnimationFrame === 'function'
    ? (cb: () => void) => requestAnimationFrame(cb)
    : (cb: () => void) => setTimeout(cb, 16) as unknown as number;
export const cancelRaf =
  typeof cancelAnimationFrame === 'function'
    ? (id: number) => cancelAnimationFrame(id)
    : (id: number) => clearTimeout(id);

/**
 * The inner size (clientWidth, clientHeight) of an element, kept up to date.
 *
 * `guessed`: the fallback is a size measured before (the last plot's). It is then checked
 * by the observer's first report, which comes after the browser's own layout and before
 * paint (a wrong guess is put right in a synchronous render there, so no frame shows it),
 * rather than by reading the size here, which forced a layout of the whole page inside the
 * task that mounted the element: 66 ms of the 360 ms task that drew 300k events.
 */
export function useSize(
  ref: RefObject<HTMLElement | null>,
  fallback = { width: 900, height: 240 },
  { guessed = false } = {},
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
    const observing = typeof ResizeObserver !== 'undefined';
    let checking = guessed && observing;
    if (!checking) measure();
    if (!observing) return;
    const ro = new ResizeObserver(() => {
      if (!checking) return measure();
      checking = false;
      flushSync(measure);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, guessed]);
  return size;
}

/**
 * The timeline's writer for gesture windows (gestureWriter.ts): zoom, pan and brush show
 * their window live and give it to the store when the gesture settles.
 */
export function useWindowWriter(): WindowWriter {
  const [writer] = useState(() =>
    createWindowWriter(createLiveWindow(), (w) => useStore.getState().setWindow([w[0], w[1]])),
  );
  return writer;
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
