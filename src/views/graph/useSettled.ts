import { useEffect, useRef, useState } from 'react';

/**
 * The value, held back while it keeps changing. Zooming or brushing the timeline changes
 * the time window every frame; the graph lays itself out again only once the window has
 * been still for `ms` milliseconds, so the zoom stays smooth. A change after a quiet spell
 * (a click, a link being opened) passes at once.
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const lastChange = useRef(0);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const now = performance.now();
    const quiet = now - lastChange.current > ms;
    lastChange.current = now;
    const timer = setTimeout(() => setSettled(value), quiet ? 0 : ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
