/**
 * The timeline: events on a true UTC time axis, in lanes by actor (with links between the
 * initiator's and the target's lanes), by category or all together; an overview strip with
 * a brush for the focus window; zoom and pan through d3-zoom; marks that show how precise,
 * how certain and how open each date is. Everything it shares goes through the store: the
 * focus window is filters.window, selection and hover are the store's.
 */
import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useStore, type LaneGrouping } from '../../store/store';
import {
  eventsIgnoringWindow,
  selectFilters,
  selectHover,
  selectIndex,
  selectSelection,
} from '../../store/selectors';
import { filterRelations, type Filters } from '../../query/filter';
import { withDescendants, type DatasetIndex } from '../../query/indexes';
import {
  buildModel,
  layoutTimeline,
  type CellLayout,
  type TimelineLayout,
} from '../../query/timeline/layout';
import {
  clampWindow,
  panWindow,
  paddedSpan,
  timeScale,
  viewDomain,
  zoomWindow,
} from '../../query/timeline/scale';
import { timeTicks } from '../../query/timeline/ticks';
import { includeInWindow, outsideWindow } from '../../query/timeline/outside';
import { navigate, timeOrder, type NavItem, type NavKey } from '../../query/timeline/navigation';
import { barSegments } from '../../query/timeline/segments';
import { useFrame, useSize, useWindowWriter } from './hooks';
import { useTimelineZoom } from './useTimelineZoom';
import {
  CellMark,
  EventMark,
  FadeGradients,
  cellKey,
  markKey,
  type HoverTarget,
  type MarkActions,
} from './TimelineMarks';
import { drawCanvas } from './canvasMarks';
import { Overview } from './Overview';
import { Legend } from './Legend';
import { Tooltip, TOOLTIP_ID, type TooltipState } from './Tooltip';
import { markName, periodLabel, relationName, windowLabel } from './text';
import { relationColour } from './colors';
import './timeline.css';

/** Width of the lane labels on the left. */
export const GUTTER = 150;
const RIGHT_PAD = 12;
const AXIS_HEIGHT = 34;
/** More marks than this in view and the canvas draws them. */
export const CANVAS_THRESHOLD = 2000;
const VIEW_MARGIN = 120;
/** More links than this in view and they are left out (the marks stay). */
export const MAX_LINKS = 400;

