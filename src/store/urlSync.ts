/**
 * Keeps the URL and the store in step: the URL is read once when a dataset is ready,
 * every later change to a shareable field rewrites it (a new history entry when the
 * selection changes, so back and forward walk selections), and back/forward re-read it.
 */
import { INITIAL_DATA, useStore, type TracelineState } from './store';
import { parseUrl, serialiseUrl, type KnownIds, type UrlFields } from './urlState';
import { rememberedView } from './rememberView';

const pick = (s: TracelineState): UrlFields => ({
  filters: s.filters,
  selection: s.selection,
  laneGrouping: s.laneGrouping,
  collapseActors: s.collapseActors,
  mainView: s.mainView,
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

const currentQuery = () => {
  const s = useStore.getState();
  return serialiseUrl(pick(s), defaults(s));
};

/** True when, of the shareable fields, only the time window differs. */
export function onlyWindowChanged(a: UrlFields, b: UrlFields): boolean {
  if (a.filters.window === b.filters.window) return false;
  if (a.selection !== b.selection || a.laneGrouping !== b.laneGrouping) return false;
  if (a.collapseActors !== b.collapseActors || a.mainView !== b.mainView) return false;
  if (a.datasets !== b.datasets) return false;
  const keys = Object.keys(a.filters) as (keyof UrlFields['filters'])[];
  return keys.every((k) => k === 'window' || a.filters[k] === b.filters[k]);
}

/** How long a zoom or pan must pause before the address follows the window. */
const WINDOW_WRITE_DELAY_MS = 250;

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
  // A link that does not choose the graph or the map opens on the one last chosen here.
  if (!new URLSearchParams(window.location.search).has('view')) {
    useStore.setState({ mainView: rememberedView() });
  }
  // Rewrite the address without what was ignored, so a copied link is clean.
  let last = currentQuery();
  window.history.replaceState(window.history.state, '', urlFor(last));
  // While a popstate is being applied, the store changes must not write history again.
  let applying = false;

  // A zoom or pan changes only the window, once a frame: its address is written when the
  // gesture pauses (rewriting it every frame cost a millisecond a frame). Any other change
  // writes at once, and takes a pending window with it.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const write = (next: string, push: boolean) => {
    clearTimeout(pending);
    pending = undefined;
    if (next === last) return;
    last = next;
    if (push) window.history.pushState(null, '', urlFor(next));
    else window.history.replaceState(null, '', urlFor(next));
  };
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (applying) return;
    if (onlyWindowChanged(pick(s), pick(prev))) {
      clearTimeout(pending);
      pending = setTimeout(() => write(currentQuery(), false), WINDOW_WRITE_DELAY_MS);
    } else write(serialiseUrl(pick(s), defaults(s)), s.selection !== prev.selection);
  });
  const onPop = () => {
    clearTimeout(pending);
    applying = true;
    try {
      report(applyLocation(reopen));
    } finally {
      applying = false;
    }
    last = currentQuery();
  };
  window.addEventListener('popstate', onPop);
  return () => {
    clearTimeout(pending);
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
