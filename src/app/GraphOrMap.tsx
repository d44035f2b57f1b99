/**
 * The actor graph and the map share one place in the workspace, as two tabs (Graph | Map).
 * The choice is the store's `mainView`: in the URL (`view=map`) and remembered for the next
 * visit. The map and its atlas load only when the Map tab is first shown.
 */
import { lazy, Suspense, useRef, type KeyboardEvent } from 'react';
import { useStore, type MainView } from '../store/store';
import { ActorGraph } from '../views/graph/ActorGraph';

const MapView = lazy(() => import('../views/map/MapView'));

const TABS: { view: MainView; label: string }[] = [
  { view: 'graph', label: 'Graph' },
  { view: 'map', label: 'Map' },
];

export function GraphOrMap() {
  const current = useStore((s) => s.mainView);
  const setView = useStore((s) => s.setMainView);
  const tabs = useRef(new Map<MainView, HTMLButtonElement>());
  // Arrow keys move between the tabs and choose (automatic activation: both are cheap to show).
  const onKeyDown = (e: KeyboardEvent) => {
    const at = TABS.findIndex((t) => t.view === current);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : at + step;
    if (to === at || (!step && e.key !== 'Home' && e.key !== 'End')) return;
    e.preventDefault();
    const next = TABS[(to + TABS.length) % TABS.length]!.view;
    setView(next);
    tabs.current.get(next)?.focus();
  };
  return (
    <div className="graph-or-map">
      <div className="view-tabs" role="tablist" aria-label="Graph or map" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.view}
            ref={(el) => {
              if (el) tabs.current.set(t.view, el);
            }}
            type="button"
            role="tab"
            id={`view-tab-${t.view}`}
            aria-selected={t.view === current}
            aria-controls="view-tabpanel"
            tabIndex={t.view === current ? 0 : -1}
            onClick={() => setView(t.view)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        id="view-tabpanel"
        className="view-tabpanel"
        role="tabpanel"
        aria-labelledby={`view-tab-${current}`}
      >
        {current === 'map' ? (
          <Suspense fallback={<p role="status">Loading the map…</p>}>
            <MapView />
          </Suspense>
        ) : (
          <ActorGraph />
        )}
      </div>
    </div>
  );
}