const plural = (n: number, word: string) =>
  `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

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

/** The filters minus the window, with an identity that holds while only the window moves. */
function useFiltersWithoutWindow(filters: Filters): Filters {
  const { actors, includeSubActors, categories, text, includePossible } = filters;
  return useMemo(
    () => ({ actors, includeSubActors, categories, text, includePossible, window: null }),
    [actors, includeSubActors, categories, text, includePossible],
  );
}

function useEventSet(index: DatasetIndex, ids: readonly string[]): Set<number> {
  return useMemo(() => {
    const out = new Set<number>();
    for (const id of ids) {
      const i = index.eventsById.get(id);
      if (i !== undefined) out.add(i);
    }
    return out;
  }, [index, ids]);
}

function TimelineView({ index }: { index: DatasetIndex }) {
  const filters = useStore(selectFilters);
  const selection = useStore(selectSelection);
  const hover = useStore(selectHover);
  const grouping = useStore((s) => s.laneGrouping);
  const collapse = useStore((s) => s.collapseActors);
  const store = useStore.getState;

  const base = useFiltersWithoutWindow(filters);
  const events = eventsIgnoringWindow(index, base);
  const relations = useMemo(
    () => (grouping === 'actor' ? filterRelations(index, base) : []),
    [index, base, grouping],
  );
  const model = useMemo(
    () => buildModel(index, events, relations, grouping, collapse),
    [index, events, relations, grouping, collapse],
  );

  const sectionRef = useRef<HTMLElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { width, height: viewHeight } = useSize(scrollRef);
  const L = GUTTER;
  const R = Math.max(L + 40, width - RIGHT_PAD);
  const range = useMemo(() => [L, R] as const, [L, R]);
  const whole = useMemo(() => paddedSpan(index.span), [index]);
  const win = filters.window;
  const domain = useMemo(() => viewDomain(win, index.span), [win, index]);

  const layout = useMemo(
    () =>
      layoutTimeline(model, {
        domain,
        range,
        maxRows: grouping === 'none' ? 12 : 6,
        maxLinks: MAX_LINKS,
      }),
    [model, domain, range, grouping],
  );
  const ticks = useMemo(() => timeTicks(domain, R - L), [domain, L, R]);
  const x = useMemo(() => timeScale(domain, range), [domain, range]);
  const outside = useMemo(
    () => outsideWindow(index, events, win ? domain : null),
    [index, events, win, domain],
  );

  const writer = useWindowWriter();
  useTimelineZoom(plotRef, { whole, range, domain, writer });

  // Vertical virtualisation: only lanes near the scrolled view are drawn.
  const [scrollTop, setScrollTop] = useState(0);
  const measureScroll = useFrame(() => {
    const el = scrollRef.current;
    if (el) setScrollTop(el.scrollTop);
  });
  useEffect(() => measureScroll(), [measureScroll, layout.height, width]);
  const scroll = useMemo(() => ({ top: scrollTop, height: viewHeight }), [scrollTop, viewHeight]);
  const top = scroll.top - VIEW_MARGIN;
  const bottom = scroll.top + scroll.height + VIEW_MARGIN;
  const laneShown = useCallback(
    (lane: number) => {
      const l = layout.lanes[lane];
      return !!l && l.y + l.height >= top && l.y <= bottom;
    },
    [layout, top, bottom],
  );

  const canvasMode = layout.drawn > CANVAS_THRESHOLD;
  // On the canvas path the accessible marks may lag a frame behind a gesture: React renders
  // them when it has time, while the canvas draws every frame.
  const deferredLayout = useDeferredValue(layout);
  const marksLayout = canvasMode ? deferredLayout : layout;
  const selectedSet = useEventSet(index, selection);
  const hoverSet = useEventSet(index, hover.ids);
  const actorHot = useMemo(() => {
    if (!hover.actor || !index.actorsById.has(hover.actor)) return null;
    const actors = new Set(withDescendants(index, hover.actor));
    const out = new Set<number>();
    for (const a of actors) for (const i of index.eventsByActor.get(a) ?? []) out.add(i);
    return { actors, events: out };
  }, [index, hover.actor]);

  // Keyboard: a roving tab stop over the marks in time order.
  const nav = useMemo(() => {
    const items: NavItem[] = marksLayout.marks.map((m) => {
      const id = index.events[m.event]!.id;
      return {
        key: markKey(id),
        lane: m.lane,
        row: m.row,
        x: m.shape === 'point' ? m.cx : Math.max(m.x0, L),
      };
    });
    for (const c of marksLayout.cells)
      items.push({ key: cellKey(c), lane: c.lane, row: -1, x: c.x0 });
    return timeOrder(items);
  }, [marksLayout, index, L]);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const keys = useMemo(() => new Set(nav.map((n) => n.key)), [nav]);
  const selectedKey = selection.length ? markKey(selection[0]!) : null;
  const tabKey =
    focusKey && keys.has(focusKey)
      ? focusKey
      : selectedKey && keys.has(selectedKey)
        ? selectedKey
        : (nav[0]?.key ?? null);
  const pendingFocus = useRef<string | null>(null);
  useLayoutEffect(() => {
    const key = pendingFocus.current;
    if (!key) return;
    const el = scrollRef.current?.querySelector<SVGElement>(`[data-key="${CSS.escape(key)}"]`);
    if (el) {
      pendingFocus.current = null;
      el.focus();
    } else if (keys.has(key)) {
      // In a lane scrolled out of view: bring the lane in; the next render focuses it.
      const item = nav.find((n) => n.key === key);
      const lane = item && marksLayout.lanes[item.lane];
      const box = scrollRef.current;
      if (lane && box && Math.abs(box.scrollTop - Math.max(0, lane.y - 20)) > 1) {
        box.scrollTop = Math.max(0, lane.y - 20);
        setScrollTop(box.scrollTop);
      } else pendingFocus.current = null;
    } else {
      // Not laid out as a mark of its own (merged into a cell): give up.
      pendingFocus.current = null;
    }
  }, [focusKey, keys, nav, marksLayout, scrollTop, win]);

  const [tooltip, setTooltip] = useState<TooltipState | null>(null);
  const hoverKey = useRef<string | null>(null);
  const toLocal = (clientX: number, clientY: number) => {
    const r = sectionRef.current?.getBoundingClientRect();
    return r ? { x: clientX - r.left, y: clientY - r.top } : { x: clientX, y: clientY };
  };

  const zoomTo = useCallback(
    (w: readonly [number, number]) => store().setWindow(clampWindow(w, whole)),
    [store, whole],
  );

  const actions = useMemo<MarkActions>(
    () => ({
      select(ids, additive) {
        const s = store();
        if (additive) {
          const set = new Set(s.selection);
          for (const id of ids)
            if (set.has(id)) set.delete(id);
            else set.add(id);
          s.select([...set]);
        } else if (
          s.selection.length === ids.length &&
          ids.every((id) => s.selection.includes(id))
        ) {
          s.clearSelection();
        } else s.select(ids);
      },
      hover(target, clientX, clientY) {
        if (!target) {
          hoverKey.current = null;
          setTooltip(null);
          store().setHover({ ids: [] });
          return;
        }
        if (clientX !== undefined && clientY !== undefined) {
          setTooltip({ target, ...toLocal(clientX, clientY) });
        }
        if (hoverKey.current === target.key) return;
        hoverKey.current = target.key;
        const ids =
          target.kind === 'event'
            ? [index.events[target.event]!.id]
            : target.kind === 'cell'
              ? target.cell.events.map((i) => index.events[i]!.id)
              : [target.id];
        store().setHover({ ids });
      },
      focus(key) {
        setFocusKey(key);
      },
      zoomCell(c: CellLayout) {
        const mid = (c.t0 + c.t1) / 2;
        const w = Math.max((c.t1 - c.t0) * 6, 2 * 86_400_000);
        zoomTo([mid - w / 2, mid + w / 2]);
      },
    }),
    [store, index, zoomTo],
  );

  /** Shows the card for a mark that has keyboard focus, under the mark. */
  const onMarksFocus = (e: React.FocusEvent) => {
    const el = (e.target as Element).closest<SVGGraphicsElement>('[data-key]');
    if (!el) return;
    const key = el.getAttribute('data-key')!;
    const r = el.getBoundingClientRect();
    if (key.startsWith('e:')) {
      const i = index.eventsById.get(key.slice(2));
      if (i === undefined) return;
      const target: HoverTarget = { kind: 'event', event: i, key };
      setTooltip({ target, ...toLocal(r.left, r.bottom - 12) });
      hoverKey.current = key;
      store().setHover({ ids: [index.events[i]!.id] });
    } else {
      const c = marksLayout.cells.find((cell) => cellKey(cell) === key);
      if (c)
        setTooltip({ target: { kind: 'cell', cell: c, key }, ...toLocal(r.left, r.bottom - 12) });
    }
  };
  const onMarksBlur = () => {
    setTooltip(null);
    hoverKey.current = null;
    store().setHover({ ids: [] });
  };

  const moveFocus = (key: string) => {
    const item = nav.find((n) => n.key === key);
    const lane = item ? marksLayout.lanes[item.lane] : undefined;
    const el = scrollRef.current;
    if (lane && el && !laneShown(item!.lane)) {
      el.scrollTop = Math.max(0, lane.y - 20);
      setScrollTop(el.scrollTop);
    }
    pendingFocus.current = key;
    setFocusKey(key);
  };

  const fitWindow = (): [number, number] | null => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const i of events) {
      const s = index.softStart[i]!;
      const e = index.softEnd[i]!;
      if (Number.isFinite(s) && s < lo) lo = s;
      if (Number.isFinite(e) && e > hi) hi = e;
      if (!Number.isFinite(s) && Number.isFinite(e) && e < lo) lo = e;
      if (!Number.isFinite(e) && Number.isFinite(s) && s > hi) hi = s;
    }
    if (!(hi > lo)) return null;
    const pad = (hi - lo) * 0.03;
    return [lo - pad, hi + pad];
  };

  const onKeyDown = (e: ReactKeyboardEvent) => {
    const t = e.target as Element;
    if (t.closest('input, select, textarea')) return;
    const onMark = t.closest('[data-key]') !== null;
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
    if (e.key === 'Escape') {
      store().clearSelection();
      setTooltip(null);
      return;
    }
    if (!plain) return;
    if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      zoomTo(zoomWindow(domain, 1.5));
    } else if (e.key === '-' || e.key === '_') {
      e.preventDefault();
      zoomTo(zoomWindow(domain, 1 / 1.5));
    } else if (e.key === '0') {
      e.preventDefault();
      const f = fitWindow();
      if (f) zoomTo(f);
    } else if (e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      zoomTo(panWindow(domain, e.key === 'ArrowLeft' ? -0.25 : 0.25));
    } else if (
      onMark &&
      ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key)
    ) {
      e.preventDefault();
      const current = t.closest('[data-key]')!.getAttribute('data-key');
      const next = navigate(nav, current, e.key as NavKey);
      if (next) moveFocus(next);
      else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        revealBeyond(e.key === 'ArrowRight' ? 1 : -1);
      }
    }
  };

  /** Past the last mark in view, the arrows pan to the next event outside it and focus it. */
  const revealBeyond = (dir: 1 | -1) => {
    let best = -1;
    for (const i of events) {
      if (dir === 1 && index.softStart[i]! > domain[1]) {
        if (best < 0 || index.softStart[i]! < index.softStart[best]!) best = i;
      } else if (dir === -1 && index.softEnd[i]! < domain[0]) {
        if (best < 0 || index.softEnd[i]! > index.softEnd[best]!) best = i;
      }
    }
    if (best < 0) return;
    const w = domain[1] - domain[0];
    const at = dir === 1 ? index.softStart[best]! : index.softEnd[best]!;
    const from = dir === 1 ? at - 0.75 * w : at - 0.25 * w;
    zoomTo([from, from + w]);
    pendingFocus.current = markKey(index.events[best]!.id);
    setFocusKey(pendingFocus.current);
  };

  // The canvas, when there are too many marks for SVG.
  const dpr = typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1;
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvasMode || !canvas) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    drawCanvas(ctx, {
      index,
      layout,
      width,
      top: scroll.top,
      bottom: scroll.top + scroll.height,
      L,
      R,
      selected: selectedSet,
      hot: actorHot?.events ?? null,
      dpr,
    });
  }, [canvasMode, index, layout, width, scroll, L, R, selectedSet, actorHot, dpr]);

  const lanesLabel =
    grouping === 'actor'
      ? `Events in lanes by actor${collapse ? ' (top-level actors)' : ''}`
      : grouping === 'category'
        ? 'Events in lanes by category'
        : 'Events';
  const before = outside.before;
  const after = outside.after;
  const iso = (t: number) => new Date(t).toISOString();

  return (
    <section
      ref={sectionRef}
      aria-label="Timeline"
      className="panel timeline"
      onKeyDown={onKeyDown}
      data-dataset={index.dataset.id}
      data-mode={canvasMode ? 'canvas' : 'svg'}
      data-drawn={layout.drawn}
    >
      <div className="tl-toolbar">
        <h2>Timeline</h2>
        <p className="tl-window-label">
          <span className="tl-visually-hidden">Showing </span>
          {windowLabel(domain[0], domain[1])}
        </p>
        <span className="tl-control">
          <label htmlFor="tl-lanes">Lanes</label>
          <select
            id="tl-lanes"
            value={grouping}
            onChange={(e) => store().setLaneGrouping(e.target.value as LaneGrouping)}
          >
            <option value="actor">by actor</option>
            <option value="category">by category</option>
            <option value="none">none</option>
          </select>
        </span>
        <label className="tl-control">
          <input
            type="checkbox"
            checked={collapse}
            disabled={grouping !== 'actor'}
            onChange={(e) => store().setCollapseActors(e.target.checked)}
          />{' '}
          Top-level actors
        </label>
        <div className="tl-zoom" role="group" aria-label="Zoom">
          <button
            type="button"
            aria-label="Zoom in"
            title="Zoom in (+)"
            onClick={() => zoomTo(zoomWindow(domain, 1.5))}
          >
            +
          </button>
          <button
            type="button"
            aria-label="Zoom out"
            title="Zoom out (−)"
            onClick={() => zoomTo(zoomWindow(domain, 1 / 1.5))}
          >
            −
          </button>
          <button
            type="button"
            title="Fit the window to the events (0)"
            onClick={() => {
              const f = fitWindow();
              if (f) zoomTo(f);
            }}
          >
            Fit
          </button>
          <button
            type="button"
            title="Show the whole span"
            onClick={() => store().setWindow(null)}
            disabled={win === null}
          >
            Show all
          </button>
        </div>
      </div>

      <div ref={plotRef} className="tl-plot" data-from={iso(domain[0])} data-to={iso(domain[1])}>
        <svg className="tl-axis" width={width} height={AXIS_HEIGHT} aria-hidden="true">
          <line
            className="tl-axis-line"
            x1={L}
            x2={R}
            y1={AXIS_HEIGHT - 0.5}
            y2={AXIS_HEIGHT - 0.5}
          />
          {ticks.context.map((t) => (
            <text key={`c${t.t}`} className="tl-context" x={Math.max(L, x(t.t)) + 3} y={12}>
              {t.label}
            </text>
          ))}
          {ticks.ticks.map((t) => (
            <g key={t.t} transform={`translate(${x(t.t)},0)`}>
              <line y1={AXIS_HEIGHT - 6} y2={AXIS_HEIGHT} />
              <text x={3} y={AXIS_HEIGHT - 7}>
                {t.label}
              </text>
            </g>
          ))}
        </svg>

        <div className="tl-scroll" ref={scrollRef} onScroll={measureScroll}>
          <svg
            className="tl-lanes"
            width={width}
            height={Math.max(layout.height, 40)}
            role="group"
            aria-label={lanesLabel}
            onFocus={onMarksFocus}
            onBlur={onMarksBlur}
          >
            <defs>
              <linearGradient id="tl-grad-in">
                <stop offset={0} stopColor="#fff" stopOpacity={0} />
                <stop offset={1} stopColor="#fff" stopOpacity={1} />
              </linearGradient>
              <linearGradient id="tl-grad-out">
                <stop offset={0} stopColor="#fff" stopOpacity={1} />
                <stop offset={1} stopColor="#fff" stopOpacity={0} />
              </linearGradient>
              <linearGradient id="tl-grad-both">
                <stop offset={0} stopColor="#fff" stopOpacity={0} />
                <stop offset={0.5} stopColor="#fff" stopOpacity={1} />
                <stop offset={1} stopColor="#fff" stopOpacity={0} />
              </linearGradient>
              {(['in', 'out', 'both'] as const).map((f) => (
                <mask key={f} id={`tl-fade-${f}`} maskContentUnits="objectBoundingBox">
                  <rect width={1} height={1} fill={`url(#tl-grad-${f})`} />
                </mask>
              ))}
              <pattern
                id="tl-hatch"
                width={6}
                height={6}
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width={2} height={6} fill="currentColor" fillOpacity={0.35} />
              </pattern>
              <FadeGradients />
              <clipPath id="tl-clip-plot">
                <rect x={L - 3} y={0} width={R - L + 6} height={Math.max(layout.height, 40)} />
              </clipPath>
            </defs>

            <g className="tl-lanes-bg" aria-hidden="true">
              {layout.lanes.map((l, j) =>
                laneShown(j) ? (
                  <rect
                    key={l.lane.key}
                    className={j % 2 ? 'tl-lane-bg is-odd' : 'tl-lane-bg'}
                    x={0}
                    y={l.y}
                    width={width}
                    height={l.height}
                  />
                ) : null,
              )}
              {ticks.ticks.map((t) => (
                <line
                  key={t.t}
                  className="tl-grid"
                  x1={x(t.t)}
                  x2={x(t.t)}
                  y1={0}
                  y2={layout.height}
                />
              ))}
            </g>

            <g className="tl-lane-labels">
              {layout.lanes.map((l, j) => {
                if (!laneShown(j)) return null;
                const hot = actorHot && l.lane.actors.some((a) => actorHot.actors.has(a));
                const indent = 8 + l.lane.depth * 10;
                const room = Math.floor((L - indent - 6) / 6.4);
                const text =
                  l.lane.label.length > room ? `${l.lane.label.slice(0, room - 1)}…` : l.lane.label;
                return (
                  <text
                    key={l.lane.key}
                    className={hot ? 'tl-lane-label is-hot' : 'tl-lane-label'}
                    x={indent}
                    y={l.y + Math.min(l.height / 2, 12) + 4}
                  >
                    {l.lane.depth > 0 && <tspan className="tl-tree">└ </tspan>}
                    {text}
                    <title>{l.lane.title}</title>
                  </text>
                );
              })}
            </g>

            <g className="tl-plot-area" clipPath="url(#tl-clip-plot)">
              <g className="tl-bands">
                {layout.bands.map((b) => {
                  if (!laneShown(b.lane)) return null;
                  const r = b.relation;
                  const key = `r:${r.id}:${b.lane}`;
                  const hot = hover.ids.includes(r.id) || selection.includes(r.id);
                  return (
                    <g
                      key={key}
                      className={hot ? 'tl-band is-hot' : 'tl-band'}
                      style={{ color: relationColour(r.kind) }}
                      onPointerEnter={(ev) =>
                        actions.hover({ kind: 'relation', id: r.id, key }, ev.clientX, ev.clientY)
                      }
                      onPointerMove={(ev) =>
                        actions.hover({ kind: 'relation', id: r.id, key }, ev.clientX, ev.clientY)
                      }
                      onPointerLeave={() => actions.hover(null)}
                      onClick={() => actions.select([r.id], false)}
                    >
                      <title>{relationName(index, r)}</title>
                      {barSegments({
                        ...b,
                        x0: Math.max(b.x0, L - 1),
                        x1: Math.min(b.x1, R + 1),
                      }).map((s, j) => (
                        <rect
                          key={j}
                          x={s.x}
                          y={b.y - 1.25}
                          width={Math.max(0.5, s.w)}
                          height={2.5}
                          mask={s.fade ? `url(#tl-fade-${s.fade})` : undefined}
                        />
                      ))}
                      <rect
                        className="tl-band-hit"
                        x={Math.max(b.s0, L)}
                        y={b.y - 3}
                        width={Math.max(1, Math.min(b.s1, R) - Math.max(b.s0, L))}
                        height={6}
                      />
                    </g>
                  );
                })}
              </g>
              <MarksLayer
                index={index}
                layout={marksLayout}
                L={L}
                R={R}
                top={top}
                bottom={bottom}
                selected={selectedSet}
                hovered={hoverSet}
                actorEvents={actorHot?.events ?? null}
                tabKey={tabKey}
                paint={!canvasMode}
                describedKey={tooltip?.target.key ?? null}
                actions={actions}
              />
            </g>
          </svg>
        </div>

        {canvasMode && (
          <canvas
            ref={canvasRef}
            className="tl-canvas"
            aria-hidden="true"
            width={Math.round(width * dpr)}
            height={Math.round(scroll.height * dpr)}
            style={{ width, height: scroll.height, top: AXIS_HEIGHT }}
          />
        )}

        {before && (
          <button
            type="button"
            className="tl-edge tl-edge-before"
            style={{ left: 2, top: 1, maxWidth: L - 8 }}
            onClick={() => zoomTo(includeInWindow(domain, before.from, before.to))}
          >
            ◀ {plural(before.count, 'earlier event')}{' '}
            <span className="tl-edge-years">({before.years})</span>
          </button>
        )}
        {after && (
          <button
            type="button"
            className="tl-edge tl-edge-after"
            style={{ right: width - R, top: 0 }}
            onClick={() => zoomTo(includeInWindow(domain, after.from, after.to))}
          >
            {plural(after.count, 'later event')} ({after.years}) ▶
          </button>
        )}
        {layout.lanes.length === 0 && <p className="tl-empty">No events pass the filters.</p>}
      </div>

      <Overview
        model={model}
        whole={whole}
        range={range}
        width={width}
        domain={domain}
        writer={writer}
      />
      <Legend />
      {tooltip && <Tooltip index={index} state={tooltip} width={width} />}
    </section>
  );
}

