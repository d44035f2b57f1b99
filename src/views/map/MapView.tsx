/**
 * The map: where the events that pass the filters and the time window happened, each
 * place drawn at the precision it is known to (MapMarks), on Natural Earth's countries.
 *
 * Pipeline: visible events (store) → places (query/map/places) → the projection fitted to
 * them → items: places and count circles for the settled zoom (mapScene) → SVG marks, or a
 * canvas with SVG hit areas above CANVAS_THRESHOLD items. During a gesture the layers move
 * and the canvas redraws outside React (useMapZoom's onFrame); React renders the settled
 * view. Loaded lazily with its atlas (Workspace), so the map costs nothing until shown.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { DatasetIndex } from '../../query/indexes';
import { placesOf, topCategory } from '../../query/map/places';
import { fitProjection } from '../../query/map/projection';
import { clusterZoom } from '../../query/map/aggregate';
import { useStore } from '../../store/store';
import { selectFilters, selectIndex, steadyVisibleEvents } from '../../store/selectors';
import { useSettled } from '../graph/useSettled';
import { ATLAS } from './atlasData';
import { baseMap, mapItems, type MapItem } from './mapScene';
import { drawMapCanvas } from './mapCanvas';
import { MapMarks } from './MapMarks';
import { MapBase } from './MapBase';
import { MapToolbar } from './MapToolbar';
import { MapLegend } from './MapLegend';
import { PlacesList } from './PlacesList';
import { CountryLabels } from './CountryLabels';
import { useMapZoom } from './useMapZoom';
import { useMapBrush } from './useMapBrush';
import { usePlaceFilter } from './usePlaceFilter';
import { useMarkHandlers } from './useMarkHandlers';
import { useFollowSelection } from './useFollowSelection';
import { useMapFit } from './useMapFit';
import { useBodySize } from './useBodySize';
import './map.css';

/** More items than this and the marks are drawn on a canvas. */
export const CANVAS_THRESHOLD = 400;

export default function MapView() {
  const index = useStore(selectIndex);
  return index ? <MapPanel index={index} /> : null;
}

const eventSet = (index: DatasetIndex, ids: readonly string[]) =>
  new Set(ids.map((id) => index.eventsById.get(id)).filter((i) => i !== undefined));

/** The items holding any of the events. */
const keysOf = (items: readonly MapItem[], events: ReadonlySet<number>) =>
  new Set(items.filter((it) => it.events.some((i) => events.has(i))).map((it) => it.key));

