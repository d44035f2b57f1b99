/**
 * Country names at a readable size, placed for the settled view (countryLabels.ts says
 * where). Decorative for screen readers (the places carry their own names).
 */
import { memo, useMemo } from 'react';
import type { GeoProjection } from 'd3-geo';
import type { ZoomTransform } from 'd3-zoom';
import { placeCountryLabels, type CountryLabel } from './countryLabels';

export const CountryLabels = memo(function CountryLabels({
  projection,
  labels,
  view,
  width,
  height,
}: {
  projection: GeoProjection;
  labels: readonly CountryLabel[];
  view: ZoomTransform;
  width: number;
  height: number;
}) {
  const shown = useMemo(
    () => placeCountryLabels(projection, labels, view, width, height),
    [projection, labels, view, width, height],
  );
  return (
    <g className="map-country-labels" aria-hidden="true">
      {shown.map((l) => (
        <text key={l.name} x={l.x} y={l.y} dy="1.9em">
          {l.name}
        </text>
      ))}
    </g>
  );
});
