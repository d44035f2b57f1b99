/** The lanes' resize grip (a separator that drags or steps with the keys) and "Fit lanes". */
import type { LanePanel } from './useLanePanel';

export function LaneGrip({ panel, height }: { panel: LanePanel; height: number }) {
  return (
    <div className="tl-grip-row">
      <div
        className="tl-grip"
        role="separator"
        aria-orientation="horizontal"
        aria-label="Resize the lanes"
        aria-valuenow={Math.round(height)}
        aria-valuemin={panel.min}
        aria-valuemax={panel.max}
        aria-valuetext={`Lanes ${Math.round(height)} pixels tall`}
        title="Drag, or use the arrow keys, to resize the lanes"
        tabIndex={0}
        onKeyDown={panel.onGripKeyDown}
        onPointerDown={panel.onGripPointerDown}
      >
        <span aria-hidden="true" />
      </div>
      <button type="button" className="tl-fit-lanes" onClick={panel.fit}>
        Fit lanes
      </button>
    </div>
  );
}
