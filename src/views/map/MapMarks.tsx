/**
 * The map's places as SVG, each a button named with its place, precision and count. How
 * each precision is drawn (the legend says the same):
 *  - point: a dot, the only mark that claims a spot;
 *  - near a place / district: a circle as wide as the uncertainty (10 km, 35 km on the
 *    ground), the district's dashed;
 *  - area (region) / at sea or in the air: a soft disc that fades out, with no edge;
 *  - country / border: the country is shaded, or the border line drawn, in the base map;
 *    here only a count badge at its centre;
 *  - several places close together on screen: a count circle, which splits on zooming in.
 * On the canvas path (`paint` false) the shapes are on the canvas; these are hit areas.
 */
import { memo, type KeyboardEvent } from 'react';
import { CATEGORY_COLOURS } from '../palette';
import { itemRadius, type MapItem } from './mapScene';

/** Up to this many marks, places are named on the map. */
const NAMED = 25;

export interface MarkHandlers {
  select(item: MapItem, additive: boolean): void;
  hover(item: MapItem | null): void;
  focus(item: MapItem): void;
  keyDown(e: KeyboardEvent, item: MapItem): void;
}

interface Props {
  items: readonly MapItem[];
  /** The settled transform the marks are placed for. */
  tx: number;
  ty: number;
  k: number;
  paint: boolean;
  tabStop: string | null;
  selected: ReadonlySet<string>;
  hot: ReadonlySet<string>;
  labelled: string | null;
  handlers: MarkHandlers;
}

export const MapMarks = memo(function MapMarks(p: Props) {
  return (
    <g className={p.paint ? 'map-marks' : 'map-marks is-hit-only'}>
      {p.items.map((item) => (
        <Mark
          key={item.key}
          item={item}
          x={p.tx + item.x * p.k}
          y={p.ty + item.y * p.k}
          r={itemRadius(item, p.k)}
          paint={p.paint}
          tabbable={item.key === p.tabStop}
          selected={p.selected.has(item.key)}
          hot={p.hot.has(item.key)}
          labelled={item.key === p.labelled}
          named={p.items.length <= NAMED}
          handlers={p.handlers}
        />
      ))}
    </g>
  );
});

interface MarkProps {
  item: MapItem;
  x: number;
  y: number;
  r: number;
  paint: boolean;
  tabbable: boolean;
  selected: boolean;
  hot: boolean;
  labelled: boolean;
  /** Few marks: each place shows its name beside it. */
  named: boolean;
  handlers: MarkHandlers;
}

const Mark = memo(function Mark({ item, x, y, r, paint, ...p }: MarkProps) {
  const colour = CATEGORY_COLOURS[item.category];
  const cls = ['map-mark', `is-${item.kind === 'group' ? 'group' : item.precision}`];
  if (p.selected) cls.push('is-selected');
  if (p.hot) cls.push('is-hot');
  const badge =
    item.kind === 'group' || item.precision === 'country' || item.precision === 'border';
  return (
    <g
      className={cls.join(' ')}
      transform={`translate(${Math.round(x * 10) / 10},${Math.round(y * 10) / 10})`}
      style={{ color: colour }}
      role="button"
      tabIndex={p.tabbable ? 0 : -1}
      aria-label={item.name}
      aria-pressed={p.selected}
      data-place-key={item.key}
      onClick={(e) => p.handlers.select(item, e.ctrlKey || e.metaKey || e.shiftKey)}
      onKeyDown={(e) => p.handlers.keyDown(e, item)}
      onFocus={() => p.handlers.focus(item)}
      onBlur={() => p.handlers.hover(null)}
      // Not while dragging the map: a pan sweeping over places would light up (and re-render)
      // the timeline and graph for each place it crosses.
      onPointerEnter={(e) => e.buttons === 0 && p.handlers.hover(item)}
      onPointerLeave={() => p.handlers.hover(null)}
    >
      {paint && (item.precision === 'region' || item.precision === 'water') && !badge ? (
        // Inline, as the stylesheet's currentColor fill would otherwise win over it.
        <circle className="map-shape" r={r} style={{ fill: `url(#map-soft-${item.category})` }} />
      ) : (
        <circle className="map-shape" r={r} />
      )}
      {paint && badge && (
        <text className="map-count" dy="0.35em">
          {item.events.length}
        </text>
      )}
      {(p.selected || p.hot) && <circle className="map-ring" r={r + 3} />}
      {p.labelled ? (
        <text className="map-label" x={r + 4} dy="0.35em">
          {item.name}
        </text>
      ) : (
        p.named &&
        item.kind === 'place' && (
          <text className="map-label is-quiet" x={r + 3} dy="0.35em" aria-hidden="true">
            {item.places[0]!.name.split(',')[0]}
          </text>
        )
      )}
    </g>
  );
});
