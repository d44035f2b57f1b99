/**
 * Keeps the URL and the store in step: the URL is read once when a dataset is ready,
 * every later change to a shareable field rewrites it (a new history entry when the
 * selection changes, so back and forward walk selections), and back/forward re-read it.
 */
import { INITIAL_DATA, useStore, type TracelineState } from './store';
import { parseUrl, serialiseUrl, type UrlFields } from './urlState';

const pick = (s: TracelineState): UrlFields => ({
  filters: s.filters,
  selection: s.selection,
  laneGrouping: s.laneGrouping,
  collapseActors: s.collapseActors,
});

function knownIds(s: TracelineState) {
  if (s.load.status !== 'ready') return () => false;
  const { index } = s.load;
  return (id: string) =>
    index.actorsById.has(id) || index.eventsById.has(id) || index.relationsById.has(id);
}

/** Applies the current location's parameters to the store; reports ignored ones. */
export function applyLocation(notify: boolean) {
  const s = useStore.getState();
  // Parameters absent from the URL take their defaults, so back/forward restore exactly.
  const base = pick({ ...s, ...INITIAL_DATA, filters: s.defaultFilters });
  const { state, problems } = parseUrl(window.location.search, base, knownIds(s));
  useStore.setState(state);
  if (notify) for (const p of problems) s.addNotice(p);
}

/** Starts syncing; returns a function that stops it. Call once the dataset is ready. */
export function startUrlSync(): () => void {
  applyLocation(true);
  let last = serialiseUrl(pick(useStore.getState()));
  const unsubscribe = useStore.subscribe((s, prev) => {
    const next = serialiseUrl(pick(s));
    if (next === last) return;
    last = next;
    const url = `${window.location.pathname}${next ? `?${next}` : ''}${window.location.hash}`;
    if (s.selection !== prev.selection) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  });
  const onPop = () => {
    applyLocation(false);
    last = serialiseUrl(pick(useStore.getState()));
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
