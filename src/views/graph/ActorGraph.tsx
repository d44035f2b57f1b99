/**
 * The actor graph: who did what to whom within the current filters and time window.
 *
 * Pipeline: filtered events and relations (store selectors) → deriveGraph (query/graph)
 * → node looks and the layout input → the layout engine (main thread or worker) →
 * SVG (small graphs) or canvas (big ones). Views meet only in the store: clicking an actor
 * toggles it in the actor filter, hovering sets store.hover.actor, an edge selects its events.
 */
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { formatUtc } from '../../model/formatDate';
import { deriveGraphSteps } from '../../query/graph/derive';
import { capEdges } from '../../query/graph/cap';
import type { Point } from '../../query/graph/layout';
import {
  drawsOnCanvas,
  labelBudget,
  layoutBox,
  layoutInputFor,
  nodeLooks,
} from '../../query/graph/scene';
import { useStore } from '../../store/store';
import {
  selectFilters,
  selectIndex,
  steadyVisibleEvents,
  steadyVisibleRelations,
} from '../../store/selectors';
import { LayoutEngine } from './layoutEngine';
import { GraphSvg } from './GraphSvg';
import { GraphCanvas } from './GraphCanvas';
import { Legend } from './Legend';
import { TiesAsText } from './TiesAsText';
import { useSettled } from './useSettled';
import { STEPPED_ABOVE, useStepped } from '../useStepped';
import { TopLevelSwitch } from '../TopLevelSwitch';
import type { Filters } from '../../query/filter';
import './graph.css';

/** The toolbar above the drawing has this fixed height (px, see graph.css). */
const TOOLBAR_HEIGHT = 30;

const month = (t: number) => formatUtc(t, 'MMM yyyy');

/** "Aug 2021 – May 2022", "until May 2022", or "all dates". */
function windowLabel(window: readonly [number, number] | null): string {
  if (!window) return 'all dates';
  const [from, to] = window;
  if (!Number.isFinite(from) && !Number.isFinite(to)) return 'all dates';
  if (!Number.isFinite(from)) return `until ${month(to)}`;
  if (!Number.isFinite(to)) return `from ${month(from)}`;
  return `${month(from)} – ${month(to)}`;
}

/**
 * Zooming the timeline changes the window every frame. The graph follows once the filters
 * settle, so the panel below re-renders (and lays out) only then.
 */
export function ActorGraph() {
  const filters = useSettled(useStore(selectFilters), 150);
  return <GraphPanel filters={filters} />;
}

