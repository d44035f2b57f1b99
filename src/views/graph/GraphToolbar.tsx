import type { ReactNode } from 'react';
import type { ZoomTransform } from 'd3-zoom';

interface Props {
  /** Controls shown left of the zoom buttons. */
  children: ReactNode;
  zoom: { zoomBy(k: number): void; zoomTo(t: ZoomTransform): void };
  /** The transform that fits every node in view. */
  fit: () => ZoomTransform;
}

/** The graph's toolbar: its own controls and zoom in / out / fit. Shared by SVG and canvas. */
export function GraphToolbar({ children, zoom, fit }: Props) {
  return (
    <div className="graph-toolbar">
      {children}
      <div className="graph-zoom" role="group" aria-label="Zoom">
        <button type="button" onClick={() => zoom.zoomBy(1.4)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoom.zoomBy(1 / 1.4)} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={() => zoom.zoomTo(fit())}>
          Fit
        </button>
      </div>
    </div>
  );
}