interface MarksLayerProps {
  index: DatasetIndex;
  layout: TimelineLayout;
  L: number;
  R: number;
  /** The vertical slice of lanes drawn. */
  top: number;
  bottom: number;
  selected: ReadonlySet<number>;
  hovered: ReadonlySet<number>;
  actorEvents: ReadonlySet<number> | null;
  tabKey: string | null;
  paint: boolean;
  describedKey: string | null;
  actions: MarkActions;
}

/** The density cells and event marks of the lanes in view; skipped when nothing changed. */
const MarksLayer = memo(function MarksLayer(p: MarksLayerProps) {
  const { index, layout, actions } = p;
  const shown = (lane: number) => {
    const l = layout.lanes[lane];
    return !!l && l.y + l.height >= p.top && l.y <= p.bottom;
  };
  return (
    <>
      <g className="tl-cells">
        {layout.cells.map((c) => {
          const key = cellKey(c);
          // The tab stop is always drawn, so the lanes can be reached by keyboard.
          if (!shown(c.lane) && key !== p.tabKey) return null;
          return (
            <CellMark
              key={key}
              c={c}
              name={`${c.events.length} events, ${periodLabel(c.t0, c.t1)}, too close to tell apart: zoom in`}
              tabbable={key === p.tabKey}
              hot={c.events.some((i) => p.hovered.has(i))}
              dim={p.actorEvents !== null && !c.events.some((i) => p.actorEvents!.has(i))}
              paint={p.paint}
              actions={actions}
            />
          );
        })}
      </g>
      <g className="tl-marks">
        {layout.marks.map((m) => {
          const key = markKey(index.events[m.event]!.id);
          const inView = shown(m.lane) || (m.link && shown(m.link.lane));
          if (!inView && key !== p.tabKey) return null;
          return (
            <EventMark
              key={key}
              m={m}
              index={index}
              name={markName(index, m.event)}
              L={p.L}
              R={p.R}
              selected={p.selected.has(m.event)}
              hot={p.hovered.has(m.event) || (p.actorEvents?.has(m.event) ?? false)}
              dim={p.actorEvents !== null && !p.actorEvents.has(m.event)}
              tabbable={key === p.tabKey}
              paint={p.paint}
              described={p.describedKey === key ? TOOLTIP_ID : undefined}
              actions={actions}
            />
          );
        })}
      </g>
    </>
  );
});
