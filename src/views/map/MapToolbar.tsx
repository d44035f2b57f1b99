/** The map's controls: the box selection, the view as the place filter, zoom and fit. */
import type { MapZoom } from './useMapZoom';

interface Props {
  brushing: boolean;
  onBrushing(on: boolean): void;
  /** Makes the area in view the place filter (the keyboard's way to draw a box). */
  onFilterView(): void;
  zoom: MapZoom;
  fit(): void;
}

export function MapToolbar({ brushing, onBrushing, onFilterView, zoom, fit }: Props) {
  return (
    <div className="map-toolbar">
      <button type="button" aria-pressed={brushing} onClick={() => onBrushing(!brushing)}>
        Select area
      </button>
      <button type="button" onClick={onFilterView}>
        Filter to this view
      </button>
      <div className="map-zoom" role="group" aria-label="Zoom">
        <button type="button" aria-label="Zoom in" onClick={() => zoom.zoomBy(1.5)}>
          +
        </button>
        <button type="button" aria-label="Zoom out" onClick={() => zoom.zoomBy(1 / 1.5)}>
          −
        </button>
        <button type="button" onClick={fit}>
          Fit
        </button>
      </div>
    </div>
  );
}
