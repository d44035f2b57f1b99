/** "◀ 12 earlier events" / "3 later events ▶": buttons that widen the window to include them. */
import type { OutsideWindow } from '../../query/timeline/outside';
import { includeInWindow } from '../../query/timeline/outside';

const plural = (n: number, word: string) =>
  `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

export function EdgeButtons({
  outside,
  domain,
  L,
  R,
  width,
  zoomTo,
}: {
  outside: OutsideWindow;
  domain: readonly [number, number];
  L: number;
  R: number;
  width: number;
  zoomTo: (w: readonly [number, number]) => void;
}) {
  const { before, after } = outside;
  return (
    <>
      {before && (
        <button
          type="button"
          className="tl-edge tl-edge-before"
          style={{ left: 2, top: 1, maxWidth: L - 8 }}
          onClick={() => zoomTo(includeInWindow(domain, before.from, before.to))}
        >
          ◀ {plural(before.count, 'earlier event')}{' '}
          <span className="tl-edge-years">({before.years})</span>
        </button>
      )}
      {after && (
        <button
          type="button"
          className="tl-edge tl-edge-after"
          style={{ right: width - R, top: 0 }}
          onClick={() => zoomTo(includeInWindow(domain, after.from, after.to))}
        >
          {plural(after.count, 'later event')} ({after.years}) ▶
        </button>
      )}
    </>
  );
}
