/** The key to the map: how each precision is drawn, and what colour and count circles mean. */
import { memo } from 'react';

const C = '#5a5a66';

const Swatch = ({ children }: { children: React.ReactNode }) => (
  <svg width="30" height="22" viewBox="-15 -11 30 22" aria-hidden="true">
    {children}
  </svg>
);

export const MapLegend = memo(function MapLegend() {
  return (
    <details className="map-legend" open>
      <summary>Legend</summary>
      <ul aria-label="How well a place is known">
        <li>
          <Swatch>
            <circle r="4.5" fill={C} stroke="#fff" />
          </Swatch>
          a point (a town known with coordinates)
        </li>
        <li>
          <Swatch>
            <circle r="9" fill={C} fillOpacity="0.18" stroke={C} strokeWidth="1.5" />
          </Swatch>
          near a place (a circle of about 10 km radius)
        </li>
        <li>
          <Swatch>
            <circle
              r="10"
              fill={C}
              fillOpacity="0.18"
              stroke={C}
              strokeWidth="1.5"
              strokeDasharray="4 3"
            />
          </Swatch>
          a district (about 35 km radius)
        </li>
        <li>
          <Swatch>
            <circle r="10.5" fill="url(#map-soft-legend)" />
          </Swatch>
          an area (a province or region): a soft disc, no edge
        </li>
        <li>
          <Swatch>
            <rect x="-13" y="-8" width="26" height="16" fill={C} fillOpacity="0.22" stroke={C} />
          </Swatch>
          a whole country: the country shaded
        </li>
        <li>
          <Swatch>
            <path d="M-13,6 L-5,-2 L2,3 L13,-7" fill="none" stroke={C} strokeWidth="3" />
          </Swatch>
          a border: the border line
        </li>
        <li>
          <Swatch>
            <circle r="10" fill={C} fillOpacity="0.85" stroke="#fff" />
            <text className="map-count" fill="#fff" dy="0.35em">
              5
            </text>
          </Swatch>
          several places close together (zoom in to split)
        </li>
      </ul>
      <p className="map-keys">
        Colour: the most frequent category (as on the timeline). Keys: arrows move between places,
        Enter selects. Drag, wheel or +/− to pan and zoom.
      </p>
    </details>
  );
});
