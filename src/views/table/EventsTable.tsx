import { useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { formatEdtf, formatExtent } from '../../model/formatDate';
import { useStore } from '../../store/store';
import { selectSelection, visibleEvents } from '../../store/selectors';
import { useDeferredFilters } from '../useDeferredFilters';
import { actorNames, sortRows, type SortDir, type SortKey } from './sortRows';
import './table.css';

const PAGE = 200;
/**
 * Rows in the table's first render, a screenful and more. The table mounts with each
 * dataset (App.tsx), in the same frame as every other panel: laying out its whole page of
 * rows then was most of that frame's layout (a table's columns are sized over all its
 * rows). The rest follow in a render of their own.
 */
const FIRST_ROWS = 40;
const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'date', label: 'Date' },
  { key: null, label: 'Known' },
  { key: 'title', label: 'Event' },
  { key: 'actors', label: 'Actors' },
  { key: 'category', label: 'Category' },
  { key: null, label: 'Passage' },
];
const categoryLabel = (c: string) => c.charAt(0) + c.slice(1).toLowerCase();
const snippet = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n).trimEnd()}…` : s);

/**
 * The filtered events as a sortable table: the non-visual twin of the timeline and the
 * quickest way to scan. Rows follow the selection; a few hundred rows render at a time.
 */
export function EventsTable() {
  // Deferred: when the timeline's window settles, the table catches up in a render of its
  // own (filtering 300k events by the window took 60 ms of the store's update otherwise).
  // The filters are deferred with the index they belong to, so rows are never read against
  // another dataset.
  const deferred = useDeferredFilters();
  const index = deferred.index;
  const visible = index ? visibleEvents(index, deferred.filters) : null;
  const selection = useStore(selectSelection);
  const basis = useStore((s) => s.filters.dates);
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({
    key: 'date',
    dir: 'ascending',
  });
  const [limit, setLimit] = useState(PAGE);
  const scrollRef = useRef<HTMLDivElement>(null);

  const rows = useMemo(
    () => (index && visible ? sortRows(index, visible, sort.key, sort.dir) : new Uint32Array()),
    [index, visible, sort],
  );

  // A selection beyond the rendered rows extends them, so its row can show.
  const selectedAt = useMemo(() => {
    if (!index || selection.length === 0) return -1;
    const wanted = new Set(selection.map((id) => index.eventsById.get(id)));
    return rows.findIndex((i) => wanted.has(i));
  }, [index, rows, selection]);
  const shown = Math.min(rows.length, Math.max(limit, selectedAt + 1));
  // False in the first render only (a deferred value's initial value), true from the next.
  const settled = useDeferredValue(true, false);
  const drawn = settled ? shown : Math.min(shown, Math.max(FIRST_ROWS, selectedAt + 1));

  // Bring the selected row into view inside the table's own scroll box.
  useLayoutEffect(() => {
    const box = scrollRef.current;
    const row = box?.querySelector<HTMLElement>('tr[aria-selected="true"]');
    if (!box || !row) return;
    const b = box.getBoundingClientRect();
    const r = row.getBoundingClientRect();
    const head = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    if (r.top < b.top + head) box.scrollTop -= b.top + head - r.top;
    else if (r.bottom > b.bottom) box.scrollTop += r.bottom - b.bottom;
  }, [selectedAt]);

  if (!index || !visible) return null;
  const total = index.events.length;
  const selected = new Set(selection);
  const { select, focusPassage, setHover } = useStore.getState();
  const sortedBy = COLUMNS.find((c) => c.key === sort.key)!.label.toLowerCase();

  return (
    <section aria-labelledby="table-heading" className="panel panel-table">
      <h2 id="table-heading">Events</h2>
      {rows.length === 0 ? (
        <p className="table-empty">
          No event passes the filters ({total} in the dataset). Widen the time window or use “Clear
          all filters”.
        </p>
      ) : (
        <div className="table-scroll" ref={scrollRef}>
          <table>
            <caption>
              {rows.length === total
                ? `All ${total} events`
                : `${rows.length} of ${total} events pass the filters`}
              , sorted by {sortedBy}, {sort.dir}. Dates are{' '}
              {basis === 'best'
                ? 'best known: a date known from outside the text where there is one'
                : 'as the text says'}
              .{shown < rows.length && ` The first ${shown} are listed.`}
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th
                    key={c.label}
                    scope="col"
                    aria-sort={c.key && c.key === sort.key ? sort.dir : undefined}
                  >
                    {c.key ? (
                      <button
                        type="button"
                        onClick={() =>
                          setSort((s) =>
                            s.key === c.key
                              ? {
                                  key: c.key,
                                  dir: s.dir === 'ascending' ? 'descending' : 'ascending',
                                }
                              : { key: c.key!, dir: 'ascending' },
                          )
                        }
                      >
                        {c.label}
                        <span className="sort-arrow" aria-hidden="true">
                          {c.key === sort.key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                        </span>
                      </button>
                    ) : (
                      c.label
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from(rows.subarray(0, drawn), (i) => {
                const e = index.events[i]!;
                const isSelected = selected.has(e.id);
                return (
                  <tr
                    key={e.id}
                    aria-selected={isSelected}
                    className={isSelected ? 'is-selected' : undefined}
                    onClick={(ev) => {
                      // Clicks on the row's own buttons do their own thing.
                      if ((ev.target as HTMLElement).closest('button')) return;
                      select([e.id]);
                    }}
                    onMouseEnter={() => setHover({ ids: [e.id] })}
                    onMouseLeave={() => setHover({ ids: [] })}
                  >
                    <td className="col-date">
                      {formatExtent(index.dates[basis].extents[i]!)}
                      {index.dates[basis].known[i] === 1 && (
                        <span className="date-known-tag"> known</span>
                      )}
                    </td>
                    <td className="col-known">
                      {e.known ? (
                        <span title={`Known from: ${e.known.citation}`}>
                          {formatEdtf(e.known.edtf)}
                          {e.known.confidence && ` · ${e.known.confidence} confidence`}
                        </span>
                      ) : (
                        <>
                          <span aria-hidden="true">—</span>
                          <span className="visually-hidden">none</span>
                        </>
                      )}
                    </td>
                    <th scope="row" className="col-title">
                      <button
                        type="button"
                        className="row-title"
                        aria-pressed={isSelected}
                        onClick={() => select([e.id])}
                      >
                        {e.title}
                      </button>
                    </th>
                    <td className="col-actors">{actorNames(index, i)}</td>
                    <td className="col-category">
                      <span className={`cat-swatch cat-${e.category}`} aria-hidden="true" />
                      {categoryLabel(e.category)}
                    </td>
                    <td className="col-passage">
                      <button
                        type="button"
                        className="passage-link"
                        title="Show this passage in the source"
                        onClick={() => {
                          select([e.id]);
                          focusPassage({ id: e.id, evidence: 0 });
                        }}
                      >
                        “{snippet(e.evidence[0]!.quote.exact)}”
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {shown < rows.length && (
            <p className="table-more">
              <button type="button" onClick={() => setLimit(shown + PAGE)}>
                Show {Math.min(PAGE, rows.length - shown)} more
              </button>{' '}
              ({rows.length - shown} not yet listed)
            </p>
          )}
        </div>
      )}
    </section>
  );
}
