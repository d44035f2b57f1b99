/**
 * The timeline: events on a true UTC time axis, in lanes by actor (with links between the
 * initiator's and the target's lanes), by category or all together; an overview strip with
 * a brush for the focus window; zoom and pan through d3-zoom; marks that show how precise,
 * how certain and how open each date is. Everything it shares goes through the store: the
 * focus window is filters.window, selection and hover are the store's.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '../../store/store';
import { selectFilters, selectHover, selectIndex, selectSelection } from '../../store/selectors';
import type { DatasetIndex } from '../../query/indexes';
import type { LayoutOptions, TimelineModel } from '../../query/timeline/layout';
import { clampWindow, paddedSpan, timeScale, viewDomain } from '../../query/timeline/scale';
import { timeTicks } from '../../query/timeline/ticks';
import { outsideWindow } from '../../query/timeline/outside';
import { useSize, useWindowWriter } from './hooks';
import { useTimelineModel } from './useTimelineModel';
import { lastPlotSize, notePlotSize, plotOptions, plotRange } from './plotLayout';
import { useWindowLayout } from './useWindowLayout';
import { useTimelineZoom } from './useTimelineZoom';
import { useLaneScroll } from './useLaneScroll';
import { useLanePanel } from './useLanePanel';
import { useFollowSelection } from './useFollowSelection';
import { LaneGrip } from './LaneGrip';
import { useHighlights } from './useHighlights';
import { useMarkTooltip } from './useMarkTooltip';
import { useTimelineKeyboard } from './useTimelineKeyboard';
import { useMarkActions } from './useMarkActions';
import { useCanvasMarks } from './useCanvasMarks';
import { useGestureLayer } from './useGestureLayer';
import { fitWindow } from './eventWindows';
import { TimelineToolbar } from './TimelineToolbar';
import { AXIS_HEIGHT, TimelineAxis } from './TimelineAxis';
import { LaneBackdrop, LaneLabels, RelationBands } from './Lanes';
import { TimelineDefs } from './TimelineDefs';
import { MarksLayer } from './MarksLayer';
import { EdgeButtons } from './EdgeButtons';
import { Overview } from './Overview';
import { Legend } from './Legend';
import { Tooltip } from './Tooltip';
import './timeline.css';

/** More marks than this in view and the canvas draws them. */
export const CANVAS_THRESHOLD = 2000;

const iso = (t: number) => new Date(t).toISOString();
const LANES_LABEL = {
  actor: 'Events in lanes by actor',
  category: 'Events in lanes by category',
  none: 'Events',
} as const;

export function Timeline() {
  const index = useStore(selectIndex);
  if (!index) {
    return (
      <section aria-label="Timeline" className="panel timeline">
        <h2>Timeline</h2>
      </section>
    );
  }
  return <TimelineView index={index} />;
}

/**
 * The model first: above a few tens of thousands of events it is built a slice at a time
 * (useTimelineModel), and until the first one is ready the panel says so. The section gets
 * its dataset's id (data-dataset) only once it draws that dataset.
 *
 * A big model's first layout is made with it, in slices, for the window then and the width
 * of the last plot measured (plotLayout.ts), which a new plot also starts at.
 */
function TimelineView({ index }: { index: DatasetIndex }) {
  const filters = useStore(selectFilters);
  const grouping = useStore((s) => s.laneGrouping);
  const collapse = useStore((s) => s.collapseActors);
  // Called once the model is built: the window and width as they are then.
  const ahead = useCallback(
    (model: TimelineModel): LayoutOptions | null => {
      const size = lastPlotSize();
      if (!size) return null;
      const domain = viewDomain(useStore.getState().filters.window, index.span);
      return plotOptions(domain, plotRange(model, size.width), grouping);
    },
    [index, grouping],
  );
  const built = useTimelineModel(index, filters, grouping, collapse, ahead);
  if (!built.model) {
    return (
      <section aria-label="Timeline" className="panel timeline" aria-busy>
        <h2>Timeline</h2>
        <p className="tl-empty" role="status">
          Laying out {built.events.length.toLocaleString('en')} events…
        </p>
      </section>
    );
  }
  return (
    <TimelinePlot
      index={index}
      events={built.events}
      model={built.model}
      coming={built.pending ? built.coming : null}
    />
  );
}

