/**
 * Country names at a readable size: the largest countries first, each shown when the
 * country is big enough on screen at this zoom and its name does not overlap a name
 * already placed, a little below its centre (where a country-level place has its badge).
 * Decorative for screen readers (the places carry their own names).
 */
import { memo } from 'react';
import type { ZoomTransform } from 'd3-zoom';
import type { BaseMap } from './mapScene';

/** A country this many square pixels on screen or more gets its name. */
const MIN_AREA = 2500;
const MAX_LABELS = 60;

export const CountryLabels = memo(function CountryLabels({
  labels,
  view,
  width,
  height,
}: {
  labels: BaseMap['labels'];
  view: ZoomTransform;
  width: number;
  height: number;
}) {
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const shown: { name: string; x: number; y: number }[] = [];
  const k2 = view.k * view.k;
  for (const l of labels) {
    if (shown.length >= MAX_LABELS || l.area * k2 < MIN_AREA) break;
    const x = view.x + l.x * view.k;
    const y = view.y + l.y * view.k;
    const half = l.name.length * 3.3;
    const box = { x0: x - half, y0: y + 12, x1: x + half, y1: y + 28 };
    if (box.x1 < 0 || box.x0 > width || box.y1 < 0 || box.y0 > height) continue;
    if (placed.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1))
      continue;
    placed.push(box);
    shown.push({ name: l.name, x, y });
  }
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
