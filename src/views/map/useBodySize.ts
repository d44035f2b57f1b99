/** The size of the map's drawing area, kept up to date (small changes are ignored). */
import { useLayoutEffect, useState, type RefObject } from 'react';

export function useBodySize(ref: RefObject<HTMLElement | null>) {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const width = Math.floor(el.clientWidth);
      const height = Math.floor(el.clientHeight);
      setSize((old) =>
        Math.abs(old.width - width) >= 4 || Math.abs(old.height - height) >= 4
          ? { width, height }
          : old,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