const GraphPanel = memo(function GraphPanel({ filters }: { filters: Filters }) {
  const index = useStore(selectIndex);
  const collapse = useStore((s) => s.collapseActors);

  // Derive and lay out again only when the visible events or relations really change.
  const events = index ? steadyVisibleEvents(index, filters) : null;
  const relations = index ? steadyVisibleRelations(index, filters) : null;
  // Above a few thousand events the ties are counted a slice at a time (useStepped), so the
  // page answers input meanwhile; the panel says so until they are.
  const steps = useMemo(
    () =>
      index && events && relations
        ? deriveGraphSteps(index, events, relations, { collapse })
        : null,
    [index, events, relations, collapse],
  );
  const counted = useStepped(steps, (events?.length ?? 0) <= STEPPED_ABOVE, index);
  // While new ties are counted, the last graph of this dataset stays (busy) rather than none.
  const graph = counted.value ?? counted.latest;
  // Only the strongest ties are drawn (query/graph/cap); the caption counts the rest.
  const capped = useMemo(() => (graph ? capEdges(graph) : null), [graph]);
  // The drawing fills the panel's body (which flexes to the space the workspace gives it).
  const bodyRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = bodyRef.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry?.contentRect.width ?? 0);
      const height = Math.floor(entry?.contentRect.height ?? 0) - TOOLBAR_HEIGHT;
      // Small changes (a scrollbar coming and going) do not warrant a new layout.
      setSize((old) =>
        Math.abs(old.width - width) >= 8 || Math.abs(old.height - height) >= 8
          ? { width, height }
          : old,
      );
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const { width, height } = size;

  const canvas = graph ? drawsOnCanvas(graph) : false;
  // The label budget depends on the drawing's area; small size steps do not change it.
  const budget = graph ? labelBudget(graph.nodes.length, width, height) : 0;
  const looksList = useMemo(
    () => (graph ? nodeLooks(graph, canvas, budget) : []),
    [graph, canvas, budget],
  );
  const looks = useMemo(() => new Map(looksList.map((l) => [l.id, l])), [looksList]);

  const [engine] = useState(() => new LayoutEngine());
  useEffect(() => () => engine.dispose(), [engine]);
  const layout = useSyncExternalStore(engine.subscribe, engine.getSnapshot);
  const pin = useCallback((id: string, p: Point) => engine.pin(id, p), [engine]);

  // Lay out again when the graph or the drawing's size changes; before paint, so a small
  // graph never shows a frame of stale positions.
  useLayoutEffect(() => {
    if (!graph || width <= 0 || height <= 0 || graph.nodes.length === 0) return;
    const box = layoutBox(looksList, width, height);
    engine.request(layoutInputFor(graph, looksList, box.width, box.height));
  }, [engine, graph, looksList, width, height]);

  if (index && events && !graph && counted.pending) {
    return (
      <section aria-label="Actor graph" className="panel panel-graph" aria-busy>
        <div className="graph-header">
          <h2>Actor graph</h2>
        </div>
        <p className="graph-empty" role="status">
          Counting ties among {events.length.toLocaleString('en')} events…
        </p>
      </section>
    );
  }
  if (!index || !graph) return null;
  const pinnedCount = layout.pinned.size;
  const empty = graph.nodes.length === 0;
  const collapseBox = <TopLevelSwitch />;
  const toolbar = (
    <>
      {collapseBox}
      {pinnedCount > 0 && (
        <button type="button" className="graph-unpin" onClick={() => engine.unpinAll()}>
          Release {pinnedCount} pinned
        </button>
      )}
    </>
  );

  return (
    <section
      aria-label="Actor graph"
      className="panel panel-graph"
      aria-busy={layout.pending || counted.pending}
      // For benchmarks and curious readers: how long the last layout took, and where.
      data-layout-ms={layout.lastLayout ? Math.round(layout.lastLayout.ms) : undefined}
      data-layout-where={layout.lastLayout?.where}
    >
      <div className="graph-header">
        <h2>Actor graph</h2>
        <p className="graph-caption" aria-live="polite">
          {empty
            ? windowLabel(filters.window)
            : `${graph.nodes.length.toLocaleString('en')} actors · ${graph.edges.length.toLocaleString('en')} ties · ${windowLabel(filters.window)}`}
          {capped && capped.hidden > 0 && (
            <span
              className="graph-capped"
              title="Only the strongest ties are drawn; “Ties as text” lists them all"
            >
              {' '}
              · {capped.hidden.toLocaleString('en')} weaker ties hidden (
              {capped.hiddenMaxCount === 1 ? '1 event' : `≤ ${capped.hiddenMaxCount} events`} each)
            </span>
          )}
        </p>
        {empty && collapseBox}
      </div>
      <div className="graph-body" ref={bodyRef}>
        {empty ? (
          <p className="graph-empty" role="status">
            No actors match the current filters and time window
          </p>
        ) : width <= 0 || height <= 0 ? null : canvas ? (
          <GraphCanvas
            key={index.dataset.id}
            graph={capped!.drawn}
            looks={looks}
            positions={layout.positions}
            generation={layout.generation}
            width={width}
            height={height}
            toolbar={toolbar}
          />
        ) : (
          <GraphSvg
            key={index.dataset.id}
            graph={capped!.drawn}
            looks={looks}
            positions={layout.positions}
            pinned={layout.pinned}
            generation={layout.generation}
            width={width}
            height={height}
            onPin={pin}
            toolbar={toolbar}
          />
        )}
        {/* While new ties are counted, the last graph shows: it says so, not only aria-busy. */}
        {(counted.pending || layout.pending) && !empty && (
          <p className="busy-status graph-status" role="status">
            {counted.pending && events
              ? `Counting ties among ${events.length.toLocaleString('en')} events…`
              : `Laying out ${graph.nodes.length.toLocaleString('en')} actors…`}
          </p>
        )}
      </div>
      {!empty && <Legend graph={graph} />}
      {!empty && <TiesAsText graph={graph} />}
    </section>
  );
});
