/** The heading, the window shown, the lanes select, "Top-level actors", and the zoom buttons. */
import { useStore, type LaneGrouping } from '../../store/store';
import { zoomWindow } from '../../query/timeline/scale';
import { windowLabel } from './text';
import { DateBasisSelect } from './DateBasisSelect';
import { TopLevelSwitch } from '../TopLevelSwitch';

export function TimelineToolbar({
  grouping,
  domain,
  windowSet,
  zoomTo,
  fit,
}: {
  grouping: LaneGrouping;
  domain: readonly [number, number];
  /** Whether a window is set (else "Show all" has nothing to do). */
  windowSet: boolean;
  zoomTo: (w: readonly [number, number]) => void;
  /** The window that fits the events, if any. */
  fit: () => [number, number] | null;
}) {
  const store = useStore.getState;
  return (
    <div className="tl-toolbar">
      <h2>Timeline</h2>
      <p className="tl-window-label">
        <span className="tl-visually-hidden">Showing </span>
        {windowLabel(domain[0], domain[1])}
      </p>
      <span className="tl-control">
        <label htmlFor="tl-lanes">Lanes</label>
        <select
          id="tl-lanes"
          value={grouping}
          onChange={(e) => store().setLaneGrouping(e.target.value as LaneGrouping)}
        >
          <option value="actor">by actor</option>
          <option value="category">by category</option>
          <option value="none">none</option>
        </select>
      </span>
      <DateBasisSelect />
      <span className="tl-control">
        <TopLevelSwitch disabled={grouping !== 'actor'} />
      </span>
      <div className="tl-zoom" role="group" aria-label="Zoom">
        <button
          type="button"
          aria-label="Zoom in"
          title="Zoom in (+)"
          onClick={() => zoomTo(zoomWindow(domain, 1.5))}
        >
          +
        </button>
        <button
          type="button"
          aria-label="Zoom out"
          title="Zoom out (−)"
          onClick={() => zoomTo(zoomWindow(domain, 1 / 1.5))}
        >
          −
        </button>
        <button
          type="button"
          title="Fit the window to the events (0)"
          onClick={() => {
            const f = fit();
            if (f) zoomTo(f);
          }}
        >
          Fit
        </button>
        <button
          type="button"
          title="Show the whole span"
          onClick={() => store().setWindow(null)}
          disabled={!windowSet}
        >
          Show all
        </button>
      </div>
    </div>
  );
}
