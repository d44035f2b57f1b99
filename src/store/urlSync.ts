/**
 * Keeps the URL and the store in step: the URL is read once when a dataset is ready,
 * every later change to a shareable field rewrites it (a new history entry when the
 * selection changes, so back and forward walk selections), and back/forward re-read it.
 */
import { INITIAL_DATA, useStore, type TracelineState } from './store';
import { parseUrl, serialiseUrl, type KnownIds, type UrlFields } from './urlState';

const pick = (s: TracelineState): UrlFields => ({
  filters: s.filters,
  selection: s.selection,
  laneGrouping: s.laneGrouping,
  collapseActors: s.collapseActors,
  datasets: s.datasets,
});

/** What a link opens on when it has no parameters: the dataset's defaults. */
const defaults = (s: TracelineState): UrlFields =>
  pick({ ...s, ...INITIAL_DATA, filters: s.defaultFilters });

function knownIds(s: TracelineState): KnownIds {
  if (s.load.status !== 'ready') return { actor: () => false, item: () => false };
  const { index } = s.load;
  return {
    actor: (id) => index.actorsById.has(id),
    item: (id) => index.eventsById.has(id) || index.relationsById.has(id),
  };
}

const urlFor = (query: string) =>
  `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;

/**
 * Applies the current location's parameters to the store. Parameters absent from the URL
 * take their defaults, so back/forward restore exactly. Returns the ignored parameters.
 * The open datasets are what is loaded: a location naming others (back or forward to
 * another dataset) calls `reopen` with them.
 */
export function applyLocation(reopen?: (ids: readonly string[]) => void): string[] {
  const s = useStore.getState();
  const { state, problems } = parseUrl(window.location.search, defaults(s), knownIds(s));
  // A location naming other datasets is read again once they are open (its ids are theirs).
  if (reopen && s.datasets.length > 0 && state.datasets.join() !== s.datasets.join()) {
    reopen(state.datasets);
    return [];
  }
  useStore.setState({ ...state, datasets: s.datasets });
  return problems;
}

/** Starts syncing; returns a function that stops it. Call once the dataset is ready. */
const report = (problems: string[]) => {
  if (problems.length > 0) {
    useStore
      .getState()
      .addNotice(`Parts of the link were ignored; the rest of it applies. ${problems.join(' ')}`);
  }
};

export function startUrlSync(reopen?: (ids: readonly string[]) => void): () => void {
  report(applyLocation());
  // Rewrite the address without what was ignored, so a copied link is clean.
  let last = serialiseUrl(pick(useStore.getState()), defaults(useStore.getState()));
  window.history.replaceState(window.history.state, '', urlFor(last));
  // While a popstate is being applied, the store changes must not write history again.
  let applying = false;

  const unsubscribe = useStore.subscribe((s, prev) => {
    if (applying) return;
    const next = serialiseUrl(pick(s), defaults(s));
    if (next === last) return;
    last = next;
    if (s.selection !== prev.selection) window.history.pushState(null, '', urlFor(next));
    else window.history.replaceState(null, '', urlFor(next));
  });
  const onPop = () => {
    applying = true;
    try {
      report(applyLocation(reopen));
    } finally {
      applying = false;
    }
    last = serialiseUrl(pick(useStore.getState()), defaults(useStore.getState()));
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
