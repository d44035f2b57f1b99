import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `ms` milliseconds. Zooming or brushing the
 * timeline changes the time window every frame; the graph lays itself out again only when
 * the window settles, so the zoom stays smooth.
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
