/** "◀ 12 earlier events" / "3 later events ▶": buttons that widen the window to include them. */
import type { OutsideWindow } from '../../query/timeline/outside';
import { edgeLabel, includeInWindow } from '../../query/timeline/outside';

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
          {edgeLabel(before, 'before')[0]}{' '}
          <span className="tl-edge-years">{edgeLabel(before, 'before')[1]}</span>
        </button>
      )}
      {after && (
        <button
          type="button"
          className="tl-edge tl-edge-after"
          style={{ right: width - R, top: 0 }}
          onClick={() => zoomTo(includeInWindow(domain, after.from, after.to))}
        >
          {edgeLabel(after, 'after')[0]}{' '}
          <span className="tl-edge-years">{edgeLabel(after, 'after')[1]}</span>
        </button>
      )}
    </>
  );
}
