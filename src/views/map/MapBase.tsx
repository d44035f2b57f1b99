/**
 * The base map, zoomed as a whole (one transform; strokes keep their width): the sphere,
 * the graticule, Natural Earth's countries and borders, then the places known only as
 * areas (a country shaded, a border drawn as its line) and the place filter's box.
 */
import { memo, type Ref } from 'react';
import type { ZoomTransform } from 'd3-zoom';
import { PLOVER_CATEGORIES } from '../../model/schema';
import { CATEGORY_COLOURS } from '../palette';
import type { BaseMap, MapItem } from './mapScene';

interface Props {
  ref: Ref<SVGGElement>;
  width: number;
  height: number;
  view: ZoomTransform;
  base: BaseMap;
  items: readonly MapItem[];
  hot: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  boxPath: string | null;
}

export const MapBase = memo(function MapBase({
  ref,
  width,
  height,
  view,
  base,
  items,
  hot,
  selected,
  boxPath,
}: Props) {
  return (
    <svg className="map-base" width={width} height={height} aria-hidden="true">
      <defs>
        {[...PLOVER_CATEGORIES, 'legend' as const].map((c) => (
          <radialGradient key={c} id={`map-soft-${c}`}>
            <stop
              offset="0"
              stopColor={c === 'legend' ? '#5a5a66' : CATEGORY_COLOURS[c]}
              stopOpacity="0.45"
            />
            <stop
              offset="1"
              stopColor={c === 'legend' ? '#5a5a66' : CATEGORY_COLOURS[c]}
              stopOpacity="0"
            />
          </radialGradient>
        ))}
      </defs>
      <g ref={ref} transform={view.toString()}>
        <path className="map-sphere" d={base.sphere} />
        <path className="map-graticule" d={base.graticule} />
        <Countries countries={base.countries} />
        <path className="map-borders" d={base.borders} />
        {items.map(
          (it) =>
            it.area && (
              <path
                key={it.key}
                className={`map-area is-${it.precision}${hot.has(it.key) ? ' is-hot' : ''}${selected.has(it.key) ? ' is-selected' : ''}`}
                style={{ color: CATEGORY_COLOURS[it.category] }}
                d={it.area}
              />
            ),
        )}
        {boxPath && <path className="map-bbox" d={boxPath} />}
      </g>
    </svg>
  );
});

/** The countries: hundreds of paths, rendered again only for a new projection. */
const Countries = memo(function Countries({ countries }: { countries: BaseMap['countries'] }) {
  return (
    <>
      {countries.map((c) => (
        <path key={c.id} className="map-country" d={c.d} />
      ))}
    </>
  );
});
