import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { PLOVER_CATEGORIES, type Category } from '../../model/vocab';
import { EMPTY_FILTERS, type Filters } from '../../query/filter';
import { useStore } from '../../store/store';
import { selectIndex, visibleFacets } from '../../store/selectors';
import { useDeferredFilters } from '../useDeferredFilters';
import { ActorTree } from './ActorTree';
import { Count } from './Count';
import { PlaceFilter } from './PlaceFilter';
import { treeKey } from './treeKeys';
import './filters.css';

const categoryLabel = (c: string) => c.charAt(0) + c.slice(1).toLowerCase();
const formatDay = (t: number) => (Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : '');
const NO_SPAN = [0, 0] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const parseDay = (v: string) => (DAY.test(v) ? Date.parse(`${v}T00:00:00Z`) : NaN);

function isClear(f: Filters) {
  return (
    f.actors.length === 0 &&
    f.categories.length === 0 &&
    f.text.trim() === '' &&
    f.window === null &&
    f.bbox === null &&
    f.includeSubActors === EMPTY_FILTERS.includeSubActors &&
    f.includePossible === EMPTY_FILTERS.includePossible
  );
}

/**
 * Every filter in one panel: words, actors (the affiliation tree), categories and the time
 * window, each box with the number of events it would show. Counts follow the filters.
 */
export function FiltersPanel() {
  // Deferred: counts catch up when React has time, so a zoom on the timeline stays smooth.
  const { index, filters } = useDeferredFilters();
  if (!index) return null;
  const { byActor, byCategory } = visibleFacets(index, filters);
  return (
    <section aria-labelledby="filters-heading" className="panel panel-filters">
      <div className="filters-head">
        <h2 id="filters-heading">Filters</h2>
        <button
          type="button"
          disabled={isClear(filters)}
          onClick={() => useStore.getState().clearFilters()}
        >
          Clear all filters
        </button>
      </div>
      <div className="filters-body">
        <TextFilter />
        <ActorTree index={index} counts={byActor} />
        <CategoryFilter present={[...index.eventsByCategory.keys()]} counts={byCategory} />
        <WindowFilter />
        <PlaceFilter />
      </div>
    </section>
  );
}

/** Words to find in titles, summaries, quotes and actor names; applied after a short pause. */
function TextFilter() {
  const text = useStore((s) => s.filters.text);
  const [draft, setDraft] = useState({ value: text, from: text });
  // A change from elsewhere (clear all, back/forward) replaces the draft.
  if (draft.from !== text) setDraft({ value: text, from: text });
  useEffect(() => {
    if (draft.value === text) return;
    const t = setTimeout(() => useStore.getState().setFilters({ text: draft.value }), 200);
    return () => clearTimeout(t);
  }, [draft.value, text]);
  const id = useId();
  return (
    <div className="filter-group">
      <label htmlFor={id} className="group-label">
        Search events
      </label>
      <input
        id={id}
        type="search"
        placeholder="Words in titles, summaries, quotes…"
        value={draft.value}
        onChange={(e) => setDraft({ value: e.target.value, from: text })}
      />
    </div>
  );
}

function CategoryFilter({
  present,
  counts,
}: {
  present: readonly Category[];
  counts: ReadonlyMap<Category, number>;
}) {
  const chosen = useStore((s) => s.filters.categories);
  const [focused, setFocused] = useState<Category | null>(null);
  const base = useId();
  // The dataset's categories (and any chosen through a link), in PLOVER order.
  const shown = PLOVER_CATEGORIES.filter((c) => present.includes(c) || chosen.includes(c));
  // One tab stop for the list (the last focused box, else the first checked, else the
  // first); the arrows, Home and End move between the boxes, Space checks as usual.
  const tabStop =
    shown.find((c) => c === focused) ?? shown.find((c) => chosen.includes(c)) ?? shown[0];
  const rows = shown.map((c) => ({ id: c, parent: null, name: c, expanded: null }));
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const at = (e.target as HTMLElement).dataset.category;
    const key = e.key === 'ArrowRight' ? 'ArrowDown' : e.key === 'ArrowLeft' ? 'ArrowUp' : e.key;
    const action = at && !e.altKey && !e.ctrlKey && !e.metaKey ? treeKey(rows, at, key) : null;
    if (action?.kind !== 'focus') return;
    e.preventDefault();
    document.getElementById(`${base}-${action.id}`)?.focus();
  };
  return (
    <fieldset className="filter-group">
      <legend>Categories (PLOVER)</legend>
      <ul className="category-list" onKeyDown={onKeyDown}>
        {shown.map((c) => {
          const id = `${base}-${c}`;
          const n = counts.get(c) ?? 0;
          return (
            <li key={c} className={n ? undefined : 'is-empty'}>
              <input
                type="checkbox"
                id={id}
                data-category={c}
                tabIndex={c === tabStop ? 0 : -1}
                onFocus={() => setFocused(c)}
                checked={chosen.includes(c)}
                aria-describedby={`${id}-n`}
                onChange={() => useStore.getState().toggleCategory(c)}
              />
              <label htmlFor={id}>
                <span className={`cat-swatch cat-${c}`} aria-hidden="true" />
                {categoryLabel(c)}
              </label>
              <Count id={`${id}-n`} n={n} />
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** The time window (the same one the timeline's brush sets): from/to days, whole span, focus. */
function WindowFilter() {
  const window = useStore((s) => s.filters.window);
  const focus = useStore((s) => s.defaultFilters.window);
  const includePossible = useStore((s) => s.filters.includePossible);
  const span = useStore((s) => selectIndex(s)?.span ?? NO_SPAN);
  const fromId = useId();
  const toId = useId();
  const [lo, hi] = window ?? [-Infinity, Infinity];
  const { setWindow, setFilters } = useStore.getState();

  const change = (end: 'from' | 'to', value: string) => {
    const t = parseDay(value);
    if (Number.isNaN(t)) return;
    // A window end moved past the other end takes the other end along.
    if (end === 'from') setWindow([t, Math.max(hi, t + 86_399_999)]);
    else setWindow([Math.min(lo, t), t + 86_399_999]);
  };

  return (
    <fieldset className="filter-group">
      <legend>Time window</legend>
      <div className="window-inputs">
        <label htmlFor={fromId}>From</label>
        <input
          id={fromId}
          type="date"
          min={formatDay(span[0])}
          max={formatDay(span[1])}
          value={formatDay(lo)}
          onChange={(e) => change('from', e.target.value)}
        />
        <label htmlFor={toId}>To</label>
        <input
          id={toId}
          type="date"
          min={formatDay(span[0])}
          max={formatDay(span[1])}
          value={formatDay(hi)}
          onChange={(e) => change('to', e.target.value)}
        />
      </div>
      <p className="window-state">
        {window === null
          ? 'Showing the whole span.'
          : `${Number.isFinite(lo) ? formatDay(lo) : 'The beginning'} to ${Number.isFinite(hi) ? formatDay(hi) : 'the end'}.`}
      </p>
      <div className="window-buttons">
        <button type="button" disabled={window === null} onClick={() => setWindow(null)}>
          Whole span
        </button>
        {focus && (
          <button
            type="button"
            disabled={window !== null && window[0] === focus[0] && window[1] === focus[1]}
            onClick={() => setWindow(focus)}
          >
            Dense period
          </button>
        )}
      </div>
      <label className="option">
        <input
          type="checkbox"
          checked={includePossible}
          onChange={(e) => setFilters({ includePossible: e.target.checked })}
        />{' '}
        Include events whose uncertain date only possibly falls in the window
      </label>
    </fieldset>
  );
}