function TimelinePlot({
  index,
  events,
  model,
  coming,
}: {
  index: DatasetIndex;
  events: Uint32Array;
  model: TimelineModel;
  /** While a newer model is built over this one: how many events it is for. */
  coming: number | null;
}) {
  const filters = useStore(selectFilters);
  const selection = useStore(selectSelection);
  const hover = useStore(selectHover);
  const grouping = useStore((s) => s.laneGrouping);
  const collapse = useStore((s) => s.collapseActors);

  // Geometry: the plot runs from the gutter (L) to the right edge (R); the window is the domain.
  const sectionRef = useRef<HTMLElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const axisCanvasRef = useRef<HTMLCanvasElement>(null);
  // Starts at the last plot's size (a new dataset mounts a new plot, App.tsx): checked
  // before paint, but a guess that is wrong costs a second layout of the whole extent.
  const [guess] = useState(lastPlotSize);
  const { width, height: viewHeight } = useSize(scrollRef, guess ?? undefined, {
    guessed: guess !== null,
  });
  useEffect(() => notePlotSize({ width, height: viewHeight }), [width, viewHeight]);
  const range = useMemo(() => plotRange(model, width), [model, width]);
  const [L, R] = range;
  const whole = useMemo(() => paddedSpan(index.span), [index]);
  const win = filters.window;
  const domain = useMemo(() => viewDomain(win, index.span), [win, index]);

  // A big model's first layout was made ahead, in slices (plotLayout.ts), and its layout
  // for a new window is made in slices too, the last one moved there meanwhile.
  const opts = useMemo(() => plotOptions(domain, range, grouping), [domain, range, grouping]);
  const { layout, laidFor, pending: laying } = useWindowLayout(model, opts);
  const ticks = useMemo(() => timeTicks(domain, R - L), [domain, L, R]);
  const x = useMemo(() => timeScale(domain, range), [domain, range]);
  const outside = useMemo(
    () => outsideWindow(index, events, win ? domain : null, filters.dates),
    [index, events, win, domain, filters.dates],
  );

  const writer = useWindowWriter();
  // A gesture cut short (another dataset, or the view unmounting) never lands later.
  useEffect(() => () => writer.cancel(), [writer, index]);
  useTimelineZoom(plotRef, { whole, range, domain, writer });
  const lanes = useLaneScroll(scrollRef, layout, width, viewHeight, L);
  const panel = useLanePanel(
    sectionRef,
    scrollRef,
    viewHeight,
    width,
    layout.height,
    index.dataset.id,
  );
  const { scroll, laneShown } = lanes;

  const canvasMode = layout.drawn > CANVAS_THRESHOLD;
  // On the canvas path the accessible marks may lag a frame behind a gesture: React renders
  // them when it has time, while the canvas draws every frame.
  // The lagging layout is used only while it belongs to the current index (its marks are
  // event numbers in that index).
  // On the plot's first render they wait for a render of their own (the deferred value's
  // initial null): the first draw of a big dataset is the canvas's alone, in one task.
  const laid = useMemo(() => ({ layout, index }), [layout, index]);
  const deferred = useDeferredValue<typeof laid | null>(laid, null);
  const unmarked = useMemo(() => ({ ...layout, marks: [], cells: [] }), [layout]);
  const marksLayout = !canvasMode
    ? layout
    : deferred === null
      ? unmarked
      : deferred.index === index
        ? deferred.layout
        : layout;
  const { selectedSet, hoverSet, actorHot } = useHighlights(index, selection, hover);

  // Buttons, keys and links set the store's window at once (one render each), replacing any
  // gesture still ahead of it.
  const zoomTo = useCallback(
    (w: readonly [number, number]) => {
      writer.cancel();
      useStore.getState().setWindow(clampWindow(w, whole));
    },
    [whole, writer],
  );
  const fit = () => fitWindow(index, events, filters.dates);
  useFollowSelection({ index, model, layout, selection, domain, scrollRef, viewHeight, zoomTo });
  const tip = useMarkTooltip(sectionRef, index, marksLayout.cells);
  const keyboard = useTimelineKeyboard({
    index,
    events,
    layout: marksLayout,
    selection,
    domain,
    window: win,
    L,
    scrollRef,
    scrollTop: scroll.top,
    setScrollTop: lanes.setScrollTop,
    laneShown,
    zoomTo,
    closeTooltip: tip.close,
  });
  const actions = useMarkActions(tip.hover, keyboard.setFocusKey, zoomTo);
  const dpr = useCanvasMarks(canvasRef, {
    canvasMode,
    index,
    layout,
    width,
    scroll,
    L,
    R,
    selected: selectedSet,
    hot: actorHot?.events ?? null,
  });
  useGestureLayer(sectionRef, canvasRef, axisCanvasRef, {
    live: writer.live,
    index,
    layout,
    domain,
    range,
    width,
    scroll,
    selected: selectedSet,
    hot: actorHot?.events ?? null,
    dpr,
  });

  const lanesLabel =
    LANES_LABEL[grouping] + (grouping === 'actor' && collapse ? ' (top-level actors)' : '');
  const svgHeight = Math.max(layout.height, 40);

  return (
    <section
      ref={sectionRef}
      aria-label="Timeline"
      className="panel timeline"
      onKeyDown={keyboard.onKeyDown}
      data-dataset={index.dataset.id}
      aria-busy={coming !== null || laying}
      data-mode={canvasMode ? 'canvas' : 'svg'}
      data-drawn={layout.drawn}
      data-laid-from={iso(laidFor[0])}
      data-laid-to={iso(laidFor[1])}
    >
      <TimelineToolbar
        grouping={grouping}
        domain={domain}
        windowSet={win !== null}
        zoomTo={zoomTo}
        fit={fit}
      />

      <div ref={plotRef} className="tl-plot" data-from={iso(domain[0])} data-to={iso(domain[1])}>
        {/* The last model shows while the new one is built: it says so, not only aria-busy. */}
        {(coming !== null || laying) && (
          <p className="busy-status tl-status" role="status">
            Laying out {(coming ?? model.events.length).toLocaleString('en')} events…
          </p>
        )}
        <TimelineAxis width={width} L={L} R={R} ticks={ticks} x={x} />

        <div className="tl-scroll" ref={scrollRef} onScroll={lanes.measureScroll}>
          <svg
            className="tl-lanes"
            width={width}
            height={svgHeight}
            role="group"
            aria-label={lanesLabel}
            onFocus={tip.onFocus}
            onBlur={tip.onBlur}
          >
            <TimelineDefs L={L} R={R} height={svgHeight} />
            <LaneBackdrop layout={layout} width={width} ticks={ticks} x={x} laneShown={laneShown} />
            <LaneLabels
              layout={layout}
              L={L}
              laneShown={laneShown}
              hotActors={actorHot?.actors ?? null}
            />
            <g className="tl-plot-area" clipPath="url(#tl-clip-plot)">
              <RelationBands
                index={index}
                layout={layout}
                L={L}
                R={R}
                laneShown={laneShown}
                hoverIds={hover.ids}
                selection={selection}
                actions={actions}
              />
              <MarksLayer
                index={index}
                layout={marksLayout}
                L={L}
                R={R}
                top={lanes.top}
                bottom={lanes.bottom}
                selected={selectedSet}
                hovered={hoverSet}
                actorEvents={actorHot?.events ?? null}
                tabKey={keyboard.tabKey}
                paint={!canvasMode}
                describedKey={tip.tooltip?.target.key ?? null}
                actions={actions}
              />
            </g>
          </svg>
        </div>

        {/* Always there: with few marks the canvas draws only a gesture's frames, as the axis
            canvas does (useGestureLayer). */}
        <canvas
          ref={axisCanvasRef}
          className="tl-axis-canvas"
          aria-hidden="true"
          width={Math.round(width * dpr)}
          height={Math.round(AXIS_HEIGHT * dpr)}
          style={{ width, height: AXIS_HEIGHT }}
        />
        <canvas
          ref={canvasRef}
          className={canvasMode ? 'tl-canvas' : 'tl-canvas is-gesture-only'}
          aria-hidden="true"
          width={Math.round(width * dpr)}
          height={Math.round(scroll.height * dpr)}
          style={{ width, height: scroll.height, top: AXIS_HEIGHT }}
        />

        <EdgeButtons outside={outside} domain={domain} L={L} R={R} width={width} zoomTo={zoomTo} />
        {layout.lanes.length === 0 && <p className="tl-empty">No events pass the filters.</p>}
      </div>

      <LaneGrip panel={panel} height={viewHeight} />
      <Overview
        model={model}
        whole={whole}
        range={range}
        width={width}
        domain={domain}
        writer={writer}
      />
      <Legend />
      {tip.tooltip && (
        <Tooltip index={index} state={tip.tooltip} width={width} basis={filters.dates} />
      )}
    </section>
  );
}