function MapPanel({ index }: { index: DatasetIndex }) {
  // The timeline moves the window every frame of a zoom; the map follows once it settles.
  const filters = useSettled(useStore(selectFilters), 150);
  const bbox = useStore((s) => s.filters.bbox);
  const selection = useStore((s) => s.selection);
  const hoverIds = useStore((s) => s.hover.ids);
  const events = steadyVisibleEvents(index, filters);
  const places = useMemo(() => placesOf(index, events, ATLAS), [index, events]);
  const located = places.reduce((n, p) => n + p.events.length, 0);

  const bodyRef = useRef<HTMLDivElement>(null);
  const { width, height } = useBodySize(bodyRef);
  const { fitted, fit, movedByHand } = useMapFit(index, places, width, height);
  const projection = useMemo(
    () => fitProjection(fitted?.bounds ?? null, fitted?.width || 1, fitted?.height || 1),
    [fitted],
  );
  const base = useMemo(() => baseMap(ATLAS, projection), [projection]);

  const [view, setView] = useState<ZoomTransform>(zoomIdentity);
  const kq = clusterZoom(view.k);
  const items = useMemo(
    () => mapItems(ATLAS, projection, places, kq, (ev) => topCategory(index, ev)),
    [projection, places, kq, index],
  );
  const canvasMode = items.length > CANVAS_THRESHOLD;
  // On the canvas path React renders the hit areas (the accessible marks) in view only.
  const marks = useMemo(
    () =>
      canvasMode
        ? items.filter((it) => {
            const x = view.x + it.x * view.k;
            const y = view.y + it.y * view.k;
            return x > -40 && y > -40 && x < width + 40 && y < height + 40;
          })
        : items,
    [canvasMode, items, view, width, height],
  );

  const selectedEvents = useMemo(() => eventSet(index, selection), [index, selection]);
  const hotEvents = useMemo(() => eventSet(index, hoverIds), [index, hoverIds]);
  const selected = useMemo(() => keysOf(items, selectedEvents), [items, selectedEvents]);
  const hot = useMemo(() => keysOf(items, hotEvents), [items, hotEvents]);

  // Layers: the base map (zoomed as a whole), the canvas, the marks and labels (placed for
  // the settled view; during a gesture they move by the difference).
  const svgRef = useRef<SVGSVGElement>(null);
  const baseRef = useRef<SVGGElement>(null);
  const overlayRef = useRef<SVGGElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const dpr = typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1;
  const paint = useRef({ items, k: view.k, marked: selected, view, canvasMode });
  const draw = useCallback(
    (t: ZoomTransform) => {
      const p = paint.current;
      const ctx = p.canvasMode ? canvasRef.current?.getContext('2d') : null;
      if (ctx) drawMapCanvas(ctx, { ...p, transform: t, width, height, dpr });
    },
    [width, height, dpr],
  );
  useLayoutEffect(() => {
    paint.current = { items, k: view.k, marked: new Set([...selected, ...hot]), view, canvasMode };
    overlayRef.current?.removeAttribute('transform');
    draw(view);
  }, [items, view, selected, hot, canvasMode, draw]);

  const onFrame = useCallback(
    (t: ZoomTransform) => {
      baseRef.current?.setAttribute('transform', t.toString());
      const v = paint.current.view;
      const dk = t.k / v.k;
      overlayRef.current?.setAttribute(
        'transform',
        `translate(${t.x - v.x * dk},${t.y - v.y * dk}) scale(${dk})`,
      );
      draw(t);
    },
    [draw],
  );
  const onEnd = useCallback(
    (t: ZoomTransform, byHand: boolean) => {
      setView(t);
      if (byHand) movedByHand();
    },
    [movedByHand],
  );
  const zoom = useMapZoom(svgRef, { width, height }, onFrame, onEnd);
  // A new fit shows the whole of it.
  const { zoomTo } = zoom;
  useEffect(() => zoomTo(zoomIdentity), [fitted, zoomTo]);
  const root = useCallback(() => svgRef.current, []);
  const { handlers, active, labelled } = useMarkHandlers(
    index,
    marks,
    zoom,
    { width, height },
    root,
  );
  useFollowSelection(index, selection, items, zoom, width, height);

  // A box drawn on the map (or the whole view) becomes the place filter.
  const { brushing, setBrushing, toFilter, boxPath } = usePlaceFilter(projection, zoom, bbox);
  useMapBrush(brushRef, brushing, { width, height }, toFilter);

  const tabStop =
    marks.find((it) => it.key === active)?.key ??
    marks.find((it) => selected.has(it.key))?.key ??
    marks[0]?.key ??
    null;
  const center = projection.invert?.([
    (width / 2 - view.x) / view.k,
    (height / 2 - view.y) / view.k,
  ]);

  return (
    <section
      aria-label="Map"
      className="panel panel-map"
      data-mode={canvasMode ? 'canvas' : 'svg'}
      data-drawn={items.length}
      data-center={center ? `${center[0].toFixed(3)},${center[1].toFixed(3)}` : undefined}
    >
      <div className="map-header">
        <h2>Map</h2>
        <p className="map-caption" aria-live="polite">
          {places.length.toLocaleString('en')} places · {located.toLocaleString('en')} of{' '}
          {events.length.toLocaleString('en')} events have a place
        </p>
      </div>
      <MapToolbar
        brushing={brushing}
        onBrushing={setBrushing}
        onFilterView={() =>
          toFilter([
            [0, 0],
            [width, height],
          ])
        }
        zoom={zoom}
        fit={fit}
      />
      <div className={`map-body${brushing ? ' is-brushing' : ''}`} ref={bodyRef}>
        <MapBase
          ref={baseRef}
          width={width}
          height={height}
          view={view}
          base={base}
          items={items}
          hot={hot}
          selected={selected}
          boxPath={boxPath}
        />
        {canvasMode && (
          <canvas
            ref={canvasRef}
            className="map-canvas"
            aria-hidden="true"
            width={Math.round(width * dpr)}
            height={Math.round(height * dpr)}
            style={{ width, height }}
          />
        )}
        <svg
          ref={svgRef}
          className="map-svg"
          width={width}
          height={height}
          role="group"
          aria-label={`Places on the map: ${items.length.toLocaleString('en')} marks`}
        >
          <g ref={overlayRef}>
            <CountryLabels
              projection={projection}
              labels={base.labels}
              view={view}
              width={width}
              height={height}
            />
            <MapMarks
              items={marks}
              tx={view.x}
              ty={view.y}
              k={view.k}
              paint={!canvasMode}
              tabStop={tabStop}
              selected={selected}
              hot={hot}
              labelled={labelled}
              handlers={handlers}
            />
          </g>
        </svg>
        {/* Its own layer above the marks, so d3-zoom never sees a drag that draws a box. */}
        {brushing && (
          <svg className="map-brush-layer" width={width} height={height} aria-hidden="true">
            <g ref={brushRef} className="map-brush" />
          </svg>
        )}
      </div>
      <MapLegend />
      <PlacesList index={index} places={places} selected={selectedEvents} />
    </section>
  );
}
